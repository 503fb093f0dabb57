import { ANY, LEADERS, type OrgActionCase } from './cases'

const NO_SUCH_NOTICE = 'notice-0000000000000000'

export const noticeCases: OrgActionCase[] = [
  { fn: 'notice', action: 'listNotices', roles: ANY, input: (orgId) => ({ orgId }) },
  {
    fn: 'notice',
    action: 'openNotice',
    roles: ANY,
    input: (orgId) => ({ orgId, noticeId: NO_SUCH_NOTICE }),
  },
  {
    fn: 'notice',
    action: 'readReport',
    roles: LEADERS,
    input: (orgId) => ({ orgId, noticeId: NO_SUCH_NOTICE }),
  },
  {
    fn: 'notice',
    action: 'remindUnread',
    roles: LEADERS,
    input: (orgId) => ({ orgId, noticeId: NO_SUCH_NOTICE }),
  },
  {
    fn: 'notice',
    action: 'publishNotice',
    roles: LEADERS,
    input: (orgId) => ({ orgId, title: '矩阵测试通知', body: '内容', scope: 'org' }),
  },
]
