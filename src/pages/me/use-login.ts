import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { loadSession, type SessionState } from '../../services/session'

export type MeState = { status: 'loading' } | SessionState

/**
 * Logs in again on every show (and on pull-down) so the 我的 tab always reflects the latest profile;
 * the shared session store is refreshed with it, so the 支部 tab sees the same person.
 */
export function useLogin() {
  const [state, setState] = useState<MeState>({ status: 'loading' })
  const latest = useRef(0)

  const load = useCallback(async () => {
    const call = ++latest.current
    const next = await loadSession({ refresh: true })
    if (call === latest.current) setState(next)
  }, [])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void load()
  }, [load])

  useDidShow(() => {
    void load()
  })

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  return { state, retry }
}
