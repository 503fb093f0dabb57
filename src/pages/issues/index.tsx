import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { isPending, SessionScreen } from '../../components/local-identity-prompt'
import { IssueCard } from './issue-card'
import { PagedList } from '../../components/paged-list'
import {
  boardUrl,
  detailUrl,
  manageUrl,
  SUBMIT_URL,
  useIssuesTab,
  type TabSession,
} from './use-issues-tab'
import { PageRoot } from '../../components/page-root'
import './issue-card.css'
import './index.css'

export default function IssuesPage() {
  const { session, list, retry, open } = useIssuesTab()

  if (isPending(session)) {
    return <SessionScreen state={session} onRetry={retry} pickTestId="issues-pick-identity" />
  }
  return (
    <PageRoot className="issues">
      <View className="issues-hero">
        <Text className="issues-hero__title">身边有问题，告诉支部</Text>
        <Text className="issues-hero__text">
          一分钟说清楚，支部受理、指派专人办理，每一步进展都能看到。
        </Text>
        <Button data-testid="issues-submit" type="primary" block onClick={() => open(SUBMIT_URL)}>
          我要反映
        </Button>
      </View>
      <Shortcuts session={session} open={open} />
      <Text className="issues-section-title">我反映的问题</Text>
      <View className="issues-mine">
        <PagedList
          list={list}
          empty={{
            title: '还没有反映过问题',
            description: '路灯坏了、楼道堆物、邻里矛盾……点上面的“我要反映”，支部会尽快处理。',
          }}
        >
          {(issues) =>
            issues.map((issue) => (
              <IssueCard key={issue.id} issue={issue} onOpen={(id) => open(detailUrl(id))} />
            ))
          }
        </PagedList>
      </View>
    </PageRoot>
  )
}

function Shortcuts({
  session,
  open,
}: {
  session: TabSession & { status: 'ready' }
  open: (url: string) => void
}) {
  const board = session.branches[0]
  return (
    <View className="issues-shortcuts">
      {session.handles.map((org) => (
        <View
          key={org.orgId}
          className="issues-shortcut"
          data-testid="issues-manage"
          data-org={org.orgId}
          onClick={() => open(manageUrl(org.orgId))}
        >
          <Text className="issues-shortcut__title">诉求办理</Text>
          <Text className="issues-shortcut__text">{org.orgName}</Text>
        </View>
      ))}
      <View className="issues-shortcut issues-board" onClick={() => open(boardUrl(board?.orgId))}>
        <Text className="issues-shortcut__title">诉求公示栏</Text>
        <Text className="issues-shortcut__text">
          {board ? board.orgName : '看看支部办了哪些事'}
        </Text>
      </View>
    </View>
  )
}
