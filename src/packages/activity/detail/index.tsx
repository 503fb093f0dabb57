import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_PHASE_LABELS,
  activityFlagNote,
  CHECK_IN_OPENS_MINUTES_BEFORE,
  type ActivityDetail,
} from '../../../../types/activity'
import { PageState } from '../../../components/page-state'
import { ReasonDialog } from '../../../components/reason-dialog'
import { SignInCodeForm } from '../../../components/signin-code-form'
import { MISSING_ORG_MESSAGE, useOrgIdParam, usePageParam } from '../../../hooks/use-page-param'
import { fileUrl } from '../../../platform/files'
import { formatShanghai } from '../../../format/datetime'
import { formatDeadline, formatWindow } from '../shared/format'
import { activityPaths } from '../shared/paths'
import { PhotosSection } from './photos-section'
import { ReflectionsSection } from './reflections-section'
import { useActivity, type Busy } from './use-activity'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/activity.css'
import './index.css'
import { PrivacyPrompt } from '../../../components/privacy-prompt'
import { MINUTE_MS } from '../../../../types/time'

export default function ActivityDetailPage() {
  const orgId = useOrgIdParam()
  const activityId = usePageParam('id')
  if (!orgId || !activityId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <ActivityScreen orgId={orgId} activityId={activityId} />
}

function checkInOpen(activity: ActivityDetail, now: number): boolean {
  if (activity.phase === 'cancelled' || activity.phase === 'held') return false
  const opens = Date.parse(activity.startsAt) - CHECK_IN_OPENS_MINUTES_BEFORE * MINUTE_MS
  return now >= opens && now < Date.parse(activity.endsAt)
}

function ActivityScreen({ orgId, activityId }: { orgId: string; activityId: string }) {
  const detail = useActivity(orgId, activityId)
  const { state, busy, retry } = detail
  const [cancelling, setCancelling] = useState(false)

  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={retry} />
  }
  const activity = state.data
  const full = activity.signedUp >= activity.capacity
  return (
    <PageRoot className="activity-page activity-detail" data-phase={activity.phase}>
      {activity.cover ? (
        <Image
          className="activity-cover"
          src={fileUrl(activity.cover)}
          mode="aspectFill"
          nativeProps={{ alt: '活动封面' }}
        />
      ) : null}
      <View className="card activity-head">
        <View className="activity-card__top">
          <Text className="activity-kind">{ACTIVITY_KIND_LABELS[activity.kind]}</Text>
          <Text
            className={`activity-phase activity-phase--${activity.phase} activity-detail-phase`}
          >
            {ACTIVITY_PHASE_LABELS[activity.phase]}
          </Text>
        </View>
        <Text className="activity-card__title" data-testid="activity-title">
          {activity.title}
        </Text>
        <Text className="activity-card__meta activity-time">
          时间：{formatWindow(activity.startsAt, activity.endsAt)}
        </Text>
        <Text className="activity-card__meta activity-place">地点：{activity.place}</Text>
        <Text className="activity-card__meta">{formatDeadline(activity.signUpBy)}</Text>
        <Text className="activity-card__meta" data-testid="activity-seats">
          名额：已报名 {activity.signedUp}/{activity.capacity}
          {full ? '（已满）' : ''}
        </Text>
        <Text className="activity-card__meta">发布：{activity.orgName}</Text>
        {activity.body ? <Text className="activity-body">{activity.body}</Text> : null}
      </View>

      {activity.phase === 'cancelled' ? (
        <Text className="banner banner--error activity-cancelled">
          活动已取消{activity.cancelReason ? `：${activity.cancelReason}` : ''}
        </Text>
      ) : null}

      {activity.phase === 'held' && activity.contentFlag !== null ? (
        <View className="card activity-held" data-testid="activity-held">
          <Text className="banner banner--error">{activityFlagNote(activity.contentFlag)}</Text>
          <View className="activity-held__actions">
            <Button
              type="primary"
              loading={busy === 'review'}
              onClick={() => detail.reviewActivity(true)}
            >
              审核后发布
            </Button>
            <Button disabled={busy === 'review'} onClick={() => detail.reviewActivity(false)}>
              不予发布
            </Button>
          </View>
        </View>
      ) : null}

      <View className="card activity-my-part">
        {detail.actionError ? (
          <Text className="banner banner--error" data-testid="activity-action-error">
            {detail.actionError}
          </Text>
        ) : null}
        <MyPart
          activity={activity}
          busy={busy}
          full={full}
          onSignUp={detail.signUp}
          onCancelSignUp={detail.cancelSignUp}
          onCheckIn={detail.checkIn}
        />
      </View>

      {activity.canManage ? (
        <ManageBar
          activity={activity}
          orgId={orgId}
          busy={busy}
          onCancel={() => setCancelling(true)}
        />
      ) : null}

      <SignupList activity={activity} />
      <PhotosSection
        activity={activity}
        busy={busy === 'photos' || busy === 'review' || detail.photos.uploading > 0}
        upload={detail.photos}
        onAdd={detail.addPhotos}
        onReview={detail.reviewPhoto}
      />
      <ReflectionsSection
        key={activity.myReflection?.at ?? 'none'}
        activity={activity}
        busy={busy === 'reflection' || busy === 'review'}
        onSubmit={detail.submitReflection}
        onReview={detail.reviewReflection}
      />
      {process.env.TARO_ENV === 'h5' ? null : (
        <View className="activity-share">
          <Button className="activity-share-button" block openType="share">
            分享到支部群
          </Button>
        </View>
      )}
      {cancelling ? (
        <ReasonDialog
          className="activity-cancel-dialog"
          title="取消活动"
          hint={`取消“${activity.title}”后不能恢复，已报名的同志会看到取消原因。`}
          confirmText="确认取消活动"
          cancelText="再想想"
          placeholder="取消原因（必填，如：天气原因改期）"
          missing="请写明取消原因"
          onSubmit={detail.cancelActivity}
          onClose={() => setCancelling(false)}
        />
      ) : null}
      <PrivacyPrompt />
    </PageRoot>
  )
}

