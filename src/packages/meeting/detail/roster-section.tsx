import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import {
  ATTENDANCE_LABELS,
  REQUEST_LABELS,
  type MeetingDetail,
  type RosterEntry,
} from '../../../../types/meeting'
import { ROLE_LABELS } from '../../../../types/user'
import { proxyLabel, rosterActions, type MeetingActions } from './meeting-actions'
import type { MeetingBusy } from './use-meeting'

interface RosterProps {
  meeting: MeetingDetail
  actions: MeetingActions
  busy: MeetingBusy | ''
  onDecide: (entry: RosterEntry, approve: boolean) => void
  onProxy: (entry: RosterEntry) => void
}

/** 签到情况 for those who run the meeting: everyone expected, guests, requests to decide, 代签. */
export function RosterSection({ meeting, actions, busy, onDecide, onProxy }: RosterProps) {
  const roster = meeting.roster
  if (!roster) return null
  const pending = roster.filter((entry) => entry.attendance?.status === 'pending')
  return (
    <View className="card meeting-roster">
      <Text className="meeting-card__title">
        签到情况{pending.length ? `（${pending.length} 条待审批）` : ''}
      </Text>
      {roster.map((entry) => (
        <RosterLine
          key={entry.openid}
          entry={entry}
          may={rosterActions(actions, entry)}
          proxyLabel={proxyLabel(meeting)}
          busy={busy}
          onDecide={onDecide}
          onProxy={onProxy}
        />
      ))}
    </View>
  )
}

interface RosterLineProps extends Pick<RosterProps, 'busy' | 'onDecide' | 'onProxy'> {
  entry: RosterEntry
  may: { decide: boolean; proxy: boolean }
  proxyLabel: string
}

function RosterLine({ entry, may, proxyLabel, busy, onDecide, onProxy }: RosterLineProps) {
  const { attendance } = entry
  const status = attendance?.status
  return (
    <View className="meeting-roster-item" data-openid={entry.openid}>
      <View className="meeting-roster-item__head">
        <Text className="meeting-roster-item__name">
          {entry.nickname}
          <Text className="meeting-muted">
            {entry.role ? ` ${ROLE_LABELS[entry.role]}` : ''}
            {entry.expected ? '' : ' 列席'}
          </Text>
        </Text>
        <Text
          className={`meeting-roster-item__status meeting-roster-item__status--${status ?? 'missing'}`}
          data-testid="meeting-roster-status"
          data-status={status ?? 'missing'}
        >
          {status ? ATTENDANCE_LABELS[status] : '未签到'}
        </Text>
      </View>
      {attendance?.request ? (
        <Text className="meeting-roster-item__note">
          {REQUEST_LABELS[attendance.request.kind]}理由：{attendance.request.reason}
          {attendance.request.decidedBy
            ? `（${attendance.request.decidedBy.nickname}${attendance.request.decision === 'approved' ? '已批准' : '未批准'}）`
            : ''}
        </Text>
      ) : null}
      {status === 'proxy' && attendance?.by ? (
        <Text className="meeting-roster-item__note">
          由{attendance.by.nickname}
          {attendance.method === 'backfill' ? '会后补录' : '代签'}：{attendance.reason}
        </Text>
      ) : null}
      {may.decide ? (
        <View className="meeting-actions">
          <Button
            data-testid="meeting-approve"
            type="primary"
            size="small"
            loading={busy === `decide-${entry.openid}`}
            onClick={() => onDecide(entry, true)}
          >
            批准
          </Button>
          <Button data-testid="meeting-decline" size="small" onClick={() => onDecide(entry, false)}>
            不批准
          </Button>
        </View>
      ) : null}
      {may.proxy ? (
        <Text className="meeting-muted" data-testid="meeting-proxy" onClick={() => onProxy(entry)}>
          {proxyLabel}
        </Text>
      ) : null}
    </View>
  )
}
