import type { ReactNode } from 'react'
import type { PagedState } from '../../hooks/use-paged-list'
import { ListFooter } from '../list-footer'
import { PageState, type PageStateProps } from '../page-state'

interface PagedListProps<T> {
  /** What `usePagedList` returns (or a hook built on it). */
  list: { state: PagedState<T, unknown>; retry: () => void; loadMore: () => void }
  /** What an empty list says. */
  empty: Omit<Extract<PageStateProps, { kind: 'empty' }>, 'kind'>
  children: (items: T[]) => ReactNode
}

/**
 * The body of a paged list, the same on every page: loading, the server's message with 重试, the
 * empty state, or the items with the footer (more, a failed page, the end).
 */
export function PagedList<T>({ list, empty, children }: PagedListProps<T>) {
  const { state } = list
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={list.retry} />
  }
  return (
    <>
      {state.items.length === 0 ? <PageState kind="empty" {...empty} /> : children(state.items)}
      <ListFooter
        count={state.items.length}
        nextPage={state.nextPage}
        loadingMore={state.loadingMore}
        moreError={state.moreError}
        onLoadMore={list.loadMore}
      />
    </>
  )
}
