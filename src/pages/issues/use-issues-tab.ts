import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { IssueSummary } from '../../../types/issue'
import { COMMITTEE, permits } from '../../../types/roles'
import type { MembershipSummary } from '../../../types/user'
import { listMyIssues } from '../../services/issue'
import { distinctOrgs, loadSession } from '../../services/session'
import { usePagedList } from '../../hooks/use-paged-list'
import type { ErrorCode } from '../../../types/errors'

export const SUBMIT_URL = '/packages/issue/submit/index'
export const detailUrl = (id: string) => `/packages/issue/detail/index?id=${id}`
export const manageUrl = (orgId: string) => `/packages/issue/manage/index?orgId=${orgId}`
export const boardUrl = (orgId?: string) =>
  orgId ? `/packages/issue/board/index?orgId=${orgId}` : '/packages/issue/board/index'

export type TabSession =
  | { status: 'loading' }
  | { status: 'needs-identity' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; handles: MembershipSummary[]; branches: MembershipSummary[] }

/**
 * The 诉求 tab: the person's own cases (one round trip a page once logged in), where they handle
 * issues, and their branch's public board. Comes back fresh after a submission.
 */
export function useIssuesTab() {
  const [session, setSession] = useState<TabSession>({ status: 'loading' })
  const ready = session.status === 'ready'

  const loadTabSession = useCallback(async () => {
    const state = await loadSession()
    if (state.status === 'needs-identity') return setSession({ status: 'needs-identity' })
    if (state.status === 'error')
      return setSession({ status: 'error', code: state.code, message: state.message })
    const { memberships } = state.result
    setSession({
      status: 'ready',
      // Issues are handled by the 支委会 (the server's COMMITTEE policy) and admins above.
      handles: distinctOrgs(memberships.filter((m) => permits([m.role], COMMITTEE))),
      branches: distinctOrgs(memberships.filter((m) => m.orgKind === 'branch')),
    })
  }, [])

  useEffect(() => {
    void loadTabSession()
  }, [loadTabSession])

  // Not logged in yet: the list waits for the session rather than failing.
  const fetchPage = useMemo(
    () => (ready ? (page: number) => listMyIssues({ page }) : null),
    [ready],
  )
  const list = usePagedList<IssueSummary>(fetchPage)

  const shown = useRef(false)
  useDidShow(() => {
    // The first show is the mount, which already loads; later ones follow a submission or a step.
    if (!shown.current) {
      shown.current = true
      return
    }
    if (session.status === 'needs-identity') void loadTabSession()
    else void list.refresh()
  })

  const retry = useCallback(() => {
    setSession({ status: 'loading' })
    void loadTabSession()
  }, [loadTabSession])

  return {
    session,
    list,
    retry,
    open: (url: string) => void Taro.navigateTo({ url }),
  }
}
