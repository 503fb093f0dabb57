import { noticeReadId } from '../../cloudfunctions/_shared/records/notice-read'
import { DEMO_ORGS } from './org-tree'
import { addAll, type SeedDb } from './seed-db'
import { DAY_MS } from '../../types/time'

const day = DAY_MS
const nameOf = (orgId: string) => DEMO_ORGS.find((org) => org._id === orgId)?.name ?? ''

/** A committee notice pushed down the tree and a branch notice, with some receipts. */
export async function seedNotices(db: SeedDb, now: Date): Promise<void> {
  const branches = DEMO_ORGS.filter((org) => org.kind !== 'group')
  await addAll(db, 'notices', [
    {
      _id: 'notice-demo-study',
      orgId: 'org-committee',
      orgName: nameOf('org-committee'),
      scope: 'subtree',
      title: '关于开展本季度专题学习的通知',
      body: '各支部请于本月底前组织一次专题学习，学习材料见附件；学习情况请在“三会一课”中如实记录。',
      pinned: true,
      attachments: [],
      audience: branches.map((org) => ({ orgId: org._id, orgName: org.name })),
      publishedBy: 'o_demo_admin',
      publishedAt: new Date(now.getTime() - 3 * day),
    },
    {
      _id: 'notice-demo-meeting',
      orgId: 'org-branch-1',
      orgName: nameOf('org-branch-1'),
      scope: 'org',
      title: '本周五召开支部党员大会',
      body: '时间：周五下午 3 点；地点：社区党群服务中心二楼会议室。请提前安排好工作，因故不能参加的请在小程序里请假。',
      pinned: false,
      attachments: [],
      audience: [{ orgId: 'org-branch-1', orgName: nameOf('org-branch-1') }],
      publishedBy: 'o_demo_secretary',
      publishedAt: new Date(now.getTime() - day),
    },
  ])
  await addAll(
    db,
    'noticeReads',
    ['o_demo_secretary', 'o_demo_committee', 'o_demo_02'].map((openid, index) => ({
      _id: noticeReadId('notice-demo-study', openid),
      noticeId: 'notice-demo-study',
      openid,
      orgId: index === 2 ? 'org-branch-2' : 'org-branch-1',
      readAt: new Date(now.getTime() - 2 * day),
    })),
  )
}
