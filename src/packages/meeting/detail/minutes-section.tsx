import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MeetingDetail } from '../../../../types/meeting'
import { CheckingBadge } from '../../../components/checking-badge'
import { formatShanghai } from '../../../format/datetime'
import { fileUrl } from '../../../platform/files'

interface MinutesProps {
  meeting: MeetingDetail
  /** The minutes are held for review and this person may release them. */
  canRelease: boolean
  releasing: boolean
  onRelease: () => void
}

/** 会议纪要 as recorded once, or why it cannot be read yet. */
export function MinutesSection({ meeting, canRelease, releasing, onRelease }: MinutesProps) {
  const minutes = meeting.minutes
  if (!minutes) {
    if (meeting.minutesRestricted) {
      return (
        <Text className="banner" data-testid="meeting-minutes-restricted">
          支委会纪要仅支委会成员可以查看
        </Text>
      )
    }
    if (!meeting.hasMinutes) return null
    return (
      <Text className="banner banner--warn" data-testid="meeting-minutes-held">
        会议纪要正在复核，复核后可以查看
      </Text>
    )
  }
  return (
    <View className="card meeting-minutes">
      <Text className="meeting-card__title">会议纪要</Text>
      {minutes.held ? (
        <View className="banner banner--warn">
          <Text>内容安全检查提示需要人工复核，党员暂时看不到这份纪要。</Text>
          {canRelease ? (
            <Button
              data-testid="meeting-release"
              size="small"
              loading={releasing}
              onClick={onRelease}
            >
              已复核，发布纪要
            </Button>
          ) : null}
        </View>
      ) : null}
      <Text className="meeting-muted" data-testid="meeting-minutes-counts">
        应到 {minutes.expectedCount} 人，实到 {minutes.attendedCount} 人（按签到记录统计）
      </Text>
      <Text className="meeting-card__text" data-testid="meeting-minutes-summary">
        {minutes.summary}
      </Text>
      <NamedList
        title="决议事项"
        testId="meeting-minutes-resolutions"
        lines={minutes.resolutions.map((text, index) => ({
          key: String(index),
          text: `${index + 1}. ${text}`,
        }))}
      />
      <NamedList
        title="缺席人员"
        testId="meeting-minutes-absentees"
        lines={minutes.absentees.map((person) => ({
          key: person.openid,
          text: `${person.nickname}${person.reason ? `（${person.reason}）` : ''}`,
        }))}
      />
      {minutes.photos.length ? (
        <View className="meeting-minutes__photos">
          {minutes.photos.map((photo) => (
            <View key={photo.fileID} className="meeting-minutes__photo-box">
              <Image
                className="meeting-minutes__photo"
                src={fileUrl(photo.fileID)}
                mode="aspectFill"
                nativeProps={{ alt: '会议现场照片' }}
              />
              {photo.checking ? <CheckingBadge /> : null}
            </View>
          ))}
        </View>
      ) : null}
      <Text className="meeting-muted">
        {minutes.recordedBy.nickname} 记录于 {formatShanghai(minutes.recordedAt, 'M月D日 HH:mm')}
        {minutes.version > 1 ? `（第 ${minutes.version} 版）` : ''}
      </Text>
    </View>
  )
}

function NamedList({
  title,
  testId,
  lines,
}: {
  title: string
  testId: string
  lines: { key: string; text: string }[]
}) {
  if (lines.length === 0) return null
  return (
    <View data-testid={testId}>
      <Text className="meeting-field__label">{title}</Text>
      {lines.map((line) => (
        <Text key={line.key} className="meeting-minutes__resolution">
          {line.text}
        </Text>
      ))}
    </View>
  )
}
