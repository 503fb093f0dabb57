import { issueStep, joinDecided } from '../../cloudfunctions/_shared/inbox-messages'
import { rows } from '../../cloudfunctions/_shared/db'
import { deliver, inboxId } from '../../cloudfunctions/_shared/records/inbox'
import type { IssueRecord } from '../../cloudfunctions/_shared/records/issue'
import { DEMO_ORGS } from './org-tree'
import type { SeedDb } from './seed-db'
import { DAY_MS } from '../../types/time'

/**
 * 张晓明's 消息, written as the actions write them: the approval of his join request long ago (read),
 * and 受理 of each of his 诉求 the demo has taken on (unread). Runs after the issues are seeded.
 */
export async function seedInbox(db: SeedDb, now: Date): Promise<void> {
  const openid = 'o_demo_member'
  const branch = DEMO_ORGS.find((org) => org._id === 'org-branch-1')
  if (!branch) throw new Error('the demo has no org-branch-1')
  const joinedAt = new Date(now.getTime() - 400 * DAY_MS)
  await deliver(
    db,
    [joinDecided(branch, openid, { approve: true, standing: 'member' }, joinedAt)],
    joinedAt,
  )
  await db
    .collection('inbox')
    .doc(inboxId(openid, 'joinApproved', `${branch._id}:${joinedAt.getTime()}`))
    .update({ data: { readAt: joinedAt } })
  const taken = await rows<IssueRecord>(
    db
      .collection('issues')
      .where({
        submitter: openid,
        status: db.command.in(['accepted', 'assigned', 'in_progress', 'replied', 'resolved']),
      })
      .get(),
  )
  for (const issue of taken) {
    await deliver(db, [issueStep(issue, 'accepted')], new Date(issue.updatedAt))
  }
}
