import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { MemberItem } from '../../../../types/org'
import { ROLE_LABELS, ROLES, type Role } from '../../../../types/user'
import { listMembers, removeMember, setRole } from '../../../services/org'
import { useOrgPermissions } from '../shared/use-permissions'
import { usePagedList } from '../../../hooks/use-paged-list'
import { ACTION_SHEET_MAX, pickFrom } from '../../../platform/action-sheet'

const OFFICES: readonly Role[] = ['secretary', 'deputy', 'committee', 'admin']

/**
 * A role from the action sheet. More choices than a sheet holds (an admin sees 7) are asked in two
 * steps: 职务 or 身份 first, then the roles of that kind.
 */
async function pickRole(choices: readonly Role[]): Promise<Role | null> {
  const label = (role: Role) => ROLE_LABELS[role]
  if (choices.length <= ACTION_SHEET_MAX) return pickFrom(choices, label)
  const kind = await pickFrom(['office', 'standing'] as const, (option) =>
    option === 'office'
      ? '调整职务（书记、副书记、支委、管理员）'
      : '调整身份（党员、积极分子、群众）',
  )
  if (!kind) return null
  return pickFrom(
    choices.filter((role) => OFFICES.includes(role) === (kind === 'office')),
    label,
  )
}

/** The org's members, 20 a page, with the role and removal tools the caller may use. */
export function useMembers(orgId: string) {
  const fetchPage = useCallback((page: number) => listMembers({ orgId, page }), [orgId])
  const list = usePagedList<MemberItem>(fetchPage)
  const { updateItems } = list
  const permissions = useOrgPermissions(orgId)
  const [actionError, setActionError] = useState('')

  /** Offers the roles the member does not hold yet; 管理员 only to an admin. */
  const changeRole = useCallback(
    async (member: MemberItem) => {
      const choices = ROLES.filter(
        (role) => role !== member.role && (role !== 'admin' || permissions.isAdmin),
      )
      const picked = await pickRole(choices)
      if (!picked) return
      setActionError('')
      const reply = await setRole({ orgId, memberId: member.openid, role: picked })
      if (!reply.ok) {
        setActionError(reply.message)
        return
      }
      const role = reply.data.role
      updateItems((items) =>
        items.map((item) => (item.openid === member.openid ? { ...item, role } : item)),
      )
      void Taro.showToast({ title: `已调整为${ROLE_LABELS[role]}`, icon: 'none' })
    },
    [orgId, permissions.isAdmin, updateItems],
  )

  /** Resolves to an error message to show in the dialog, or '' once the member is gone. */
  const remove = useCallback(
    async (member: MemberItem, reason: string): Promise<string> => {
      const reply = await removeMember({ orgId, memberId: member.openid, reason })
      if (!reply.ok) return reply.message
      updateItems((items) => items.filter((item) => item.openid !== member.openid))
      void Taro.showToast({ title: '已移出', icon: 'success' })
      return ''
    },
    [orgId, updateItems],
  )

  return { ...list, permissions, actionError, changeRole, remove }
}
