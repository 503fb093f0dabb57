import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { BranchHome, SignInStanding } from '../../../types/org'
import { SignInCodeForm } from '../../components/signin-code-form'
import { formatShanghai } from '../../format/datetime'

export interface TodoItem {
  key: string
  label: string
  /** A line under the label (until when, what is overdue). */
  detail: string
  /** The badge: how many wait; 0 shows none. */
  count: number
  /** The one tap: where it opens. */
  url: string
  /** The button's word. */
  go: string
  /** Done already (signed in, on leave): shown quietly, no badge. */
  done: boolean
  /** A meeting the person is to sign in to now: the code box sits right under the row. */
  signInTo?: string
}

const STANDING: Record<SignInStanding, { go: string; done: boolean }> = {
  host: { go: '出示签到码', done: false },
  toSignIn: { go: '去签到', done: false },
  signedIn: { go: '已签到', done: true },
  excused: { go: '已请假', done: true },
  notExpected: { go: '查看', done: true },
}

/**
 * What needs this person now, in the order they would do it: the meeting open for sign-in, then what
 * waits for their decision, then what is unread. Built only from what the server answered (`todo`,
 * counts already 0 where they may not act), so the page never offers what the server would refuse.
 */
export function todoItemsFor(home: BranchHome): TodoItem[] {
  const { org, todo, pendingJoinRequests } = home
  const query = `orgId=${encodeURIComponent(org.id)}`
  const items: TodoItem[] = todo.signIn.map((meeting) => ({
    key: `sign-in-${meeting.id}`,
    label: `签到中：${meeting.title}`,
    detail: `${formatShanghai(meeting.endsAt, 'HH:mm')} 结束`,
    count: 0,
    url:
      meeting.mine === 'host'
        ? `/packages/meeting/signin/index?id=${encodeURIComponent(meeting.id)}`
        : `/packages/meeting/detail/index?id=${encodeURIComponent(meeting.id)}&${query}`,
    ...STANDING[meeting.mine],
    ...(meeting.mine === 'toSignIn' ? { signInTo: meeting.id } : {}),
  }))
  const waiting = (
    key: string,
    label: string,
    count: number,
    url: string,
    detail = '',
    go = '去处理',
  ) => {
    if (count > 0) items.push({ key, label, detail, count, url, go, done: false })
  }
  const { count: requests, meetingId } = todo.attendanceRequests
  waiting(
    'attendance-requests',
    '请假/补签待审批',
    requests,
    meetingId
      ? `/packages/meeting/detail/index?id=${encodeURIComponent(meetingId)}&${query}`
      : `/packages/meeting/list/index?${query}`,
  )
  waiting(
    'join-requests',
    '入支部申请待审批',
    pendingJoinRequests,
    `/packages/org/requests/index?${query}`,
  )
  const { unanswered, overdue } = todo.issues
  waiting(
    'issues',
    '群众诉求待受理',
    Math.max(unanswered, overdue),
    `/packages/issue/manage/index?${query}`,
    [unanswered > 0 ? `${unanswered} 件待受理` : '', overdue > 0 ? `${overdue} 件已超期` : '']
      .filter(Boolean)
      .join('，'),
  )
  waiting(
    'held-issues',
    '诉求内容待审核',
    todo.issues.held,
    `/packages/issue/manage/index?${query}&view=held`,
    '自动检查未放行，审核后才转给支部',
  )
  waiting(
    'lessons-to-review',
    '微党课待审核',
    todo.lessonsToReview,
    `/packages/lesson/review/index?${query}`,
  )
  const { count: reviews, activityId } = todo.activityReviews
  waiting(
    'activity-reviews',
    '活动内容待审核',
    reviews,
    activityId
      ? `/packages/activity/detail/index?${query}&id=${encodeURIComponent(activityId)}`
      : `/packages/activity/list/index?${query}`,
    '照片、心得或活动',
  )
  const { count: required, lessonId } = todo.requiredLessons
  waiting(
    'required-lessons',
    '规定动作 7 天内到期',
    required,
    `/packages/lesson/reader/index?id=${encodeURIComponent(lessonId ?? '')}`,
    '',
    '去学习',
  )
  waiting(
    'unread-notices',
    '未读通知',
    todo.unreadNotices,
    `/packages/notice/list/index?${query}`,
    '',
    '去签阅',
  )
  return items
}

export interface TodayTodoProps {
  home: BranchHome
  signingIn: boolean
  /** Resolves to the server's refusal, or '' when signed in. */
  onSignIn: (meetingId: string, code: string, via: 'code' | 'scan') => Promise<string>
}

/**
 * 今日待办: the first thing on the 支部 home. A meeting open for sign-in carries the code box (and 扫码
 * in WeChat) right here, so from the group card to signed in is the card and one tap.
 */
export function TodayTodo({ home, signingIn, onSignIn }: TodayTodoProps) {
  const items = todoItemsFor(home)
  return (
    <View className="branch-section branch-todo" data-testid="branch-todo">
      <Text className="branch-section__title">今日待办</Text>
      {items.length === 0 ? (
        <Text className="branch-section__empty">今天没有需要你处理的事</Text>
      ) : (
        items.map(({ signInTo, ...item }) => (
          <View key={item.key}>
            <TodoRow item={item} />
            {signInTo ? (
              <SignInCodeForm
                kind="meeting"
                id={signInTo}
                busy={signingIn}
                onSubmit={(code, via) => onSignIn(signInTo, code, via)}
              />
            ) : null}
          </View>
        ))
      )}
    </View>
  )
}

function TodoRow({ item }: { item: TodoItem }) {
  return (
    <View
      className={`branch-todo__item${item.done ? ' branch-todo__item--done' : ''}`}
      data-testid={`todo-${item.key}`}
      onClick={() => void Taro.navigateTo({ url: item.url })}
    >
      <View className="branch-todo__text">
        <Text className="branch-todo__label">{item.label}</Text>
        {item.detail ? <Text className="branch-todo__detail">{item.detail}</Text> : null}
      </View>
      {item.count > 0 ? (
        <Text className="branch-todo__badge" aria-label={`${item.count} 项`}>
          {item.count > 99 ? '99+' : item.count}
        </Text>
      ) : null}
      <Text className="branch-todo__go">{item.go}</Text>
    </View>
  )
}
