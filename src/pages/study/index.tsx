import Taro from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StudyMeta } from '../../../types/lesson'
import { isPending, SessionScreen } from '../../components/local-identity-prompt'
import { PageState } from '../../components/page-state'
import { PagedList } from '../../components/paged-list'
import { StudyLessonCard } from './lesson-card'
import { canReview, canWrite, useStudyFeed, type StudySession } from './use-study-feed'
import { PageRoot } from '../../components/page-root'
import './index.css'

const READER_URL = '/packages/lesson/reader/index'
const EDITOR_URL = '/packages/lesson/editor/index'
const MINE_URL = '/packages/lesson/mine/index'
const REVIEW_URL = '/packages/lesson/review/index'

type ReadySession = Extract<StudySession, { status: 'ready' }>

export default function StudyPage() {
  const { session, retrySession, ...feed } = useStudyFeed()

  if (isPending(session)) {
    return <SessionScreen state={session} onRetry={retrySession} pickTestId="study-pick-identity" />
  }
  switch (session.status) {
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
      return <StudyFeedView session={session} {...feed} />
  }
}

type Feed = Omit<ReturnType<typeof useStudyFeed>, 'session' | 'retrySession'>

function StudyFeedView({ session, list, tag, meta, selectTag }: Feed & { session: ReadySession }) {
  const tags = meta?.tags ?? []
  return (
    <PageRoot className="study">
      {canWrite(session.roles) ? <AuthorTools session={session} meta={meta} /> : null}
      {tags.length > 0 ? (
        <ScrollView className="study-tags" scrollX enableFlex>
          {['', ...tags].map((chip) => (
            <Text
              key={chip || 'all'}
              className={`study-tag${tag === chip ? ' study-tag--active' : ''}`}
              data-tag={chip}
              onClick={() => {
                if (tag !== chip) selectTag(chip)
              }}
            >
              {chip || '全部'}
            </Text>
          ))}
        </ScrollView>
      ) : null}
      <PagedList
        list={list}
        empty={{
          title: tag ? '这个标签下还没有微党课' : '还没有微党课',
          description: tag
            ? '换个标签看看'
            : `${session.orgName}和上级党组织发布的微党课会出现在这里，每篇 3–5 分钟。`,
        }}
      >
        {(lessons) =>
          lessons.map((lesson) => (
            <StudyLessonCard
              key={lesson.id}
              lesson={lesson}
              onOpen={() => void Taro.navigateTo({ url: `${READER_URL}?id=${lesson.id}` })}
            />
          ))
        }
      </PagedList>
    </PageRoot>
  )
}

/** For 书记, 支委 and admins: write, see their own lessons, and review what waits for them. */
function AuthorTools({ session, meta }: { session: ReadySession; meta: StudyMeta | null }) {
  const mine = meta?.mine
  const pending = meta?.pendingReview ?? 0
  const open = (url: string) => () => void Taro.navigateTo({ url })
  return (
    <View className="study-tools">
      <Text
        className="study-tool study-write"
        onClick={open(`${EDITOR_URL}?orgId=${session.orgId}`)}
      >
        写微党课
      </Text>
      <Text className="study-tool" data-testid="study-mine" onClick={open(MINE_URL)}>
        我写的
        {mine && mine.rejected > 0 ? (
          <Text className="study-tool__badge">{mine.rejected} 篇退回</Text>
        ) : null}
      </Text>
      {canReview(session.roles) ? (
        <Text
          className="study-tool"
          data-testid="study-review"
          onClick={open(`${REVIEW_URL}?orgId=${session.orgId}`)}
        >
          待审核
          {pending > 0 ? (
            <Text className="study-tool__badge" data-testid="study-review-count">
              {pending}
            </Text>
          ) : null}
        </Text>
      ) : null}
    </View>
  )
}
