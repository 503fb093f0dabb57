import Taro, { useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { NoticeAttachment } from '../../../../types/notice'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { fileUrl } from '../../../platform/files'
import { useNotice } from './use-notice'
import '../notice.css'
import './index.css'

/** In WeChat a document opens in the system viewer; in the browser it downloads. */
async function openAttachment(attachment: NoticeAttachment) {
  if (process.env.TARO_ENV === 'h5') {
    window.open(fileUrl(attachment.fileID), '_blank')
    return
  }
  try {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: attachment.fileID })
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
  } catch {
    void Taro.showToast({ title: '附件打开失败，请稍后重试', icon: 'none' })
  }
}

export default function NoticeDetailPage() {
  const { state, retry, orgId } = useNotice()

  useShareAppMessage(() =>
    state.status === 'ready'
      ? {
          title: state.notice.title,
          path: `/packages/notice/detail/index?orgId=${orgId}&id=${state.notice.id}`,
        }
      : { title: '智慧支部' },
  )

  if (state.status === 'loading') return <PageState kind="loading" text="正在打开通知…" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  const { notice } = state
  return (
    <View className="notice-page notice-detail">
      <View className="notice-row">
        <Text className="notice-detail__title">{notice.title}</Text>
        <Text className="notice-row__meta">
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
      {notice.canSeeReads ? (
        <View
          className="notice-row notice-detail__reads"
          onClick={() =>
            void Taro.navigateTo({
              url: `/packages/notice/report/index?orgId=${orgId}&id=${notice.id}`,
            })
          }
        >
          <Text className="notice-row__title">查看签阅情况</Text>
          <Text className="notice-row__meta">各支部已读、未读人数，可提醒未签阅的同志</Text>
        </View>
      ) : null}
    </View>
  )
}
