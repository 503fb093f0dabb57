import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { LessonCard, LessonFeed, StudyMeta } from '../../../types/lesson'
import { COMMITTEE, permits, SECRETARY_ONLY } from '../../../types/roles'
import type { Role } from '../../../types/user'
import { usePagedList } from '../../hooks/use-paged-list'
import { listLessons } from '../../services/lesson'
import { currentMembership, loadSession, rolesIn } from '../../services/session'
import type { ErrorCode } from '../../../types/errors'

/** Who reads the tab and in which org (the one the 支部 tab shows). */
export type StudySession =
  | { status: 'loading' }
  | { status: 'needs-identity' }
  | { status: 'no-membership' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | {
      status: 'ready'
      orgId: string
      orgName: string
      /** The caller's roles in this org: which tools the tab offers (the server decides again). */
      roles: Role[]
    }

/** 支委 and leaders write lessons (the server's COMMITTEE policy). */
export function canWrite(roles: Role[]): boolean {
  return permits(roles, COMMITTEE)
}

/** The 书记 reviews them. */
export function canReview(roles: Role[]): boolean {
  return permits(roles, SECRETARY_ONLY)
}

/**
 * The 学习 tab: lessons for the org the person is in now and the orgs above it, 20 a page (the shared
 * paged list), optionally narrowed to a tag. Refreshed quietly each time the tab shows (reading
 * progress changes in the reader) and on pull-down. One database call per page besides the shared
 * login.
 */
export function useStudyFeed() {
  const [session, setSession] = useState<StudySession>({ status: 'loading' })
  const latest = useRef(0)
  const sessionOrg = useRef('')

  /** Resolves to whether the tab still shows the same org as before. */
  const loadStudySession = useCallback(async (refresh = false): Promise<boolean> => {
    const call = ++latest.current
    const state = await loadSession({ refresh })
    if (call !== latest.current) return false
    if (state.status !== 'ready') {
      setSession(state.status === 'error' ? state : { status: 'needs-identity' })
      return false
    }
    const membership = currentMembership(state.result.memberships)
    const sameOrg = Boolean(membership) && membership?.orgId === sessionOrg.current
    sessionOrg.current = membership?.orgId ?? ''
    setSession(
      membership
        ? {
            status: 'ready',
            orgId: membership.orgId,
            orgName: membership.orgName,
            roles: rolesIn(state.result.memberships, membership.orgId),
          }
        : { status: 'no-membership' },
    )
    return sameOrg
  }, [])

  useEffect(() => {
    void loadStudySession()
  }, [loadStudySession])

  const orgId = session.status === 'ready' ? session.orgId : ''
  // A tag picked in one org means nothing in another.
  const [filter, setFilter] = useState({ orgId: '', tag: '' })
  const tag = filter.orgId === orgId ? filter.tag : ''

  const fetchPage = useMemo(() => {
    if (!orgId) return null
    return (page: number) =>
      listLessons({ orgId, ...(tag ? { tag } : {}), ...(page > 0 ? { page } : {}) })
  }, [orgId, tag])
  const list = usePagedList<LessonCard, LessonFeed>(fetchPage)
  const { refresh } = list

  // Back on the tab: the 支部 tab may have switched org (the list then reloads for it by itself), or
  // progress moved in the reader (the same org's list refreshes quietly).
  const shown = useRef(false)
  useDidShow(() => {
    if (!shown.current) {
      shown.current = true
      return
    }
    void loadStudySession().then((sameOrg) => {
      if (sameOrg) void refresh()
    })
  })
  usePullDownRefresh(() => void loadStudySession(true))

  // Only the tab's own first page carries its facts (tags, counts); a tag page keeps those shown.
  const [facts, setFacts] = useState<{ orgId: string; meta: StudyMeta } | null>(null)
  const firstMeta = list.state.status === 'ready' ? list.state.first.meta : null
  useEffect(() => {
    if (firstMeta && orgId) setFacts({ orgId, meta: firstMeta })
  }, [firstMeta, orgId])
  const meta = facts?.orgId === orgId ? facts.meta : null

  const selectTag = useCallback((next: string) => setFilter({ orgId, tag: next }), [orgId])
  const retrySession = useCallback(() => {
    setSession({ status: 'loading' })
    void loadStudySession(true)
  }, [loadStudySession])

  return { session, list, tag, meta, selectTag, retrySession }
}
