import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { LoginResult } from '../../../types/user'
import { getLocalSession, type LocalIdentity } from '../../platform/local-session'
import { login } from '../../services/user'

export type MeState =
  | { status: 'loading' }
  /** H5 preview only: nobody has picked a demo identity yet. */
  | { status: 'needs-identity' }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: LoginResult; identity: LocalIdentity | null }

/** Logs in on every show (and on pull-down) so the 我的 tab always reflects the latest profile. */
export function useLogin() {
  const [state, setState] = useState<MeState>({ status: 'loading' })
  const latest = useRef(0)

  const load = useCallback(async () => {
    const call = ++latest.current
    const next = await loadMe()
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

async function loadMe(): Promise<MeState> {
  let identity: LocalIdentity | null = null
  if (process.env.TARO_ENV === 'h5') {
    try {
      identity = await getLocalSession()
    } catch (error) {
      return { status: 'error', message: (error as Error).message }
    }
    if (!identity) return { status: 'needs-identity' }
  }
  const reply = await login()
  if (!reply.ok) return { status: 'error', message: reply.message }
  return { status: 'ready', result: reply.data, identity }
}
