import { Text, View } from '@tarojs/components'
import {
  HELD_LABEL,
  ISSUE_CATEGORY_LABELS,
  ISSUE_STATUS_LABELS,
  type IssueSummary,
} from '../../../types/issue'
import { formatShanghai } from '../../format/datetime'

/** 审核中 while held, else the case's status; overdue and escalated cases say so too. */
export function IssueStatusBadge({ issue }: { issue: Pick<IssueSummary, 'status' | 'held'> }) {
  const key = issue.held ? 'held' : issue.status
  return (
    <Text className={`issue-status issue-status--${key}`}>
      {issue.held ? HELD_LABEL : ISSUE_STATUS_LABELS[issue.status]}
    </Text>
  )
}

interface IssueCardProps {
  issue: IssueSummary
  /** Handlers see who sent it (or 匿名提交人) and who handles it. */
  showPeople?: boolean
  onOpen: (id: string) => void
}

/** One case in a list: the 诉求 tab and the handler's lists. */
export function IssueCard({ issue, showPeople = false, onOpen }: IssueCardProps) {
  return (
    <View
      className="issue-card"
      data-testid="issue-item"
      data-id={issue.id}
      onClick={() => onOpen(issue.id)}
    >
      <View className="issue-card__top">
        <Text className="issue-card__category">{ISSUE_CATEGORY_LABELS[issue.category]}</Text>
        <IssueStatusBadge issue={issue} />
      </View>
      <Text className="issue-card__excerpt issue-excerpt">{issue.excerpt}</Text>
      <View className="issue-card__meta">
        <Text>{formatShanghai(issue.submittedAt, 'M月D日 HH:mm')}</Text>
        <Text> · {issue.orgName}</Text>
        {showPeople ? <Text className="issue-submitter"> · {issue.submitterName}</Text> : null}
        {showPeople && issue.assigneeName ? <Text> · 办理人 {issue.assigneeName}</Text> : null}
        {issue.photoCount > 0 ? <Text> · {issue.photoCount} 张照片</Text> : null}
      </View>
      {issue.overdue || issue.escalated ? (
        <View className="issue-card__flags">
          {issue.overdue ? <Text className="issue-flag issue-flag--overdue">已逾期</Text> : null}
          {issue.escalated ? (
            <Text className="issue-flag issue-flag--escalated">上级督办</Text>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
