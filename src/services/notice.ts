import type { NoticeActions } from '../../types/notice'
import type {
  ListNoticesInput,
  NoticeRefInput,
  PublishNoticeInput,
} from '../../types/notice.schema'
import { cloudFunction } from '../platform/cloud'

const notice = cloudFunction<NoticeActions>('notice')

export function listNotices(input: ListNoticesInput) {
  return notice('listNotices', input)
}

/** Opening a notice signs for it (签阅). */
export function openNotice(input: NoticeRefInput) {
  return notice('openNotice', input)
}

export function publishNotice(input: PublishNoticeInput) {
  return notice('publishNotice', input)
}

export function readReport(input: NoticeRefInput) {
  return notice('readReport', input)
}

export function remindUnread(input: NoticeRefInput) {
  return notice('remindUnread', input)
}
