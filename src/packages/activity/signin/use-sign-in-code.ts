import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SignInCodeView } from '../../../../types/activity'
import { getSignInCode } from '../../../services/activity'

export type CodeState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; code: SignInCodeView }

/**
 * The host's rotating code: fetched again the moment it rotates (and on show), paused while the page
 * is hidden so a phone in a pocket does not keep calling.
 */
export function useSignInCode(orgId: string, activityId: string) {
  const [state, setState] = useState<CodeState>({ status: 'loading' })
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const visible = useRef(true)

  const load = useCallback(async () => {
    clearTimeout(timer.current)
    const reply = await getSignInCode({ orgId, activityId })
    if (!visible.current) return
    if (!reply.ok) {
      setState({ status: 'error', message: reply.message })
      return
    }
    setState({ status: 'ready', code: reply.data })
    // A little after the rotation, so the server is surely in the next window.
    const wait = Math.max(1000, Date.parse(reply.data.rotatesAt) - Date.now() + 300)
    timer.current = setTimeout(() => void load(), wait)
  }, [orgId, activityId])

  useEffect(() => {
    void load()
    return () => clearTimeout(timer.current)
  }, [load])

  const shown = useRef(false)
  useDidShow(() => {
    visible.current = true
    if (shown.current) void load()
    shown.current = true
  })
  useDidHide(() => {
    visible.current = false
    clearTimeout(timer.current)
  })

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void load()
  }, [load])

  return { state, retry }
}
