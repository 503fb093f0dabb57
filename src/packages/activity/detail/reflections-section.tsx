import { Text, View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { ACTIVITY_LIMITS, type ActivityDetail } from '../../../../types/activity'

interface ReflectionsProps {
  activity: ActivityDetail
  busy: boolean
  /** Resolves to the server's refusal, or '' when saved. */
  onSubmit: (text: string) => Promise<string>
  onReview: (memberId: string, approve: boolean) => void
}

const STATUS_TEXT = {
  approved: '已发布',
  held: '待支委审核，审核通过后大家才能看到',
  rejected: '未通过审核，可以修改后重新提交',
} as const

/**
 * 心得: published ones for everybody, held ones with 发布/不发布 for a 支委, and the participant's own
 * with its status and a form while it is not published. What was typed stays after a refusal.
 */
export function ReflectionsSection({ activity, busy, onSubmit, onReview }: ReflectionsProps) {
  const { reflections, myReflection, mine, canManage, phase } = activity
  const canWrite = mine === 'checkedIn' && myReflection?.status !== 'approved'
  const [text, setText] = useState(
    myReflection?.status === 'approved' ? '' : (myReflection?.text ?? ''),
  )
  const [error, setError] = useState('')
  if (reflections.length === 0 && !canWrite && !myReflection) {
    return phase === 'ended' ? (
      <View className="card activity-reflections">
        <Text className="activity-section__title">心得</Text>
        <Text className="activity-hint">还没有心得</Text>
      </View>
    ) : null
  }

  const submit = async () => {
    if (text.trim().length < 5) {
      setError('心得至少写 5 个字')
      return
    }
    setError('')
    const refused = await onSubmit(text.trim())
    if (refused) setError(refused)
  }

  return (
    <View className="card activity-reflections">
      <Text className="activity-section__title">心得</Text>
      {reflections.map((reflection) => (
        <View
          key={reflection.memberId}
          className="activity-reflection"
          data-status={reflection.status}
        >
          <Text className="activity-reflection__name">{reflection.nickname}</Text>
          <Text className="activity-reflection__text">{reflection.text}</Text>
          {canManage && reflection.status === 'held' ? (
            <View className="activity-reflection__review">
              <Text className="activity-hint">内容安全检查提示需人工审核</Text>
              <Button
                className="activity-reflection-approve"
                size="mini"
                type="primary"
                disabled={busy}
                onClick={() => onReview(reflection.memberId, true)}
              >
                发布
              </Button>
              <Button
                className="activity-reflection-reject"
                size="mini"
                disabled={busy}
                onClick={() => onReview(reflection.memberId, false)}
              >
                不发布
              </Button>
            </View>
          ) : null}
        </View>
      ))}
      {myReflection && myReflection.status !== 'approved' ? (
        <Text className="activity-hint activity-my-reflection" data-status={myReflection.status}>
          我的心得：{STATUS_TEXT[myReflection.status]}
        </Text>
      ) : null}
      {canWrite ? (
        <View className="activity-reflection-form">
          <TextArea
            data-testid="activity-reflection-input"
            value={text}
            onChange={setText}
            maxLength={ACTIVITY_LIMITS.reflection}
            showCount
            placeholder={`写下参加活动的心得（${ACTIVITY_LIMITS.reflection} 字以内）`}
          />
          {error ? (
            <Text className="banner banner--error" data-testid="activity-reflection-error">
              {error}
            </Text>
          ) : null}
          <Button
            data-testid="activity-reflection-submit"
            type="primary"
            loading={busy}
            disabled={busy}
            onClick={() => void submit()}
          >
            提交心得
          </Button>
        </View>
      ) : null}
    </View>
  )
}
