import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorCode, Reply } from '../../types/errors'
import type { Page } from '../../types/org'

export type PagedState<T, P> =
  | { status: 'loading' }
  | { status: 'error'; code: ErrorCode; message: string }
  | {
      status: 'ready'
      items: T[]
      nextPage: number | null
      loadingMore: boolean
      /** A failed "load more" keeps what is shown and says why. */
      moreError: string
      /** The first page's whole reply, for what comes with the list (counts, an org name). */
      first: P
    }

export interface PagedListOptions {
  /**
   * Also refresh quietly whenever the page shows after the first time (back from a page that changed
   * the list, e.g. the editor or a review).
   */
  reloadOnShow?: boolean
}

/**
 * A list served 20 a page (`nextPage`): the first page on open, the next on reaching the bottom, all
 * afresh on pull-down or `refresh()` (which keeps showing the old list meanwhile). Shared by every
 * paged list. `fetchPage` must be stable: a new one reloads the list; `null` waits (stays loading)
 * until what the list depends on, e.g. the session, is known.
 */
export function usePagedList<T, P extends Page<T> = Page<T>>(
  fetchPage: ((page: number) => Promise<Reply<P>>) | null,
  { reloadOnShow = false }: PagedListOptions = {},
) {
  const [state, setState] = useState<PagedState<T, P>>({ status: 'loading' })
  const stateRef = useRef(state)
  stateRef.current = state
  const generation = useRef(0)

  const load = useCallback(async () => {
    const call = ++generation.current
    if (!fetchPage) return
    const reply = await fetchPage(0)
    if (call !== generation.current) return
    if (!reply.ok) {
      // A failed silent refresh keeps the list; only an empty screen shows the error.
      setState((previous) =>
        previous.status === 'ready'
          ? { ...previous, moreError: reply.message }
          : { status: 'error', code: reply.code, message: reply.message },
      )
      return
    }
    setState({
      status: 'ready',
      items: reply.data.items,
      nextPage: reply.data.nextPage,
      loadingMore: false,
      moreError: '',
      first: reply.data,
    })
  }, [fetchPage])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void load()
  }, [load])

  useEffect(() => {
    retry()
  }, [retry])

  const loadMore = useCallback(async () => {
    const current = stateRef.current
    if (!fetchPage || current.status !== 'ready' || current.loadingMore) return
    if (current.nextPage === null) return
    const call = generation.current
    const page = current.nextPage
    setState({ ...current, loadingMore: true, moreError: '' })
    const reply = await fetchPage(page)
    if (call !== generation.current) return
    setState((previous) => {
      if (previous.status !== 'ready') return previous
      return reply.ok
        ? {
            ...previous,
            items: [...previous.items, ...reply.data.items],
            nextPage: reply.data.nextPage,
            loadingMore: false,
          }
        : { ...previous, loadingMore: false, moreError: reply.message }
    })
  }, [fetchPage])

  useReachBottom(() => {
    void loadMore()
  })

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  const shown = useRef(false)
  useDidShow(() => {
    // The first show is the open, which already loads.
    if (reloadOnShow && shown.current) void load()
    shown.current = true
  })

  /** The footer's tap: the next page, or after a failed refresh the whole list again. */
  const more = useCallback(() => {
    const current = stateRef.current
    if (current.status === 'ready' && current.moreError && current.nextPage === null) {
      void load()
      return
    }
    void loadMore()
  }, [load, loadMore])

  /** Changes the loaded items in place (after a role change or a removal). */
  const updateItems = useCallback((change: (items: T[]) => T[]) => {
    setState((previous) =>
      previous.status === 'ready' ? { ...previous, items: change(previous.items) } : previous,
    )
  }, [])

  return { state, retry, refresh: load, loadMore: more, updateItems }
}
