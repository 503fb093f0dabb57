import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import {
  getLocalSession,
  listLocalIdentities,
  loginAs,
  type LocalIdentity,
} from '../../../platform/local-session'
import type { ErrorCode } from '../../../../types/errors'

export type IdentitiesState =
  | { status: 'loading' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; identities: LocalIdentity[]; currentKey: string | null }

/** The demo identities the local gateway offers, and picking one of them. */
export function useIdentities() {
  const [state, setState] = useState<IdentitiesState>({ status: 'loading' })
  const [pickError, setPickError] = useState('')

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      const [identities, current] = await Promise.all([listLocalIdentities(), getLocalSession()])
      setState({ status: 'ready', identities, currentKey: current?.key ?? null })
    } catch (error) {
      setState({ status: 'error', message: (error as Error).message })
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const pick = useCallback(async (key: string) => {
    setPickError('')
    try {
      await loginAs(key)
    } catch (error) {
      setPickError((error as Error).message)
      return
    }
    await Taro.switchTab({ url: '/pages/me/index' })
  }, [])

  return { state, pickError, pick, retry: load }
}
