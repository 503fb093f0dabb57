import Taro from '@tarojs/taro'
import type { BranchHome } from '../../../types/org'
import { dashboardPath } from '../../services/stats'
import { ToolGrid } from './tool-grid'
import type { ToolKey } from './tool-icons'

interface QuickAction {
  key: ToolKey
  label: string
  url: string
  /** A count waiting for this person (join requests), drawn on the icon. */
  badge?: number
}

/** Shortcuts for what the server says this person may do here (`home.can`). */
export function quickActionsFor(home: BranchHome): QuickAction[] {
  const { org, can, pendingJoinRequests } = home
  const query = `orgId=${encodeURIComponent(org.id)}`
  const actions: QuickAction[] = [
    { key: 'members', label: '成员', url: `/packages/org/members/index?${query}` },
    { key: 'notices', label: '通知', url: `/packages/notice/list/index?${query}` },
  ]
  if (org.kind === 'branch') {
    actions.push(
      { key: 'meetings', label: '三会一课', url: `/packages/meeting/list/index?${query}` },
      { key: 'activities', label: '活动', url: `/packages/activity/list/index?${query}` },
      { key: 'showcase', label: '支部风采', url: `/packages/activity/showcase/index?${query}` },
      { key: 'report-issue', label: '反映问题', url: `/packages/issue/submit/index?${query}` },
    )
  } else {
    actions.push({
      key: 'showcase',
      label: '各支部风采',
      url: `/packages/activity/showcase/index?${query}`,
    })
  }
  if (can.invite) {
    actions.push({ key: 'invite', label: '邀请入支部', url: `/packages/org/invite/index?${query}` })
  }
  if (can.decideJoin) {
    actions.push({
      key: 'requests',
      label: '入支部申请',
      url: `/packages/org/requests/index?${query}`,
      badge: pendingJoinRequests,
    })
  }
  if (can.handleIssues) {
    actions.push({ key: 'issues', label: '诉求办理', url: `/packages/issue/manage/index?${query}` })
  }
  if (can.publishNotice) {
    actions.push({
      key: 'publish',
      label: '发通知',
      url: `/packages/notice/publish/index?${query}`,
    })
  }
  if (can.viewStats) {
    actions.push({
      key: 'stats',
      label: '统计',
      url: dashboardPath(org.kind === 'branch' ? 'branch' : 'committee', org.id),
    })
  }
  if (can.viewTree && org.kind !== 'group') {
    actions.push({ key: 'tree', label: '组织架构', url: `/packages/org/tree/index?${query}` })
  }
  if (can.viewAudit) {
    actions.push({ key: 'audit', label: '操作记录', url: `/packages/org/audit/index?${query}` })
  }
  return actions
}

/** The tools of an org's home, each opening its page. */
export function QuickActions({ home }: { home: BranchHome }) {
  return (
    <ToolGrid
      testidPrefix="branch-action"
      tools={quickActionsFor(home).map((action) => ({
        ...action,
        open: () => void Taro.navigateTo({ url: action.url }),
      }))}
    />
  )
}
