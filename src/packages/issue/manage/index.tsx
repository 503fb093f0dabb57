import { ScrollView, Text } from '@tarojs/components'
import {
  QUEUE_VIEW_LABELS,
  QUEUE_VIEWS,
  type IssueQueue,
  type QueueView,
} from '../../../../types/issue'
import { PageState } from '../../../components/page-state'
import { IssueCard } from '../../../pages/issues/issue-card'
import { PagedList } from '../../../components/paged-list'
import { useIssueQueue } from './use-issue-queue'
import { PageRoot } from '../../../components/page-root'
import '../../../pages/issues/issue-card.css'
import '../shared/issue.css'
import './index.css'

const EMPTY: Record<QueueView, string> = {
  pending: '没有待受理的诉求',
  active: '没有正在办理的诉求',
  assignedToMe: '没有指派给你的诉求',
  replied: '没有等待提交人确认的诉求',
  closed: '还没有办结的诉求',
  escalated: '没有逾期督办的诉求',
  held: '没有待审核的内容',
}

export default function IssueQueuePage() {
  const { orgId, view, setView, list, open } = useIssueQueue()
  if (!orgId) {
    return (
      <PageState
        kind="error"
        code="INVALID_ARGUMENT"
        message="链接缺少组织信息，请从诉求页重新进入"
      />
    )
  }
  const { state } = list
  const first: IssueQueue | null = state.status === 'ready' ? state.first : null
  const views = QUEUE_VIEWS.filter((candidate) => candidate !== 'held' || first?.canModerate)

  return (
    <PageRoot className="issue-page issue-queue">
      <ScrollView scrollX className="issue-queue-tabs">
        {views.map((candidate) => (
          <Text
            key={candidate}
            className={`issue-queue-tab ${candidate === view ? 'issue-queue-tab--on' : ''}`}
            data-view={candidate}
            onClick={() => setView(candidate)}
          >
            {QUEUE_VIEW_LABELS[candidate]}
            {first && first.counts[candidate] > 0 ? ` ${first.counts[candidate]}` : ''}
          </Text>
        ))}
      </ScrollView>
      <PagedList list={list} empty={{ title: EMPTY[view], description: '下拉可以刷新' }}>
        {(issues) =>
          issues.map((issue) => <IssueCard key={issue.id} issue={issue} showPeople onOpen={open} />)
        }
      </PagedList>
    </PageRoot>
  )
}
