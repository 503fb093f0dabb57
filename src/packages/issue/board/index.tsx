import { Text, View } from '@tarojs/components'
import { ISSUE_CATEGORY_LABELS } from '../../../../types/issue'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { PagedList } from '../../../components/paged-list'
import { useBoard } from './use-board'
import { PageRoot } from '../../../components/page-root'
import '../../../pages/issues/issue-card.css'
import '../../../components/card/index.css'
import '../shared/issue.css'
import './index.css'

export default function IssueBoardPage() {
  const { orgId, chooseBranch, branches, loadBranches, list } = useBoard()

  if (!orgId) {
    if (branches.status === 'loading') return <PageState kind="loading" />
    if (branches.status === 'error') {
      return (
        <PageState kind="error" message={branches.message} onRetry={() => void loadBranches()} />
      )
    }
    return (
      <PageRoot className="issue-page">
        <Text className="issue-section__hint issue-board__pick">选择要看的支部</Text>
        {branches.options.map((branch) => (
          <View
            key={branch.id}
            className="card issue-board-branch"
            data-id={branch.id}
            onClick={() => chooseBranch(branch.id)}
          >
            <Text>{branch.name}</Text>
          </View>
        ))}
      </PageRoot>
    )
  }

  const { state } = list
  return (
    <PageRoot className="issue-page issue-board">
      {state.status === 'ready' ? (
        <Text className="issue-section__hint issue-board__intro">
          {state.first.orgName}办结的群众诉求，经提交人同意后公示，不含个人信息。
        </Text>
      ) : null}
      <PagedList
        list={list}
        empty={{
          title: '公示栏还是空的',
          description: '办结并经提交人同意公示的诉求会显示在这里',
        }}
      >
        {(items) =>
          items.map((item) => (
            <View key={item.id} className="card issue-board-item" data-id={item.id}>
              <View className="issue-card__top">
                <Text className="issue-card__category">{ISSUE_CATEGORY_LABELS[item.category]}</Text>
                <Text className="issue-board-item__date">
                  {formatShanghai(item.resolvedAt, 'YYYY年M月D日')}办结
                </Text>
              </View>
              <Text className="issue-board-item__body">{item.body}</Text>
              {item.reply ? (
                <Text className="issue-board-item__reply">
                  <Text className="issue-board-item__label">支部答复：</Text>
                  {item.reply}
                </Text>
              ) : null}
              {item.rating ? (
                <Text className="issue-board-item__rating">
                  群众评价 {'★'.repeat(item.rating)}
                  {'☆'.repeat(5 - item.rating)}
                </Text>
              ) : null}
            </View>
          ))
        }
      </PagedList>
    </PageRoot>
  )
}
