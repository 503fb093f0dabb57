import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorCode, ErrorReply, Reply } from '../../types/errors'

export type ReplyState<T> =
  | { status: 'loading' }
  | { status: 'error'; code: ErrorCode; message: string }
  | { status: 'ready'; data: T }

export interface ReplyOptions {
  /**
   * Also load again, quietly, whenever the page shows after the first time (back from a page that
   * changed what this one shows).
   */
  reloadOnShow?: boolean
}

/**
 * The one reply a page is built on: loaded on open (and whenever `fetch` changes), again quietly on
 * pull-down, on `reload()` (after an action) and, if asked, each time the page shows again; `retry()`
 * from the error screen shows loading first. Only the latest call lands. `fetch` must be stable.
 */
export function useReply<T>(
  fetch: () => Promise<Reply<T>>,
  { reloadOnShow = false }: ReplyOptions = {},
) {
  const [state, setState] = useState<ReplyState<T>>({ status: 'loading' })
  const generation = useRef(0)

  const reload = useCallback(async () => {
    const call = ++generation.current
    const reply = await fetch()
    if (call !== generation.current) return
    setState(
      reply.ok
        ? { status: 'ready', data: reply.data }
        : { status: 'error', code: reply.code, message: reply.message },
    )
  }, [fetch])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void reload()
  }, [reload])

  useEffect(() => {
    retry()
  }, [retry])

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  const shown = useRef(false)
  useDidShow(() => {
    // The first show is the open, which already loads.
    if (reloadOnShow && shown.current) void reload()
    shown.current = true
  })

  /** Shows what an action answered with (e.g. the case as it now is); a load under way is dropped. */
  const show = useCallback((data: T) => {
    generation.current++
    setState({ status: 'ready', data })
  }, [])

  /** Changes what is shown in place (an optimistic removal, a heartbeat's count). */
  const update = useCallback((change: (data: T) => T) => {
    setState((previous) =>
      previous.status === 'ready' ? { status: 'ready', data: change(previous.data) } : previous,
    )
  }, [])

  return { state, retry, reload, show, update }
}

/** For a `fetch` that cannot start: the link lacks what the page needs. */
export function badLink(message: string): Promise<ErrorReply> {
  return Promise.resolve({ ok: false, code: 'INVALID_ARGUMENT', message })
}
