import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Page } from '../../types/org'
import type { Reply } from '../../types/errors'

export type PagedState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready'
      items: T[]
      nextPage: number | null
      loadingMore: boolean
      /** A failed "load more" keeps what is shown and says why. */
      moreError: string
    }

/**
 * A list served 20 a page with `nextPage`: the first page on open, the next on reaching the bottom, all
 * afresh on pull-down. `fetchPage` must be stable (useCallback) — a new one reloads the list.
 */
export function usePagedList<T>(fetchPage: (page: number) => Promise<Reply<Page<T>>>) {
  const [state, setState] = useState<PagedState<T>>({ status: 'loading' })
  const stateRef = useRef(state)
  stateRef.current = state
  const generation = useRef(0)

  const load = useCallback(async () => {
    const call = ++generation.current
    const reply = await fetchPage(0)
    if (call !== generation.current) return
    setState(
      reply.ok
        ? {
            status: 'ready',
            items: reply.data.items,
            nextPage: reply.data.nextPage,
            loadingMore: false,
            moreError: '',
          }
        : { status: 'error', message: reply.message },
    )
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
    if (current.status !== 'ready' || current.loadingMore || current.nextPage === null) return
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

  /** Changes the loaded items in place (after a role change or a removal). */
  const updateItems = useCallback((change: (items: T[]) => T[]) => {
    setState((previous) =>
      previous.status === 'ready' ? { ...previous, items: change(previous.items) } : previous,
    )
  }, [])

  return { state, retry, loadMore: () => void loadMore(), updateItems }
}
