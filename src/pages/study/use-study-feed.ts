import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { LessonCard, StudyMeta } from '../../../types/lesson'
import type { Role } from '../../../types/user'
import { listLessons } from '../../services/lesson'
import { currentMembership, loadSession, rolesIn } from '../../services/session'

export interface StudyFeed {
  orgId: string
  orgName: string
  /** The caller's roles in this org: which tools the tab offers (the server decides again). */
  roles: Role[]
  tag: string
  items: LessonCard[]
  nextPage: number | null
  meta: StudyMeta | null
  loadingMore: boolean
  /** A failed "load more" or refresh keeps the list and says why. */
  moreError: string
}

export type StudyState =
  | { status: 'loading' }
  | { status: 'needs-identity' }
  | { status: 'no-membership' }
  | { status: 'error'; message: string }
  | ({ status: 'ready' } & StudyFeed)

const WRITERS: readonly Role[] = ['secretary', 'deputy', 'committee', 'admin']
const REVIEWERS: readonly Role[] = ['secretary', 'admin']

export function canWrite(roles: Role[]): boolean {
  return roles.some((role) => WRITERS.includes(role))
}

export function canReview(roles: Role[]): boolean {
  return roles.some((role) => REVIEWERS.includes(role))
}

/**
 * The 学习 tab: lessons for the org the person is in now (the one the 支部 tab shows) and the orgs
 * above it. Refreshed quietly each time the tab shows (reading progress changes in the reader), on
 * pull-down, and 20 more on reaching the bottom. One database call per load besides the shared login.
 */
export function useStudyFeed() {
  const [state, setState] = useState<StudyState>({ status: 'loading' })
  const stateRef = useRef(state)
  stateRef.current = state
  const generation = useRef(0)

  const load = useCallback(async (options: { tag?: string; refreshSession?: boolean } = {}) => {
    const call = ++generation.current
    const session = await loadSession({ refresh: options.refreshSession })
    if (call !== generation.current) return
    if (session.status !== 'ready') {
      setState(session.status === 'error' ? session : { status: 'needs-identity' })
      return
    }
    const membership = currentMembership(session.result.memberships)
    if (!membership) {
      setState({ status: 'no-membership' })
      return
    }
    const previous = stateRef.current
    const sameOrg = previous.status === 'ready' && previous.orgId === membership.orgId
    const tag = options.tag ?? (sameOrg ? previous.tag : '')
    const reply = await listLessons(
      tag ? { orgId: membership.orgId, tag } : { orgId: membership.orgId },
    )
    if (call !== generation.current) return
    if (!reply.ok) {
      // A quiet refresh that fails keeps what is on screen.
      setState(
        sameOrg && previous.status === 'ready'
          ? { ...previous, moreError: reply.message }
          : { status: 'error', message: reply.message },
      )
      return
    }
    setState({
      status: 'ready',
      orgId: membership.orgId,
      orgName: membership.orgName,
      roles: rolesIn(session.result.memberships, membership.orgId),
      tag,
      items: reply.data.items,
      nextPage: reply.data.nextPage,
      // Tag pages come without the tab's facts: keep the ones already shown.
      meta: reply.data.meta ?? (sameOrg && previous.status === 'ready' ? previous.meta : null),
      loadingMore: false,
      moreError: '',
    })
  }, [])

  useDidShow(() => {
    void load()
  })

  usePullDownRefresh(() => {
    void load({ refreshSession: true }).finally(() => Taro.stopPullDownRefresh())
  })

  const loadMore = useCallback(async () => {
    const current = stateRef.current
    if (current.status !== 'ready' || current.loadingMore || current.nextPage === null) return
    const call = generation.current
    setState({ ...current, loadingMore: true, moreError: '' })
    const page = current.nextPage
    const reply = await listLessons(
      current.tag
        ? { orgId: current.orgId, page, tag: current.tag }
        : { orgId: current.orgId, page },
    )
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
  }, [])

  useReachBottom(() => {
    void loadMore()
  })

  const selectTag = useCallback(
    (tag: string) => {
      setState((previous) =>
        previous.status === 'ready'
          ? { ...previous, tag, items: [], nextPage: null, loadingMore: true }
          : previous,
      )
      void load({ tag })
    },
    [load],
  )

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void load({ refreshSession: true })
  }, [load])

  return { state, retry, loadMore: () => void loadMore(), selectTag }
}
