import Taro from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ListFooter } from '../../components/list-footer'
import { LocalIdentityPrompt } from '../../components/local-identity-prompt'
import { PageState } from '../../components/page-state'
import { StudyLessonCard } from './lesson-card'
import { canReview, canWrite, useStudyFeed, type StudyFeed } from './use-study-feed'
import './index.css'

const READER_URL = '/packages/lesson/reader/index'
const EDITOR_URL = '/packages/lesson/editor/index'
const MINE_URL = '/packages/lesson/mine/index'
const REVIEW_URL = '/packages/lesson/review/index'

export default function StudyPage() {
  const { state, retry, loadMore, selectTag } = useStudyFeed()

  switch (state.status) {
    case 'loading':
      return <PageState kind="loading" />
    case 'error':
      return <PageState kind="error" message={state.message} onRetry={retry} />
    case 'needs-identity':
      return <LocalIdentityPrompt buttonClassName="study-pick-identity" />
    case 'no-membership':
      return (
        <PageState
          kind="empty"
          title="加入支部后就能在这里学习"
          description="这里会推送本支部和上级党组织发布的 3–5 分钟微党课，学完即可，不排名、不打卡。"
          action={
            <Button
              className="study-go-branch"
              type="primary"
              onClick={() => void Taro.switchTab({ url: '/pages/branch/index' })}
            >
              去加入支部
            </Button>
          }
        />
      )
    case 'ready':
      return <StudyFeedView feed={state} loadMore={loadMore} selectTag={selectTag} />
  }
}

interface FeedViewProps {
  feed: StudyFeed
  loadMore: () => void
  selectTag: (tag: string) => void
}

function StudyFeedView({ feed, loadMore, selectTag }: FeedViewProps) {
  const writes = canWrite(feed.roles)
  const tags = feed.meta?.tags ?? []
  return (
    <View className="study">
      {writes ? <AuthorTools feed={feed} /> : null}
      {tags.length > 0 ? (
        <ScrollView className="study-tags" scrollX enableFlex>
          {['', ...tags].map((tag) => (
            <Text
              key={tag || 'all'}
              className={`study-tag${feed.tag === tag ? ' study-tag--active' : ''}`}
              data-tag={tag}
              onClick={() => {
                if (feed.tag !== tag) selectTag(tag)
              }}
            >
              {tag || '全部'}
            </Text>
          ))}
        </ScrollView>
      ) : null}
      {feed.items.length === 0 && !feed.loadingMore ? (
        <PageState
          kind="empty"
          title={feed.tag ? '这个标签下还没有微党课' : '还没有微党课'}
          description={
            feed.tag
              ? '换个标签看看'
              : `${feed.orgName}和上级党组织发布的微党课会出现在这里，每篇 3–5 分钟。`
          }
        />
      ) : (
        feed.items.map((lesson) => (
          <StudyLessonCard
            key={lesson.id}
            lesson={lesson}
            onOpen={() => void Taro.navigateTo({ url: `${READER_URL}?id=${lesson.id}` })}
          />
        ))
      )}
      <ListFooter
        count={feed.items.length}
        nextPage={feed.nextPage}
        loadingMore={feed.loadingMore}
        moreError={feed.moreError}
        onLoadMore={loadMore}
      />
    </View>
  )
}

/** For 书记, 支委 and admins: write, see their own lessons, and review what waits for them. */
function AuthorTools({ feed }: { feed: StudyFeed }) {
  const mine = feed.meta?.mine
  const pending = feed.meta?.pendingReview ?? 0
  const open = (url: string) => () => void Taro.navigateTo({ url })
  return (
    <View className="study-tools">
      <Text className="study-tool study-write" onClick={open(`${EDITOR_URL}?orgId=${feed.orgId}`)}>
        写微党课
      </Text>
      <Text className="study-tool study-mine" onClick={open(MINE_URL)}>
        我写的
        {mine && mine.rejected > 0 ? (
          <Text className="study-tool__badge">{mine.rejected} 篇退回</Text>
        ) : null}
      </Text>
      {canReview(feed.roles) ? (
        <Text
          className="study-tool study-review"
          onClick={open(`${REVIEW_URL}?orgId=${feed.orgId}`)}
        >
          待审核
          {pending > 0 ? (
            <Text className="study-tool__badge study-review-count">{pending}</Text>
          ) : null}
        </Text>
      ) : null}
    </View>
  )
}
