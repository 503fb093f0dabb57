import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import {
  CONTACT_LABELS,
  ISSUE_CATEGORY_LABELS,
  TIMELINE_LABELS,
  type IssueDetail,
} from '../../../../types/issue'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { fileUrl } from '../../../platform/files'
import { IssueStatusBadge } from '../../../pages/issues/issue-card'
import { AssignPanel, ConfirmPanel, RejectPanel, ReopenPanel, ReplyPanel } from './panels'
import { useIssueDetail } from './use-issue-detail'
import { PageRoot } from '../../../components/page-root'
import '../../../pages/issues/issue-card.css'
import '../../../components/card/index.css'
import '../shared/issue.css'
import './index.css'
import { CheckingBadge } from '../../../components/checking-badge'
import { PrivacyPrompt } from '../../../components/privacy-prompt'

export default function IssueDetailPage() {
  const detail = useIssueDetail()
  const { state } = detail
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return (
      <PageState kind="error" code={state.code} message={state.message} onRetry={detail.retry} />
    )
  }
  const issue = state.data
  return (
    <PageRoot className="issue-page" data-testid="issue-detail" data-status={issue.status}>
      <Header issue={issue} />
      <Notices issue={issue} />
      <Content issue={issue} />
      {issue.reply ? <ReplyCard issue={issue} /> : null}
      <Timeline issue={issue} />
      <Steps detail={detail} issue={issue} />
      <PrivacyPrompt />
    </PageRoot>
  )
}

function Header({ issue }: { issue: IssueDetail }) {
  return (
    <View className="card issue-detail__header">
      <View className="issue-card__top">
        <Text className="issue-detail__category">{ISSUE_CATEGORY_LABELS[issue.category]}</Text>
        <IssueStatusBadge issue={issue} />
      </View>
      <Text className="issue-detail__meta">
        {issue.orgName} · {formatShanghai(issue.submittedAt)} 提交
      </Text>
      {issue.status !== 'resolved' && issue.status !== 'rejected' && !issue.held ? (
        <Text className={`issue-detail__due ${issue.overdue ? 'issue-detail__due--late' : ''}`}>
          {issue.overdue ? '已超过办理期限' : `${formatShanghai(issue.dueAt, 'M月D日')}前答复`}
          {issue.assigneeName ? ` · 办理人 ${issue.assigneeName}` : ''}
        </Text>
      ) : null}
    </View>
  )
}

function Notices({ issue }: { issue: IssueDetail }) {
  return (
    <>
      {issue.held && issue.mine ? (
        <Text className="banner banner--calm" data-testid="issue-held-note">
          内容审核中：为保护大家的信息安全，你的诉求需要工作人员看一下，审核通过后支部会尽快受理。审核期间只有你能看到这条诉求。
        </Text>
      ) : null}
      {issue.escalation ? (
        <Text className="banner banner--warn issue-escalated-note">
          已超过办理期限，已于 {formatShanghai(issue.escalation.at, 'M月D日')} 提请
          {issue.escalation.orgName}督办。
        </Text>
      ) : null}
      {issue.status === 'rejected' && issue.rejectReason ? (
        <Text className="banner banner--warn issue-reject-note">未受理：{issue.rejectReason}</Text>
      ) : null}
      {issue.anonymous ? (
        <Text className="banner banner--calm issue-anonymous-note">
          {issue.mine
            ? '你选择了匿名反映：办理人看不到你是谁。'
            : '提交人选择匿名反映，身份对办理人保密；请在小程序里答复。'}
        </Text>
      ) : null}
    </>
  )
}

/** Checked photos, then those still being checked (marked 审核中; only their viewer gets them). */
function Photos({ photos, checking }: { photos: string[]; checking: string[] }) {
  if (photos.length + checking.length === 0) return null
  const all = [...photos, ...checking]
  const urls = all.map(fileUrl)
  return (
    <View className="issue-photos issue-detail__photos">
      {urls.map((url, index) => (
        <View key={url} className="issue-photo">
          <Image
            className="issue-photo__image"
            data-testid="issue-detail-photo"
            src={url}
            mode="aspectFill"
            nativeProps={{ alt: `诉求照片 ${index + 1}` }}
            onClick={() => void Taro.previewImage({ urls, current: url })}
          />
          {index >= photos.length ? <CheckingBadge /> : null}
        </View>
      ))}
    </View>
  )
}

function Content({ issue }: { issue: IssueDetail }) {
  return (
    <View className="card">
      <Text className="issue-detail__body" data-testid="issue-detail-body">
        {issue.body}
      </Text>
      <Photos photos={issue.photos} checking={issue.checkingPhotos ?? []} />
      {issue.place ? (
        <Text className="issue-detail__line issue-detail-place">
          地点：{issue.place.name}
          {issue.place.address ? `（${issue.place.address}）` : ''}
        </Text>
      ) : null}
      <Text className="issue-detail__line">
        {issue.mine ? '联系方式' : '提交人'}：
        {issue.mine
          ? CONTACT_LABELS[issue.contact]
          : `${issue.submitterName} · ${CONTACT_LABELS[issue.contact]}`}
      </Text>
      {issue.contactPhone && !issue.mine ? (
        <Text
          className="issue-link issue-contact-call"
          onClick={() => void Taro.makePhoneCall({ phoneNumber: issue.contactPhone })}
        >
          拨打 {issue.contactPhone}
        </Text>
      ) : null}
    </View>
  )
}

