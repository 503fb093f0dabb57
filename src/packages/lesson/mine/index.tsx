import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { LESSON_STATUS_LABELS, type MyLessonItem } from '../../../../types/lesson'
import { ListFooter } from '../../../components/list-footer'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { EDITOR_URL, HOLD_MESSAGES, READER_URL } from '../shared/copy'
import { useMyLessons } from './use-my-lessons'
import '../shared/lesson.css'

function open(lesson: MyLessonItem) {
  const editable = lesson.status === 'draft' || lesson.status === 'rejected'
  void Taro.navigateTo({ url: `${editable ? EDITOR_URL : READER_URL}?id=${lesson.id}` })
}

/** Every lesson the author wrote and where it stands: draft, in review, sent back (why), published. */
export default function MyLessonsPage() {
  const { state, retry, loadMore } = useMyLessons()
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  if (state.items.length === 0) {
    return (
      <PageState
        kind="empty"
        title="还没有写过微党课"
        description="在“学习”页点“写微党课”，写好后提交给支部书记审核。"
      />
    )
  }
  return (
    <View className="lesson-page my-lessons">
      {state.items.map((lesson) => (
        <View
          key={lesson.id}
          className="lesson-row my-lesson"
          data-id={lesson.id}
          onClick={() => open(lesson)}
        >
          <View>
            <Text className={`lesson-badge lesson-badge--${lesson.status} my-lesson__status`}>
              {LESSON_STATUS_LABELS[lesson.status]}
            </Text>
          </View>
          <Text className="lesson-row__title my-lesson__title">{lesson.title || '（无标题）'}</Text>
          <Text className="lesson-row__meta">
            {lesson.orgName} · 约 {lesson.minutes} 分钟 ·{' '}
            {formatShanghai(lesson.updatedAt, 'M月D日 HH:mm')}
            更新
          </Text>
          {lesson.status === 'rejected' && lesson.reviewNote ? (
            <Text className="lesson-row__note my-lesson__note">退回意见：{lesson.reviewNote}</Text>
          ) : null}
          {lesson.hold ? (
            <Text className="lesson-row__note my-lesson__hold">{HOLD_MESSAGES[lesson.hold]}</Text>
          ) : null}
          {lesson.status === 'draft' || lesson.status === 'rejected' ? (
            <View className="my-lesson__actions">
              <Button className="my-lesson__edit" size="small">
                继续修改
              </Button>
            </View>
          ) : null}
        </View>
      ))}
      <ListFooter
        count={state.items.length}
        nextPage={state.nextPage}
        loadingMore={state.loadingMore}
        moreError={state.moreError}
        onLoadMore={loadMore}
      />
    </View>
  )
}
