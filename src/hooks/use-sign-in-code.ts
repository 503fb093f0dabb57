import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Reply, ErrorCode } from '../../types/errors'

export type CodeState<V> =
  | { status: 'loading' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; view: V; stale: string }

/**
 * How often the open screen asks again: the count moves with every sign-in (and for a meeting each ask
 * also brings the group card up to date). The code itself is fetched again the moment it rotates.
 */
const REFRESH_MS = 5000

/**
 * The host's rotating code for a meeting or an activity, fetched from the server (the secret never
 * reaches the phone) while the page shows, and paused while it is hidden so a phone in a pocket does
 * not keep calling. `fetchCode` must be stable.
 */
export function useSignInCode<V>(fetchCode: () => Promise<Reply<V>>) {
  const [state, setState] = useState<CodeState<V>>({ status: 'loading' })
  const visible = useRef(true)
  const inFlight = useRef(false)

  const refresh = useCallback(async () => {
    if (inFlight.current) return
    inFlight.current = true
    try {
      const reply = await fetchCode()
      setState((previous) => {
        if (reply.ok) return { status: 'ready', view: reply.data, stale: '' }
        // Keep showing the last code on a blip; say why it may be out of date.
        if (previous.status === 'ready') return { ...previous, stale: reply.message }
        return { status: 'error', code: reply.code, message: reply.message }
      })
    } finally {
      inFlight.current = false
    }
  }, [fetchCode])

  useEffect(() => {
    const timer = setInterval(() => {
      if (visible.current) void refresh()
    }, REFRESH_MS)
    return () => clearInterval(timer)
  }, [refresh])

  useDidShow(() => {
    visible.current = true
    void refresh()
    // The host holds the phone up for the room: keep the screen on while the code shows.
    if (process.env.TARO_ENV === 'weapp') void Taro.setKeepScreenOn({ keepScreenOn: true })
  })
  useDidHide(() => {
    visible.current = false
  })

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void refresh()
  }, [refresh])

  /** For the code view: it is due to rotate, or the host tapped it. */
  const onExpire = useCallback(() => void refresh(), [refresh])

  return { state, retry, onExpire }
}
