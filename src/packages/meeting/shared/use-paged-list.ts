import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Reply } from '../../../../types/errors'
import type { Page } from '../../../../types/org'

export type PagedState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready'
      items: T[]
      nextPage: number | null
      loadingMore: boolean
      moreError: string
    }

/**
 * A list served 20 a page: the first page on open (and whenever `fetchPage` changes), the next on
 * reaching the bottom, all afresh on pull-down. A failed "more" keeps what is shown.
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
    setState({ ...current, loadingMore: true, moreError: '' })
    const reply = await fetchPage(current.nextPage)
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

  useReachBottom(() => void loadMore())
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  return { state, retry, reload: load, loadMore: () => void loadMore() }
}
