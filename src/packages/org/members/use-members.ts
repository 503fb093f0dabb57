import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { MemberItem } from '../../../../types/org'
import { ROLE_LABELS, ROLES, type Role } from '../../../../types/user'
import { listMembers, removeMember, setRole } from '../../../services/org'
import { useOrgPermissions } from '../shared/use-permissions'
import { usePagedList } from '../../../hooks/use-paged-list'

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
      let picked: Role | undefined
      try {
        const { tapIndex } = await Taro.showActionSheet({
          itemList: choices.map((role) => ROLE_LABELS[role]),
        })
        picked = choices[tapIndex]
      } catch {
        return // cancelled
      }
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
