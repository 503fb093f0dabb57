import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { LESSON_STATUS_LABELS, type MyLessonItem } from '../../../../types/lesson'
import { PagedList } from '../../../components/paged-list'
import { formatShanghai } from '../../../format/datetime'
import { EDITOR_URL, HOLD_MESSAGES, READER_URL } from '../shared/copy'
import { useMyLessons } from './use-my-lessons'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/lesson.css'

function open(lesson: MyLessonItem) {
  const editable = lesson.status === 'draft' || lesson.status === 'rejected'
  void Taro.navigateTo({ url: `${editable ? EDITOR_URL : READER_URL}?id=${lesson.id}` })
}

/** Every lesson the author wrote and where it stands: draft, in review, sent back (why), published. */
export default function MyLessonsPage() {
  const list = useMyLessons()
  return (
    <PageRoot className="card-page my-lessons">
      <PagedList
        list={list}
        empty={{
          title: '还没有写过微党课',
          description: '在“学习”页点“写微党课”，写好后提交审核，由书记或上级管理员审核后发布。',
        }}
      >
        {(lessons) =>
          lessons.map((lesson) => (
            <View
              key={lesson.id}
              className="card card--stack"
              data-testid="my-lesson"
              data-id={lesson.id}
              onClick={() => open(lesson)}
            >
              <View>
                <Text
                  className={`lesson-badge lesson-badge--${lesson.status}`}
                  data-testid="my-lesson__status"
                >
                  {LESSON_STATUS_LABELS[lesson.status]}
                </Text>
              </View>
              <Text className="lesson-row__title my-lesson__title">
                {lesson.title || '（无标题）'}
              </Text>
              <Text className="card__meta">
                {lesson.orgName} · 约 {lesson.minutes} 分钟 ·{' '}
                {`${formatShanghai(lesson.updatedAt, 'M月D日 HH:mm')} 更新`}
              </Text>
              {lesson.status === 'rejected' && lesson.reviewNote ? (
                <Text className="lesson-row__note" data-testid="my-lesson__note">
                  退回意见：{lesson.reviewNote}
                </Text>
              ) : null}
              {lesson.hold ? (
                <Text className="lesson-row__note my-lesson__hold">
                  {HOLD_MESSAGES[lesson.hold]}
                </Text>
              ) : null}
              {lesson.status === 'draft' || lesson.status === 'rejected' ? (
                <View className="my-lesson__actions">
                  <Button className="my-lesson__edit" size="small">
                    继续修改
                  </Button>
                </View>
              ) : null}
            </View>
          ))
        }
      </PagedList>
    </PageRoot>
  )
}
