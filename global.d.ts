/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg' {
  /** The file's URL in the build. */
  const url: string
  export default url
}
declare module '*.css'

/** The WeChat cloud environment id, set at build time from ZHIBU_CLOUD_ENV (config/index.ts). */
declare const CLOUD_ENV: string

/** Subscribe-message template ids, set at build time from ZHIBU_TEMPLATE_* (config/index.ts);
 * a deploy build refuses to start without every one. */
declare const SUBSCRIBE_TEMPLATE_IDS: Partial<
  Record<import('./types/subscriptions').SubscribeTemplate, string>
>

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5'
    ZHIBU_CLOUD_ENV?: string
    ZHIBU_BUILD_SUFFIX?: string
    ZHIBU_DEPLOY?: string
  }
}
