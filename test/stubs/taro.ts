/**
 * A stand-in for `@tarojs/taro` in jsdom tests: API calls are jest mocks, page hooks run on mount, and
 * tests fire page events (pull-down refresh, show) through `pageEvents`.
 */
import { useEffect, useRef } from 'react'

type Handler = () => void
const handlers = {
  show: new Set<Handler>(),
  pullDownRefresh: new Set<Handler>(),
  reachBottom: new Set<Handler>(),
  hide: new Set<Handler>(),
}

function usePageEvent(kind: keyof typeof handlers, callback: Handler, runOnMount: boolean) {
  const latest = useRef(callback)
  latest.current = callback
  useEffect(() => {
    const handler = () => latest.current()
    handlers[kind].add(handler)
    if (runOnMount) handler()
    return () => {
      handlers[kind].delete(handler)
    }
  }, [kind, runOnMount])
}

/** Taro shows a page right after loading it, so `useDidShow` also runs on mount. */
export const useDidShow = (callback: Handler) => usePageEvent('show', callback, true)
export const usePullDownRefresh = (callback: Handler) =>
  usePageEvent('pullDownRefresh', callback, false)
export const useReachBottom = (callback: Handler) => usePageEvent('reachBottom', callback, false)
export const useDidHide = (callback: Handler) => usePageEvent('hide', callback, false)
export const useLaunch = (_callback: Handler) => undefined
export const useReady = (_callback: Handler) => undefined
export const useLoad = (_callback: Handler) => undefined

type ScrollHandler = (event: { scrollTop: number }) => void
const scrollHandlers = new Set<ScrollHandler>()
export const usePageScroll = (callback: ScrollHandler) => {
  const latest = useRef(callback)
  latest.current = callback
  useEffect(() => {
    const handler: ScrollHandler = (event) => latest.current(event)
    scrollHandlers.add(handler)
    return () => {
      scrollHandlers.delete(handler)
    }
  }, [])
}

/** The query a page was opened with: tests set it before rendering (`router.params = {…}`). */
export const router: { params: Record<string, string | undefined> } = { params: {} }
export const useRouter = () => ({ params: router.params, path: '' })

type ShareContent = { title?: string; path?: string }
let shareHandler: (() => ShareContent) | null = null
export const useShareAppMessage = (callback: () => ShareContent) => {
  shareHandler = callback
}

export const pageEvents = {
  show: () => handlers.show.forEach((handler) => handler()),
  pullDownRefresh: () => handlers.pullDownRefresh.forEach((handler) => handler()),
  reachBottom: () => handlers.reachBottom.forEach((handler) => handler()),
  /** The app went to the background or another page covered this one. */
  hide: () => handlers.hide.forEach((handler) => handler()),
  pageScroll: (scrollTop: number) => scrollHandlers.forEach((handler) => handler({ scrollTop })),
  /** What the page would share now (the 转发 menu or an open-type="share" button). */
  shareAppMessage: () => shareHandler?.(),
}

type PrivacyListener = (resolve: (answer: unknown) => void, info: { referrer: string }) => void
let privacyListener: PrivacyListener | null = null

/** WeChat's privacy flow: `need('chooseMedia')` is a privacy API waiting for consent. */
export const privacyEvents = {
  need(referrer: string) {
    const resolve = jest.fn()
    privacyListener?.(resolve, { referrer })
    return resolve
  },
}

/** Taro.getStorageSync / setStorageSync over a Map that tests can clear. */
export const storage = new Map<string, unknown>()

const resolved = () => jest.fn(() => Promise.resolve({ errMsg: 'ok' }))

const Taro = {
  cloud: {
    init: jest.fn(),
    callFunction: jest.fn(() =>
      Promise.resolve({ result: undefined, errMsg: 'cloud.callFunction:ok' }),
    ),
    /**
     * Answers like the platform: `{ fileID, statusCode, errMsg }`; a failure rejects with
     * `{ errCode, errMsg: 'uploadFile:fail …' }` (tests make some fail).
     * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/uploadFile/client.uploadFile.html
     */
    uploadFile: jest.fn(({ cloudPath }: { cloudPath: string }) =>
      Promise.resolve({
        fileID: `cloud://env-test.7465-env-test/${cloudPath}`,
        statusCode: 200,
        errMsg: 'uploadFile:ok',
      }),
    ),
    downloadFile: jest.fn(() =>
      Promise.resolve({
        tempFilePath: 'wxfile://cloud',
        statusCode: 200,
        errMsg: 'downloadFile:ok',
      }),
    ),
  },
  /** The page stack: one page (opened straight from a card) unless a test says otherwise. */
  getCurrentPages: jest.fn(() => [{ route: 'pages/branch/index' }]),
  navigateTo: resolved(),
  navigateBack: resolved(),
  redirectTo: resolved(),
  switchTab: resolved(),
  setTabBarBadge: resolved(),
  removeTabBarBadge: resolved(),
  showToast: resolved(),
  showModal: resolved(),
  stopPullDownRefresh: resolved(),
  showActionSheet: jest.fn(() => Promise.reject({ errMsg: 'showActionSheet:fail cancel' })),
  setClipboardData: resolved(),
  previewImage: resolved(),
  /** Cancelled unless a test says otherwise (`mockResolvedValueOnce({ tempFiles: [...] })`). */
  chooseMedia: jest.fn(() => Promise.reject({ errMsg: 'chooseMedia:fail cancel' })),
  scanCode: jest.fn(() => Promise.reject({ errMsg: 'scanCode:fail cancel' })),
  /** Answers per template id, e.g. `{ TPL_MEETING_REMINDER: 'accept' }`; rejected unless set. */
  requestSubscribeMessage: jest.fn(() =>
    Promise.reject({ errMsg: 'requestSubscribeMessage:fail cancel' }),
  ),
  downloadFile: jest.fn(() => Promise.resolve({ tempFilePath: 'wxfile://tmp', statusCode: 200 })),
  openDocument: resolved(),
  setKeepScreenOn: resolved(),
  updateShareMenu: resolved(),
  getStorageSync: jest.fn((key: string) => storage.get(key) ?? ''),
  setStorageSync: jest.fn((key: string, value: unknown) => {
    storage.set(key, value)
  }),
  removeStorageSync: jest.fn((key: string) => {
    storage.delete(key)
  }),
  pageScrollTo: resolved(),
  /** Launch options: a group card with a shareTicket is `{ scene: 1044, shareTicket }`. */
  getEnterOptionsSync: jest.fn(() => ({ scene: 1001, path: 'pages/branch/index', query: {} })),
  getGroupEnterInfo: jest.fn(
    (options: { success?: (res: unknown) => void; fail?: (err: unknown) => void }) => {
      options.fail?.({ errMsg: 'getGroupEnterInfo:fail invalid scene' })
      return Promise.resolve()
    },
  ),
  onNeedPrivacyAuthorization: jest.fn((listener: PrivacyListener) => {
    privacyListener = listener
  }),
  openPrivacyContract: resolved(),
  getWindowInfo: () => ({ windowHeight: 667, windowWidth: 375, pixelRatio: 2 }),
  pxTransform: (size: number) => `${size / 2}px`,
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
}

export default Taro
