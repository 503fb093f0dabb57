import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { OrgKind, OrgSummary } from '../../../../types/org'
import { useReply } from '../../../hooks/use-reply'
import { archiveOrg, createOrg, getTree, renameOrg, reorderOrg } from '../../../services/org'

export interface TreeRow {
  org: OrgSummary
  depth: number
}

/**
 * Which kinds may sit directly under which (党委 → 总支/支部, 总支 → 支部, 支部 → 党小组). The server
 * enforces the same rule; this only keeps impossible choices off the screen.
 */
/** The subtree in reading order: each org followed by its children, with its depth for the indent. */
export function treeRows(orgs: OrgSummary[], rootId: string): TreeRow[] {
  const children = new Map<string, OrgSummary[]>()
  for (const org of orgs) {
    const siblings = children.get(org.parentId) ?? []
    siblings.push(org)
    children.set(org.parentId, siblings)
  }
  const rows: TreeRow[] = []
  const visit = (org: OrgSummary, depth: number) => {
    rows.push({ org, depth })
    for (const child of children.get(org.id) ?? []) visit(child, depth + 1)
  }
  const root = orgs.find((org) => org.id === rootId)
  if (root) visit(root, 0)
  return rows
}

/** A result the dialogs show: '' when done, else the server's message. */
type Outcome = Promise<string>

export function useOrgTree(orgId: string) {
  const fetch = useCallback(async () => {
    const reply = await getTree({ orgId })
    return reply.ok ? { ...reply, data: treeRows(reply.data, orgId) } : reply
  }, [orgId])
  const { state, retry, reload } = useReply(fetch)

  const afterChange = useCallback(
    async (reply: { ok: true } | { ok: false; message: string }, done: string): Outcome => {
      if (!reply.ok) return reply.message
      void Taro.showToast({ title: done, icon: 'success' })
      await reload()
      return ''
    },
    [reload],
  )

  return {
    state,
    retry,
    create: async (parentId: string, name: string, kind: OrgKind) =>
      afterChange(await createOrg({ parentId, name, kind }), '已新建'),
    rename: async (id: string, name: string) =>
      afterChange(await renameOrg({ orgId: id, name }), '已改名'),
    archive: async (id: string) => afterChange(await archiveOrg({ orgId: id }), '已归档'),
    /** No dialog to hold a refusal, so it is shown as a toast. */
    reorder: async (org: OrgSummary, direction: 'up' | 'down') => {
      const reply = await reorderOrg({ parentId: org.parentId, orgId: org.id, direction })
      const message = await afterChange(reply, direction === 'up' ? '已上移' : '已下移')
      if (message) void Taro.showToast({ title: message, icon: 'none' })
    },
  }
}
