import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { INBOX_KIND_LABELS, type InboxItem } from '../../../../types/inbox'
import { PageRoot } from '../../../components/page-root'
import { PagedList } from '../../../components/paged-list'
import { formatShanghai } from '../../../format/datetime'
import { useAction } from '../../../hooks/use-action'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listMyInbox, markAllRead, markRead } from '../../../services/inbox'
import { openLink } from './open-link'
import '../../../components/card/index.css'
import './index.css'

/** 消息: what happened to the person — approvals, reviews, their 诉求, photos, reminders. */
export default function InboxPage() {
  const fetchPage = useCallback((page: number) => listMyInbox({ page }), [])
  const list = usePagedList<InboxItem>(fetchPage, { reloadOnShow: true })
  const { busy, error, run } = useAction({ reload: list.refresh })
  const { state, updateItems } = list
  const anyUnread = state.status === 'ready' && state.items.some((item) => !item.read)

  const open = (item: InboxItem) => {
    if (!item.read) {
      updateItems((items) =>
        items.map((each) => (each.id === item.id ? { ...each, read: true } : each)),
      )
      // Shown read at once; the list is asked again when the person comes back.
      void markRead({ ids: [item.id] })
    }
    openLink(item.link)
  }

  return (
    <PageRoot className="card-page inbox">
      {error ? <Text className="banner banner--error">{error}</Text> : null}
      {anyUnread ? (
        <View className="inbox-actions">
          <Text
            className="inbox-mark-all"
            data-testid="inbox-mark-all"
            onClick={() => void run('markAll', markAllRead, { done: '已全部标为已读' })}
          >
            {busy === 'markAll' ? '正在标记…' : '全部标为已读'}
          </Text>
        </View>
      ) : null}
      <PagedList
        list={list}
        empty={{
          title: '还没有消息',
          description: '入支部审批、微党课审核、诉求进展和会议提醒会显示在这里',
        }}
      >
        {(items) =>
          items.map((item) => (
            <View
              key={item.id}
              className={`card card--stack inbox-item${item.read ? ' inbox-item--read' : ''}`}
              data-testid="inbox-item"
              data-id={item.id}
              onClick={() => open(item)}
            >
              <View className="inbox-item__head">
                {item.read ? null : (
                  <View className="inbox-dot" data-testid="inbox-unread" aria-label="未读" />
                )}
                <Text className="card__title">{item.title}</Text>
              </View>
              <Text className="inbox-item__body">{item.body}</Text>
              <Text className="card__meta">
                {INBOX_KIND_LABELS[item.kind]} · {formatShanghai(item.createdAt, 'M月D日 HH:mm')}
              </Text>
            </View>
          ))
        }
      </PagedList>
    </PageRoot>
  )
}
