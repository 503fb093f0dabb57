import { Image, Text, View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { PageState } from '../../../components/page-state'
import { UploadProblem } from '../../../components/upload-problem'
import { fileUrl } from '../../../platform/files'
import { usePageParam } from '../../../hooks/use-page-param'
import { MISSING_MEETING } from '../shared/copy'
import { useMinutesForm } from './use-minutes-form'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/meeting.css'
import './index.css'
import { PrivacyPrompt } from '../../../components/privacy-prompt'

export default function MinutesPage() {
  const meetingId = usePageParam('id')
  if (!meetingId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_MEETING} />
  return <MinutesForm meetingId={meetingId} />
}

function MinutesForm({ meetingId }: { meetingId: string }) {
  const form = useMinutesForm(meetingId)
  const { state } = form
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={form.retry} />
  }
  const { meeting, draft } = state
  const roster = meeting.roster ?? []
  // Absentees whose reason is not already a 请假/补签 request: the recorder may say why.
  const absent = roster.filter(
    (entry) =>
      entry.expected &&
      !['present', 'late', 'proxy'].includes(entry.attendance?.status ?? '') &&
      !entry.attendance?.request,
  )
  const onLeave = roster.filter((entry) => entry.attendance?.status === 'leave')

  return (
    <PageRoot className="meeting-page minutes-form">
      {state.restored ? (
        <Text className="banner banner--ok minutes-restored">已恢复上次未提交的草稿</Text>
      ) : null}
      <View className="card">
        <Text className="meeting-card__title">{meeting.title}</Text>
        <Text className="meeting-muted minutes-counts">
          应到 {meeting.counts.expected} 人，实到 {meeting.counts.attended} 人，请假{' '}
          {meeting.counts.leave} 人（按签到记录自动统计，无需填写）
        </Text>
      </View>
      <View className="card">
        <Text className="meeting-field__label">会议纪要</Text>
        <TextArea
          data-testid="minutes-summary"
          value={draft.summary}
          onChange={(summary) => form.change({ summary })}
          maxLength={3000}
          placeholder="会议主要内容、发言要点、讨论情况"
        />
      </View>
      <View className="card">
        <Text className="meeting-field__label">决议事项</Text>
        {draft.resolutions.map((text, index) => (
          <View key={index} className="minutes-resolution-row">
            <Text>{index + 1}.</Text>
            <Input
              className="minutes-resolution"
              value={text}
              onChange={(value) =>
                form.change({
                  resolutions: draft.resolutions.map((old, n) => (n === index ? value : old)),
                })
              }
              maxLength={200}
              placeholder="一条决议"
            />
            {draft.resolutions.length > 1 ? (
              <Text
                className="meeting-muted minutes-remove-resolution"
                onClick={() =>
                  form.change({ resolutions: draft.resolutions.filter((_, n) => n !== index) })
                }
              >
                删除
              </Text>
            ) : null}
          </View>
        ))}
        {draft.resolutions.length < 20 ? (
          <Text
            className="meeting-chip"
            data-testid="minutes-add-resolution"
            onClick={() => form.change({ resolutions: [...draft.resolutions, ''] })}
          >
            + 添加决议
          </Text>
        ) : null}
      </View>
      <View className="card">
        <Text className="meeting-field__label">现场照片（{draft.photos.length}/9）</Text>
        <View className="minutes-photos">
          {draft.photos.map((fileID) => (
            <Image
              key={fileID}
              className="minutes-photo"
              src={fileUrl(fileID)}
              mode="aspectFill"
              nativeProps={{ alt: '会议现场照片，点按移除' }}
              onClick={() => form.change({ photos: draft.photos.filter((id) => id !== fileID) })}
            />
          ))}
        </View>
        <UploadProblem
          problem={form.photos.problem}
          canRetry={form.photos.canRetry}
          onRetry={() => void form.photos.retry()}
        />
        {draft.photos.length + form.photos.failed.length < 9 ? (
          <Button
            data-testid="minutes-add-photo"
            size="small"
            loading={form.photos.uploading > 0}
            disabled={form.photos.uploading > 0}
            onClick={form.addPhotos}
          >
            添加照片
          </Button>
        ) : null}
        <Text className="meeting-muted">照片经内容安全检查后对党员可见；点照片可移除。</Text>
      </View>
      {absent.length || onLeave.length ? (
        <View className="card">
          <Text className="meeting-field__label">缺席人员及原因</Text>
          {onLeave.map((entry) => (
            <Text key={entry.openid} className="meeting-card__text">
              {entry.nickname}：请假（{entry.attendance?.request?.reason}）
            </Text>
          ))}
          {absent.map((entry) => (
            <View key={entry.openid} className="minutes-absentee">
              <Text>{entry.nickname}</Text>
              <Input
                className="meeting-form-input"
                data-testid="minutes-absence-reason"
                value={draft.notes[entry.openid] ?? ''}
                onChange={(reason) =>
                  form.change({ notes: { ...draft.notes, [entry.openid]: reason } })
                }
                maxLength={100}
                placeholder="缺席原因（可不填）"
              />
            </View>
          ))}
        </View>
      ) : null}
      {form.error ? (
        <View className="banner banner--error minutes-error">
          <Text>{form.error}</Text>
          {form.error.includes('他人更新') ? (
            <Text className="minutes-reload" onClick={form.reloadLatest}>
              {' '}
              载入最新版本
            </Text>
          ) : null}
        </View>
      ) : null}
      <View className="minutes-submit-bar">
        <Button
          data-testid="minutes-submit"
          type="primary"
          block
          loading={form.saving}
          onClick={() => void form.submit()}
        >
          保存纪要
        </Button>
      </View>
      <PrivacyPrompt />
    </PageRoot>
  )
}
