import { Text, View } from '@tarojs/components'
import { MINIMUM_EVIDENCE_NOTE, type BranchCompletion } from '../../../../types/lesson'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { useLessonStats } from './use-lesson-stats'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/lesson.css'
import './index.css'

function rate({ members, completed }: BranchCompletion): number {
  return members > 0 ? Math.round((completed / members) * 100) : 0
}

/**
 * How far each branch has got with one lesson: a rate per branch, never a ranking of people. The
 * branch secretary also reads their members' reflections here.
 */
export default function LessonStatsPage() {
  const { state, retry } = useLessonStats()
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={retry} />
  }
  const { lesson, branches, reflections } = state.data
  return (
    <PageRoot className="card-page lesson-stats">
      <View className="card card--stack">
        <Text className="lesson-row__title stats-title">{lesson.title}</Text>
        <Text className="card__meta">
          {lesson.due ? `规定动作 · ${formatShanghai(lesson.due, 'M月D日')}前完成` : '自主学习'}
        </Text>
      </View>

      {branches.length === 0 ? (
        <PageState kind="empty" title="还没有可统计的支部" />
      ) : (
        branches.map((branch) => (
          <View
            key={branch.orgId}
            className="card card--stack"
            data-testid="lesson-stats-branch"
            data-org={branch.orgId}
          >
            <View className="stats-branch__top">
              <Text className="stats-branch__name">{branch.name}</Text>
              <Text className="stats-branch__rate">{rate(branch)}%</Text>
            </View>
            <View className="stats-bar">
              <View className="stats-bar__fill" style={{ width: `${rate(branch)}%` }} />
            </View>
            <Text className="card__meta" data-testid="stats-branch__count">
              已学完 {branch.completed} / {branch.members} 人
            </Text>
            {branch.byMinimum > 0 ? (
              <Text
                className="card__meta stats-branch__minimum"
                data-testid="stats-branch__minimum"
              >
                其中 {branch.byMinimum} 人{MINIMUM_EVIDENCE_NOTE}
              </Text>
            ) : null}
          </View>
        ))
      )}

      {reflections ? (
        <View className="lesson-section stats-reflections">
          <Text className="lesson-section__title">学习心得（仅你可见）</Text>
          {reflections.length === 0 ? (
            <Text className="lesson-section__text">还没有人写心得</Text>
          ) : (
            reflections.map((item, index) => (
              <View key={index} className="stats-reflection">
                <Text className="stats-reflection__text">“{item.reflection}”</Text>
                <Text className="stats-reflection__who">
                  {item.nickname} · {formatShanghai(item.completedAt, 'M月D日')}
                  {item.evidence === 'minimum' ? ` · ${MINIMUM_EVIDENCE_NOTE}` : ''}
                </Text>
              </View>
            ))
          )}
        </View>
      ) : null}
    </PageRoot>
  )
}
