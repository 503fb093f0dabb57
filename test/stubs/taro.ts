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
export const useDidHide = (_callback: Handler) => undefined
export const useLaunch = (_callback: Handler) => undefined
export const useReady = (_callback: Handler) => undefined
export const useLoad = (_callback: Handler) => undefined

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
  /** What the page would share now (the 转发 menu or an open-type="share" button). */
  shareAppMessage: () => shareHandler?.(),
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
  },
  navigateTo: resolved(),
  navigateBack: resolved(),
  redirectTo: resolved(),
  switchTab: resolved(),
  showToast: resolved(),
  showModal: resolved(),
  stopPullDownRefresh: resolved(),
  showActionSheet: jest.fn(() => Promise.reject({ errMsg: 'showActionSheet:fail cancel' })),
  setClipboardData: resolved(),
  updateShareMenu: resolved(),
  getStorageSync: jest.fn((key: string) => storage.get(key) ?? ''),
  setStorageSync: jest.fn((key: string, value: unknown) => {
    storage.set(key, value)
  }),
  /** Launch options: a group card with a shareTicket is `{ scene: 1044, shareTicket }`. */
  getEnterOptionsSync: jest.fn(() => ({ scene: 1001, path: 'pages/branch/index', query: {} })),
  getGroupEnterInfo: jest.fn(
    (options: { success?: (res: unknown) => void; fail?: (err: unknown) => void }) => {
      options.fail?.({ errMsg: 'getGroupEnterInfo:fail invalid scene' })
      return Promise.resolve()
    },
  ),
  pxTransform: (size: number) => `${size / 2}px`,
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
}

export default Taro
