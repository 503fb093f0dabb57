import Taro, { useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { NoticeAttachment } from '../../../../types/notice'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { openDocument } from '../../../platform/documents'
import { NoticeRemindMe } from '../remind-me'
import { useNotice } from './use-notice'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../notice.css'
import './index.css'

/** In WeChat a document opens in the system viewer; in the browser it downloads. */
async function openAttachment(attachment: NoticeAttachment) {
  const problem = await openDocument(attachment)
  if (problem) void Taro.showToast({ title: problem, icon: 'none' })
}

export default function NoticeDetailPage() {
  const { state, retry, orgId } = useNotice()

  useShareAppMessage(() =>
    state.status === 'ready'
      ? {
          title: state.data.title,
          path: `/packages/notice/detail/index?orgId=${orgId}&id=${state.data.id}`,
        }
      : { title: '智慧支部' },
  )

  if (state.status === 'loading') return <PageState kind="loading" text="正在打开通知…" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={retry} />
  }
  const notice = state.data
  return (
    <PageRoot className="card-page notice-detail">
      <View className="card card--stack">
        <Text className="notice-detail__title">{notice.title}</Text>
        <Text className="card__meta">
          {notice.orgName} · {formatShanghai(notice.publishedAt, 'YYYY年M月D日 HH:mm')}
        </Text>
        <Text className="notice-detail__body">{notice.body}</Text>
        {notice.attachments.map((attachment) => (
          <Text
            key={attachment.fileID}
            className="notice-detail__attachment"
            onClick={() => void openAttachment(attachment)}
          >
            附件：{attachment.name}
          </Text>
        ))}
        <Text className="notice-detail__signed">
          已签阅 · {notice.readAt ? formatShanghai(notice.readAt, 'M月D日 HH:mm') : ''}
        </Text>
      </View>
      <NoticeRemindMe />
      {notice.canSeeReads ? (
        <View
          className="card card--stack"
          data-testid="notice-detail__reads"
          onClick={() =>
            void Taro.navigateTo({
              url: `/packages/notice/report/index?orgId=${orgId}&id=${notice.id}`,
            })
          }
        >
          <Text className="card__title">查看签阅情况</Text>
          <Text className="card__meta">各支部已读、未读人数，可提醒未签阅的同志</Text>
        </View>
      ) : null}
    </PageRoot>
  )
}
