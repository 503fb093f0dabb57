import { Picker, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { LessonDetail } from '../../../../types/lesson'
import { LESSON_LIMITS } from '../../../../types/lesson.schema'
import { ReasonDialog } from '../../../components/reason-dialog'
import { formatShanghai } from '../../../format/datetime'
import { DAY_MS, lastDayAhead, shanghaiDay } from '../../../../types/time'

/** The reviewer's bar under a lesson in review: publish, or send back with a note. */
export function ReviewBar({
  busy,
  onPublish,
  onReject,
}: {
  busy: boolean
  onPublish: () => Promise<string>
  onReject: (note: string) => Promise<string>
}) {
  const [rejecting, setRejecting] = useState(false)
  const [error, setError] = useState('')
  return (
    <View className="lesson-bar" data-testid="lesson-review-bar">
      {error ? <Text className="lesson-error lesson-review-error">{error}</Text> : null}
      <View className="lesson-bar__buttons">
        <Button data-testid="lesson-reject" disabled={busy} onClick={() => setRejecting(true)}>
          退回修改
        </Button>
        <Button
          data-testid="lesson-publish"
          type="primary"
          loading={busy}
          disabled={busy}
          onClick={async () => {
            setError('')
            setError(await onPublish())
          }}
        >
          通过并发布
        </Button>
      </View>
      {rejecting ? (
        <ReasonDialog
          className="lesson-reject-dialog"
          title="退回修改"
          hint="退回意见只有作者和审核人能看到。"
          confirmText="退回"
          placeholder="请写明需要修改的地方（必填）"
          missing="请写明退回原因，方便作者修改"
          maxLength={LESSON_LIMITS.reviewNote}
          onSubmit={onReject}
          onClose={() => setRejecting(false)}
        />
      ) : null}
    </View>
  )
}

/** Tomorrow in Beijing time, the earliest a 规定动作 may be due. */
function tomorrowInShanghai(): string {
  return shanghaiDay(Date.now() + DAY_MS)
}

/** Leaders' tools under a published lesson: completion rates, pin, 规定动作 with a due day. */
export function LeaderTools({
  lesson,
  busy,
  onTogglePin,
  onSetDue,
}: {
  lesson: LessonDetail
  busy: boolean
  onTogglePin: () => Promise<string>
  onSetDue: (due: string | null) => Promise<string>
}) {
  const [error, setError] = useState('')
  const { can, required } = lesson
  if (!can.statsOrgId && !can.pin && !can.requireOrgId) return null
  const run = async (action: () => Promise<string>) => {
    setError('')
    setError(await action())
  }
  return (
    <View className="lesson-section" data-testid="lesson-leader-tools">
      <Text className="lesson-section__title">管理</Text>
      {required ? (
        <Text className="lesson-section__text lesson-required-info">
          规定动作 · {formatShanghai(required.due, 'M月D日')}前完成
        </Text>
      ) : null}
      <View className="lesson-tools__row">
        {can.statsOrgId ? (
          <Button
            className="lesson-open-stats"
            size="small"
            onClick={() =>
              void Taro.navigateTo({
                url: `/packages/lesson/stats/index?id=${lesson.id}&orgId=${can.statsOrgId}`,
              })
            }
          >
            学习情况
          </Button>
        ) : null}
        {can.pin ? (
          <Button
            className="lesson-toggle-pin"
            size="small"
            disabled={busy}
            onClick={() => void run(onTogglePin)}
          >
            {lesson.pinned ? '取消置顶' : '置顶'}
          </Button>
        ) : null}
        {can.requireOrgId ? (
          <Picker
            mode="date"
            value={tomorrowInShanghai()}
            start={tomorrowInShanghai()}
            end={lastDayAhead(Date.now())}
            onChange={(event) => void run(() => onSetDue(String(event.detail.value)))}
          >
            <Button className="lesson-set-due" size="small" disabled={busy}>
              {required ? '修改完成期限' : '设为规定动作'}
            </Button>
          </Picker>
        ) : null}
        {can.requireOrgId && required ? (
          <Button
            className="lesson-clear-due"
            size="small"
            disabled={busy}
            onClick={() => void run(() => onSetDue(null))}
          >
            取消规定动作
          </Button>
        ) : null}
      </View>
      {error ? <Text className="lesson-error lesson-tools-error">{error}</Text> : null}
    </View>
  )
}
