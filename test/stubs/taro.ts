/**
 * A stand-in for `@tarojs/taro` in jsdom tests: API calls are jest mocks, page hooks run on mount, and
 * tests fire page events (pull-down refresh, show) through `pageEvents`.
 */
import { useEffect, useRef } from 'react'

type Handler = () => void
const handlers = { show: new Set<Handler>(), pullDownRefresh: new Set<Handler>() }

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
export const useDidHide = (_callback: Handler) => undefined
export const useLaunch = (_callback: Handler) => undefined
export const useReady = (_callback: Handler) => undefined
export const useLoad = (_callback: Handler) => undefined
export const useRouter = () => ({ params: {}, path: '' })

export const pageEvents = {
  show: () => handlers.show.forEach((handler) => handler()),
  pullDownRefresh: () => handlers.pullDownRefresh.forEach((handler) => handler()),
}

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
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
}

export default Taro
