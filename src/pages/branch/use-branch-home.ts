import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { BranchHome, GroupEntry } from '../../../types/org'
import type { MembershipSummary } from '../../../types/user'
import { fetchGroupCloudId, groupEntryKey } from '../../platform/group-entry'
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
  | { status: 'error'; message: string }
  /** 群众 and newcomers: no active membership anywhere. */
  | { status: 'no-membership'; group: GroupStatus }
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
  const [busy, setBusy] = useState(false)
  const [actionError, setActionError] = useState('')
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

  /** A leader binds the group the card was opened in to the org on screen. */
  const bindThisGroup = useCallback(
    async (orgId: string) => {
      setBusy(true)
      setActionError('')
      const cloudId = await fetchGroupCloudId()
      const reply = cloudId.ok
        ? await bindGroup({ orgId, groupCloudId: cloudId.cloudID })
        : { ok: false as const, message: cloudId.message }
      setBusy(false)
      if (!reply.ok) {
        setActionError(reply.message)
        return
      }
      setEntry({ bound: true, org: reply.data.org, status: 'active' })
      void Taro.showToast({ title: '已绑定本群', icon: 'success' })
    },
    [setEntry],
  )

  /** Someone outside the group's org asks to join it. */
  const requestToJoinGroupOrg = useCallback(async () => {
    setBusy(true)
    setActionError('')
    const cloudId = await fetchGroupCloudId()
    const reply = cloudId.ok
      ? await requestJoin({ groupCloudId: cloudId.cloudID })
      : { ok: false as const, message: cloudId.message }
    setBusy(false)
    if (!reply.ok) {
      setActionError(reply.message)
      return
    }
    setEntry({ bound: true, org: reply.data.org, status: reply.data.status })
    if (reply.data.status === 'active') void reload({ refreshSession: true })
  }, [setEntry, reload])

  return {
    state,
    busy,
    actionError,
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
  if (!current) return { status: 'no-membership', group: groupStatus.status }

  const reply = await getHome({ orgId: current.orgId })
  if (!reply.ok) return { status: 'error', message: reply.message }
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
