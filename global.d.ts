/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

/** The WeChat cloud environment id, set at build time from ZHIBU_CLOUD_ENV (config/index.ts). */
declare const CLOUD_ENV: string

/**
 * Subscribe template ids (template key → id), defined only by deploy builds (deploy/release.ts);
 * undefined in local builds and tests, which use types/subscriptions.ts LOCAL_TEMPLATE_IDS.
 */
declare const ZHIBU_TEMPLATE_IDS:
  Record<import('./types/subscriptions').SubscribeTemplate, string> | undefined

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5'
    ZHIBU_CLOUD_ENV?: string
    ZHIBU_BUILD_SUFFIX?: string
    ZHIBU_DEPLOY?: string
  }
}
