import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { mayRequestJoin, ORG_KIND_LABELS, type BranchHome } from '../../../types/org'
import { LEADERS, permits } from '../../../types/roles'
import { DeclinedJoinNote } from '../../components/declined-join'
import type { GroupStatus } from './use-branch-home'

interface GroupCardProps {
  group: GroupStatus
  /** The org on screen, when the person has one. */
  home: BranchHome | null
  busy: boolean
  actionError: string
  onBind: (orgId: string) => void
  onRequestJoin: () => void
}

/** What to do about the WeChat group the app was opened from; nothing when it was not. */
export function GroupCard({
  group,
  home,
  busy,
  actionError,
  onBind,
  onRequestJoin,
}: GroupCardProps) {
  if (group.kind === 'none') return null
  if (group.kind === 'error') {
    return (
      <View className="branch-group branch-group--error">
        <Text className="branch-group-error">{group.message}</Text>
      </View>
    )
  }

  const { entry } = group
  const error = actionError ? <Text className="branch-group-error">{actionError}</Text> : null

  if (!entry.bound) {
    const role = home?.myRole ?? null
    const leads = role !== null && permits([role], LEADERS)
    if (home && leads && home.org.kind === 'branch') {
      return (
        <View className="branch-group" data-testid="branch-bind-card">
          <Text className="branch-group__title">把本群绑定到“{home.org.name}”</Text>
          <Text className="branch-group__text">
            绑定后，群里的人打开支部的卡片就能申请加入本支部，会议和通知也会认这个群。
          </Text>
          {error}
          <Button
            data-testid="branch-bind-group"
            type="primary"
            size="small"
            loading={busy}
            disabled={busy}
            onClick={() => onBind(home.org.id)}
          >
            绑定本群
          </Button>
        </View>
      )
    }
    return (
      <View className="branch-group">
        <Text className="branch-group__text branch-group-unbound">
          这个群还没有绑定支部，请支部书记在群里打开卡片后绑定。
        </Text>
      </View>
    )
  }

  if (entry.status === 'active') {
    if (home?.org.id !== entry.org.id) return null
    return (
      <View className="branch-group">
        <Text className="branch-group__text" data-testid="branch-group-bound">
          本群已绑定到“{entry.org.name}”
        </Text>
      </View>
    )
  }

  const now = new Date()
  return (
    <View className="branch-group branch-group-card">
      <Text className="branch-group__title">{entry.org.name}</Text>
      <Text className="branch-group__text">
        这个群属于{ORG_KIND_LABELS[entry.org.kind]}“{entry.org.name}”。
      </Text>
      {entry.declined ? <DeclinedJoinNote declined={entry.declined} now={now} /> : null}
      {error}
      {entry.status === 'pending' ? (
        <Text className="branch-group-pending">已提交，等待书记审批</Text>
      ) : null}
      {mayRequestJoin(entry, now) ? (
        <Button
          className="branch-group-join"
          type="primary"
          size="small"
          loading={busy}
          disabled={busy}
          onClick={onRequestJoin}
        >
          {entry.status === 'declined' ? '重新申请加入' : '申请加入本支部'}
        </Button>
      ) : null}
    </View>
  )
}
