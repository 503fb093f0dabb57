import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { NoticeActions } from '../../../types/notice'
import { listNotices } from './actions/list-notices'
import { openNotice } from './actions/open-notice'
import { publishNotice } from './actions/publish-notice'
import { readReport } from './actions/read-report'
import { remindUnread } from './actions/remind-unread'

const actions: ActionsFor<NoticeActions> = {
  publishNotice,
  listNotices,
  openNotice,
  readReport,
  remindUnread,
}

export const main = createRouter('notice', actions)
