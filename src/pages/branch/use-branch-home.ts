import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { Reply, ErrorCode } from '../../../types/errors'
import type { BranchHome, GroupEntry } from '../../../types/org'
import type { LoginResult, MembershipSummary } from '../../../types/user'
import { useAction } from '../../hooks/use-action'
import { fetchGroupCloudId, groupEntryKey } from '../../platform/group-entry'
import { signIn } from '../../services/meeting'
import { bindGroup, getHome, openFromGroup, requestJoin } from '../../services/org'
import {
  currentMembership,
  distinctOrgs,
  loadSession,
  rememberCurrentOrg,
  type SessionState,
} from '../../services/session'

/** What opening the app from a group card told us, if it was. */
export type GroupStatus =
  { kind: 'none' } | { kind: 'error'; message: string } | { kind: 'entry'; entry: GroupEntry }

export type BranchState =
  | { status: 'loading' }
  | { status: 'needs-identity' }
  | { status: 'error'; code?: ErrorCode; message: string }
  /** 群众 and newcomers: no active membership anywhere. */
  | { status: 'no-membership'; group: GroupStatus; applications: LoginResult['applications'] }
  | { status: 'ready'; home: BranchHome; orgs: MembershipSummary[]; group: GroupStatus }

interface LoadOptions {
  refreshSession?: boolean
  refreshGroup?: boolean
}

/**
 * The 支部 tab: the current org's home, the person's orgs to switch between, and what to do about
 * the group the app was opened from. Round trips per load: login (once per app session), the group
 * entry (once per card opened) and getHome.
 */
export function useBranchHome() {
  const [state, setState] = useState<BranchState>({ status: 'loading' })
  const action = useAction<'group' | 'sign-in'>()
  const { setError: setActionError } = action
  const latest = useRef(0)
  const group = useRef<{ key: string; status: GroupStatus } | null>(null)

  const load = useCallback(async (options: LoadOptions = {}) => {
    const call = ++latest.current
    const next = await loadBranch(group, options)
    if (call === latest.current) setState(next)
  }, [])

  const reload = useCallback(
    (options: LoadOptions = {}) => {
      setState({ status: 'loading' })
      return load(options)
    },
    [load],
  )

  useDidShow(() => {
    // Someone waiting for approval may have been let in since: ask again rather than show stale news.
    void load({ refreshSession: state.status === 'no-membership' })
  })

  usePullDownRefresh(() => {
    setActionError('')
    void load({ refreshSession: true, refreshGroup: true }).finally(() =>
      Taro.stopPullDownRefresh(),
    )
  })

  const switchOrg = useCallback(
    (orgId: string) => {
      rememberCurrentOrg(orgId)
      void reload()
    },
    [reload],
  )

  const setEntry = useCallback((entry: GroupEntry) => {
    if (group.current) group.current.status = { kind: 'entry', entry }
    setState((previous) =>
      previous.status === 'ready' || previous.status === 'no-membership'
        ? { ...previous, group: { kind: 'entry', entry } }
        : previous,
    )
  }, [])

  /** The group card's cloudID (valid 5 minutes, so fetched at the tap), then `call` with it. */
  const withGroup = async <T>(
    call: (groupCloudId: string) => Promise<Reply<T>>,
  ): Promise<Reply<T>> => {
    const cloudId = await fetchGroupCloudId()
    if (!cloudId.ok) return { ok: false, code: 'INVALID_ARGUMENT', message: cloudId.message }
    return call(cloudId.cloudID)
  }

  /** A leader binds the group the card was opened in to the org on screen. */
  const bindThisGroup = (orgId: string) =>
    action.run('group', () => withGroup((groupCloudId) => bindGroup({ orgId, groupCloudId })), {
      done: '已绑定本群',
      then: ({ org }) => setEntry({ bound: true, org, status: 'active' }),
    })

  /** Someone outside the group's org asks to join it. */
  const requestToJoinGroupOrg = () =>
    action.run('group', () => withGroup((groupCloudId) => requestJoin({ groupCloudId })), {
      then: (standing) => {
        setEntry({ bound: true, ...standing })
        if (standing.status === 'active') void reload({ refreshSession: true })
      },
    })

  /** Signs in to a meeting open now, from 今日待办: the code typed or scanned, then the home again. */
  const signInHere = (meetingId: string, code: string, via: 'code' | 'scan') =>
    action.run('sign-in', () => signIn({ meetingId, code, via }), {
      done: '签到成功',
      inline: true,
      then: () => load(),
    })

  return {
    state,
    busy: action.busy === 'group',
    signingIn: action.busy === 'sign-in',
    signInHere,
    actionError: action.error,
    retry: () => void reload({ refreshSession: true, refreshGroup: true }),
    switchOrg,
    bindThisGroup: (orgId: string) => void bindThisGroup(orgId),
    requestToJoinGroupOrg: () => void requestToJoinGroupOrg(),
  }
}

type GroupCache = { current: { key: string; status: GroupStatus } | null }

async function loadBranch(group: GroupCache, options: LoadOptions): Promise<BranchState> {
  let session = await loadSession({ refresh: options.refreshSession })
  if (session.status !== 'ready') return session

  const groupStatus = await resolveGroup(group, options.refreshGroup ?? false)
  let switchTo: string | null = null
  if (groupStatus.fresh && groupStatus.status.kind === 'entry') {
    const { entry } = groupStatus.status
    if (entry.bound && entry.status === 'active') {
      // Opened from their own branch's group: show that branch. A login from before they were let in
      // does not list it yet.
      switchTo = entry.org.id
      if (!isMember(session, switchTo)) session = await loadSession({ refresh: true })
      if (session.status !== 'ready') return session
    }
  }

  const { memberships } = session.result
  if (switchTo && isMember(session, switchTo)) rememberCurrentOrg(switchTo)
  const current = currentMembership(memberships)
  if (!current) {
    const { applications } = session.result
    return { status: 'no-membership', group: groupStatus.status, applications }
  }

  const reply = await getHome({ orgId: current.orgId })
  if (!reply.ok) return { status: 'error', code: reply.code, message: reply.message }
  return {
    status: 'ready',
    home: reply.data,
    orgs: distinctOrgs(memberships),
    group: groupStatus.status,
  }
}

function isMember(session: SessionState, orgId: string): boolean {
  return (
    session.status === 'ready' &&
    session.result.memberships.some((membership) => membership.orgId === orgId)
  )
}

/** Asks once per group card opened (and again on pull-down), not on every show of the tab. */
async function resolveGroup(
  group: GroupCache,
  refresh: boolean,
): Promise<{ status: GroupStatus; fresh: boolean }> {
  const key = groupEntryKey()
  if (!key) return { status: { kind: 'none' }, fresh: false }
  if (!refresh && group.current?.key === key) return { status: group.current.status, fresh: false }

  const cloudId = await fetchGroupCloudId()
  let status: GroupStatus
  if (!cloudId.ok) {
    // 40097: this entry was not from a group chat after all, which is nothing to report.
    status = cloudId.notFromGroup ? { kind: 'none' } : { kind: 'error', message: cloudId.message }
  } else {
    const reply = await openFromGroup({ groupCloudId: cloudId.cloudID })
    status = reply.ok
      ? { kind: 'entry', entry: reply.data }
      : { kind: 'error', message: reply.message }
  }
  group.current = { key, status }
  return { status, fresh: true }
}
