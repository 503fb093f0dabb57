import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { BranchHome } from '../../../types/org'
import { LEADER_ROLES } from '../../services/session'

interface QuickAction {
  key: string
  label: string
  url: string
}

/** Shortcuts by role: everyone sees 成员; leaders run membership; admins see the tree and the log. */
export function quickActionsFor(home: BranchHome): QuickAction[] {
  const { org, myRole, pendingJoinRequests } = home
  const query = `orgId=${encodeURIComponent(org.id)}`
  const isAdmin = myRole === 'admin'
  const leads = isAdmin || (myRole !== null && LEADER_ROLES.includes(myRole))
  const isBranch = org.kind === 'branch'
  const actions: QuickAction[] = [
    { key: 'members', label: '成员', url: `/packages/org/members/index?${query}` },
  ]
  if (leads && isBranch) {
    actions.push(
      { key: 'invite', label: '邀请入支部', url: `/packages/org/invite/index?${query}` },
      {
        key: 'requests',
        label: pendingJoinRequests > 0 ? `入党申请审批(${pendingJoinRequests})` : '入党申请审批',
        url: `/packages/org/requests/index?${query}`,
      },
    )
  }
  if (isAdmin) {
    actions.push({ key: 'tree', label: '组织架构', url: `/packages/org/tree/index?${query}` })
  }
  if (isAdmin || myRole === 'secretary') {
    actions.push({ key: 'audit', label: '操作记录', url: `/packages/org/audit/index?${query}` })
  }
  return actions
}

export function QuickActions({ home }: { home: BranchHome }) {
  return (
    <View className="branch-actions">
      {quickActionsFor(home).map((action) => (
        <View
          key={action.key}
          className={`branch-action branch-action--${action.key}`}
          data-action={action.key}
          onClick={() => void Taro.navigateTo({ url: action.url })}
        >
          <Text className="branch-action__label">{action.label}</Text>
        </View>
      ))}
    </View>
  )
}
