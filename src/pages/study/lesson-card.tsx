import { Image, Text, View } from '@tarojs/components'
import type { LessonCard } from '../../../types/lesson'
import { formatShanghai } from '../../format/datetime'
import { fileUrl } from '../../platform/files'

/** One lesson on the 学习 tab: what it is, how long it takes, and how far the reader has got. */
export function StudyLessonCard({ lesson, onOpen }: { lesson: LessonCard; onOpen: () => void }) {
  const { progress } = lesson
  return (
    <View className="study-card" data-id={lesson.id} onClick={onOpen}>
      <View className="study-card__main">
        {lesson.pinned || lesson.due ? (
          <View className="study-card__badges">
            {lesson.pinned ? <Text className="study-badge study-badge--pinned">置顶</Text> : null}
            {lesson.due ? (
              <Text className="study-badge study-badge--due">
                规定动作 · {formatShanghai(lesson.due, 'M月D日')}前
              </Text>
            ) : null}
          </View>
        ) : null}
        <Text className="study-card__title">{lesson.title}</Text>
        {lesson.summary ? <Text className="study-card__summary">{lesson.summary}</Text> : null}
        <View className="study-card__meta">
          <Text>
            约 {lesson.minutes} 分钟 · {lesson.orgName}
            {lesson.tags[0] ? ` · ${lesson.tags[0]}` : ''}
          </Text>
          {progress?.completed ? (
            <Text className="study-card__progress study-card__progress--done">已学完</Text>
          ) : progress && progress.percent > 0 ? (
            <Text className="study-card__progress">读到 {progress.percent}%</Text>
          ) : null}
        </View>
      </View>
      {lesson.coverFileId ? (
        <Image
          className="study-card__cover"
          src={fileUrl(lesson.coverFileId)}
          mode="aspectFill"
          lazyLoad
          nativeProps={{ alt: '' }}
        />
      ) : null}
    </View>
  )
}
