import { Image, Picker, Text, View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, ACTIVITY_LIMITS } from '../../../../types/activity'
import { lastDayAhead, shanghaiDay } from '../../../../types/time'
import { PageState } from '../../../components/page-state'
import { UploadProblem } from '../../../components/upload-problem'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { fileUrl } from '../../../platform/files'
import { shanghaiParts, usePublishForm } from './use-publish-form'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/activity.css'
import './index.css'
import { PrivacyPrompt } from '../../../components/privacy-prompt'

export default function PublishActivityPage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <PublishForm orgId={orgId} />
}

type TimeField = 'startsAt' | 'endsAt' | 'signUpBy'

function PublishForm({ orgId }: { orgId: string }) {
  const { form, error, submitting, update, setTime, cover, pickCover, submit } =
    usePublishForm(orgId)

  const timeRow = (field: TimeField, label: string) => {
    const parts = shanghaiParts(form[field])
    return (
      <View className={`activity-form__row activity-form-${field}`}>
        <Text className="activity-form__label">{label}</Text>
        <View className="activity-form__time">
          <Picker
            mode="date"
            start={shanghaiDay(Date.now())}
            end={lastDayAhead(Date.now())}
            value={parts.date}
            onChange={(event) => setTime(field, 'date', String(event.detail.value))}
          >
            <Text className="activity-form__picker activity-form__date">{parts.date}</Text>
          </Picker>
          <Picker
            mode="time"
            value={parts.time}
            onChange={(event) => setTime(field, 'time', String(event.detail.value))}
          >
            <Text className="activity-form__picker activity-form__clock">{parts.time}</Text>
          </Picker>
        </View>
      </View>
    )
  }

  return (
    <PageRoot className="activity-page activity-publish-form">
      <View className="card">
        <Text className="activity-form__label">活动类型</Text>
        <View className="activity-kinds">
          {ACTIVITY_KINDS.map((kind) => (
            <Text
              key={kind}
              className={`activity-kind-option${form.kind === kind ? ' activity-kind-option--on' : ''}`}
              data-kind={kind}
              onClick={() => update({ kind })}
            >
              {ACTIVITY_KIND_LABELS[kind]}
            </Text>
          ))}
        </View>
        {form.kind === 'themeDay' ? (
          <Text className="activity-hint">主题党日举行后计入本月的主题党日</Text>
        ) : null}
      </View>

      <View className="card">
        <Text className="activity-form__label">活动名称</Text>
        <Input
          data-testid="activity-form-title"
          value={form.title}
          maxLength={ACTIVITY_LIMITS.title}
          placeholder="如：十一月主题党日——重温入党誓词"
          onChange={(title) => update({ title })}
        />
        <Text className="activity-form__label">地点</Text>
        <Input
          data-testid="activity-form-place"
          value={form.place}
          maxLength={ACTIVITY_LIMITS.place}
          placeholder="如：党员活动室"
          onChange={(place) => update({ place })}
        />
        <Text className="activity-form__label">活动内容</Text>
        <TextArea
          data-testid="activity-form-body"
          value={form.body}
          maxLength={ACTIVITY_LIMITS.body}
          placeholder="活动安排、注意事项（选填）"
          onChange={(body) => update({ body })}
        />
      </View>

      <View className="card">
        {timeRow('startsAt', '开始时间')}
        {timeRow('endsAt', '结束时间')}
        {timeRow('signUpBy', '报名截止')}
        <View className="activity-form__row">
          <Text className="activity-form__label">名额（人）</Text>
          <Input
            data-testid="activity-form-capacity"
            type="digit"
            value={form.capacity}
            maxLength={3}
            onChange={(capacity) => update({ capacity: capacity.replace(/\D/g, '') })}
          />
        </View>
        <Text className="activity-hint">
          签到在开始前 30 分钟开放；名额最多 {ACTIVITY_LIMITS.capacity} 人，报满即止。
        </Text>
      </View>

      <View className="card">
        <Text className="activity-form__label">封面（选填）</Text>
        {form.cover ? (
          <Image
            className="activity-form__cover"
            src={fileUrl(form.cover)}
            mode="aspectFill"
            nativeProps={{ alt: '活动封面' }}
          />
        ) : null}
        <UploadProblem
          problem={cover.problem}
          canRetry={cover.canRetry}
          onRetry={() => void cover.retry()}
        />
        <Button
          data-testid="activity-form-cover"
          size="small"
          loading={cover.uploading > 0}
          disabled={cover.uploading > 0}
          onClick={pickCover}
        >
          {form.cover ? '换一张' : '选择图片'}
        </Button>
      </View>

      {error ? (
        <Text className="banner banner--error" data-testid="activity-form-error">
          {error}
        </Text>
      ) : null}
      <View className="activity-form__submit">
        <Button
          data-testid="activity-form-submit"
          type="primary"
          block
          loading={submitting}
          disabled={submitting || cover.uploading > 0}
          onClick={submit}
        >
          发布活动
        </Button>
      </View>
      <PrivacyPrompt />
    </PageRoot>
  )
}