interface MyPartProps {
  activity: ActivityDetail
  busy: Busy
  full: boolean
  onSignUp: () => void
  onCancelSignUp: () => void
  onCheckIn: (code: string) => Promise<string>
}

/** Sign-up, cancel and check-in: what the caller can do now, and why not when they cannot. */
function MyPart({ activity, busy, full, onSignUp, onCancelSignUp, onCheckIn }: MyPartProps) {
  const { phase, mine } = activity
  if (phase === 'cancelled') return <Text className="activity-hint">活动已取消，无需报名</Text>
  if (phase === 'held') {
    return <Text className="activity-hint">活动待审核，发布后支部党员才能看到和报名</Text>
  }
  if (mine === 'checkedIn') {
    return <Text className="activity-checked-in">你已签到，感谢参加</Text>
  }
  const open = checkInOpen(activity, Date.now())
  if (mine === 'signedUp') {
    return (
      <View>
        <Text className="activity-signed-up">你已报名</Text>
        {open ? (
          <SignInCodeForm
            kind="activity"
            id={activity.id}
            busy={busy === 'checkIn'}
            onSubmit={onCheckIn}
          />
        ) : phase === 'ended' ? (
          <Text className="activity-hint">活动已结束，你没有签到</Text>
        ) : (
          <Text className="activity-hint">
            签到在活动开始前 {CHECK_IN_OPENS_MINUTES_BEFORE} 分钟开放（
            {formatShanghai(activity.startsAt, 'M月D日 HH:mm')} 开始）
          </Text>
        )}
        {phase === 'signup' ? (
          <Button
            className="activity-cancel-sign-up"
            size="small"
            fill="outline"
            loading={busy === 'cancelSignUp'}
            disabled={busy !== ''}
            onClick={onCancelSignUp}
          >
            取消报名
          </Button>
        ) : null}
      </View>
    )
  }
  if (phase !== 'signup') {
    return (
      <Text className="activity-hint activity-closed">
        {phase === 'ended' ? '活动已结束' : '报名已截止，如需参加请联系活动负责人'}
      </Text>
    )
  }
  return (
    <View>
      {full ? (
        <Text className="activity-hint" data-testid="activity-full">
          名额已满，本次活动报不上了
        </Text>
      ) : null}
      <Button
        data-testid="activity-sign-up"
        type="primary"
        block
        loading={busy === 'signUp'}
        disabled={busy !== '' || full}
        onClick={onSignUp}
      >
        {full ? '名额已满' : '报名参加'}
      </Button>
    </View>
  )
}

interface ManageBarProps {
  activity: ActivityDetail
  orgId: string
  busy: Busy
  onCancel: () => void
}

function ManageBar({ activity, orgId, busy, onCancel }: ManageBarProps) {
  const live =
    activity.phase !== 'cancelled' && activity.phase !== 'ended' && activity.phase !== 'held'
  if (!live) return null
  return (
    <View className="card activity-manage">
      <Text className="activity-section__title">活动管理</Text>
      {checkInOpen(activity, Date.now()) ? (
        <Button
          data-testid="activity-show-code"
          type="primary"
          block
          onClick={() => void Taro.navigateTo({ url: activityPaths.signIn(orgId, activity.id) })}
        >
          显示签到码
        </Button>
      ) : (
        <Text className="activity-hint">
          签到码在活动开始前 {CHECK_IN_OPENS_MINUTES_BEFORE} 分钟可以打开
        </Text>
      )}
      <Button
        className="activity-cancel-activity"
        block
        fill="none"
        disabled={busy !== ''}
        onClick={onCancel}
      >
        取消活动
      </Button>
    </View>
  )
}

function SignupList({ activity }: { activity: ActivityDetail }) {
  return (
    <View className="card activity-signups">
      <Text className="activity-section__title">
        报名名单（{activity.signups.length}/{activity.capacity}）
      </Text>
      {activity.signups.length === 0 ? (
        <Text className="activity-hint">还没有人报名</Text>
      ) : (
        <View className="activity-signup-names">
          {activity.signups.map((signup) => (
            <Text
              key={signup.openid}
              className={`activity-signup${signup.checkedIn ? ' activity-signup--in' : ''}`}
              data-openid={signup.openid}
            >
              {signup.nickname}
              {signup.checkedIn ? ' ✓' : ''}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