function ReplyCard({ issue }: { issue: IssueDetail }) {
  const reply = issue.reply
  if (!reply) return null
  return (
    <View className="card issue-reply-card">
      <Text className="issue-section__title">支部答复</Text>
      <Text className="issue-detail__body" data-testid="issue-reply-text">
        {reply.body}
      </Text>
      <Photos photos={reply.photos} checking={reply.checkingPhotos ?? []} />
      <Text className="issue-detail__line">
        {reply.by} · {formatShanghai(reply.at)}
      </Text>
      {issue.rating ? (
        <Text className="issue-detail__line" data-testid="issue-rating" data-rating={issue.rating}>
          评价：{'★'.repeat(issue.rating)}
          {'☆'.repeat(5 - issue.rating)}
          {issue.ratingComment ? ` ${issue.ratingComment}` : ''}
        </Text>
      ) : null}
    </View>
  )
}

function Timeline({ issue }: { issue: IssueDetail }) {
  return (
    <View className="card" data-testid="issue-timeline">
      <Text className="issue-section__title">办理进度</Text>
      {[...issue.timeline].reverse().map((entry, index) => (
        <View
          key={`${entry.at}-${entry.kind}-${index}`}
          className="issue-timeline-entry"
          data-kind={entry.kind}
        >
          <View className="issue-timeline-entry__dot" />
          <View className="issue-timeline-entry__main">
            <Text className="issue-timeline-entry__title">
              {TIMELINE_LABELS[entry.kind]} · {entry.actor}
            </Text>
            {entry.note ? <Text className="issue-timeline-entry__note">{entry.note}</Text> : null}
            <Text className="issue-timeline-entry__time">{formatShanghai(entry.at)}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}

function Steps({
  detail,
  issue,
}: {
  detail: ReturnType<typeof useIssueDetail>
  issue: IssueDetail
}) {
  const { panel, busy, error } = detail
  const allowed = new Set(issue.allowed)
  const common = { busy, error, onCancel: detail.closePanel }

  if (panel === 'reject') return <RejectPanel {...common} onSubmit={(r) => void detail.reject(r)} />
  if (panel === 'reopen') return <ReopenPanel {...common} onSubmit={(r) => void detail.reopen(r)} />
  if (panel === 'reply') {
    return <ReplyPanel {...common} onSubmit={(body, photos) => void detail.reply(body, photos)} />
  }
  if (panel === 'confirm') {
    return (
      <ConfirmPanel
        {...common}
        initialConsent={issue.publicConsent}
        onSubmit={(rating, comment, consent) => void detail.confirm(rating, comment, consent)}
      />
    )
  }
  if (panel === 'assign') {
    return (
      <AssignPanel
        assignees={detail.assignees}
        busy={busy}
        error={error}
        onAssign={(id) => void detail.assign(id)}
        onCancel={detail.closePanel}
      />
    )
  }
  if (allowed.size === 0) return null

  const button = (key: string, text: string, onClick: () => void, primary = false) => (
    <Button
      key={key}
      className="issue-step"
      data-testid={`issue-${key}`}
      type={primary ? 'primary' : 'default'}
      disabled={busy}
      onClick={onClick}
    >
      {text}
    </Button>
  )
  return (
    <>
      {error ? <Text className="banner banner--error issue-step-error">{error}</Text> : null}
      <View className="issue-bottom-bar">
        {allowed.has('reject')
          ? button('reject', '不予受理', () => void detail.openPanel('reject'))
          : null}
        {allowed.has('accept') ? button('accept', '受理', () => void detail.accept(), true) : null}
        {allowed.has('assign')
          ? button(
              'assign',
              issue.assigneeName ? '改派' : '指派',
              () => void detail.openPanel('assign'),
              !allowed.has('reply'),
            )
          : null}
        {allowed.has('start') ? button('start', '开始办理', () => void detail.start()) : null}
        {allowed.has('reply')
          ? button('reply', '答复', () => void detail.openPanel('reply'), true)
          : null}
        {allowed.has('reopen')
          ? button('reopen', '还没解决', () => void detail.openPanel('reopen'))
          : null}
        {allowed.has('confirm')
          ? button('confirm', '确认办结', () => void detail.openPanel('confirm'), true)
          : null}
        {allowed.has('publish')
          ? button('publish', '公示', () => void detail.publish(true), true)
          : null}
        {allowed.has('unpublish')
          ? button('unpublish', '撤下公示', () => void detail.publish(false))
          : null}
        {allowed.has('moderate')
          ? button('block', '不通过', () => void detail.moderate(false))
          : null}
        {allowed.has('moderate')
          ? button('release', '审核通过', () => void detail.moderate(true), true)
          : null}
      </View>
    </>
  )
}
