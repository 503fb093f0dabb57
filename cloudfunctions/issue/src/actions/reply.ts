import { defineAction } from '../../../_shared/action'
import type { Database } from '../../../_shared/cloud'
import { requireCleanText } from '../../../_shared/content-check'
import { recordImageChecks, submitImageChecks } from '../../../_shared/media-check'
import { COMMITTEE } from '../../../_shared/policy'
import { messageData, sendWithCredit } from '../../../_shared/subscriptions'
import { ISSUE_CATEGORY_LABELS, type IssueDetail } from '../../../../types/issue'
import { replyIssueInput } from '../../../../types/issue.schema'
import { auditIssue } from '../actors'
import { timelineEntry, type IssueRecord } from '../../../_shared/records/issue'
import { deliver } from '../../../_shared/records/inbox'
import { issueStep } from '../../../_shared/inbox-messages'
import { transition } from '../issues'
import { beginStep } from '../steps'
import { toDetail } from '../views'

/**
 * Tells the submitter their case was answered, if they accepted the `issueReplied` message. The
 * template's field keys (thing1, time2, thing3) must match the template picked in 公众平台.
 */
async function notifySubmitter(db: Database, issue: IssueRecord, now: Date): Promise<void> {
  try {
    await sendWithCredit(db, {
      touser: issue.submitter,
      template: 'issueReplied',
      page: `packages/issue/detail/index?id=${issue._id}`,
      data: messageData('issueReplied', {
        thing1: `${ISSUE_CATEGORY_LABELS[issue.category]}诉求`,
        time2: now,
        thing3: `${issue.orgName}已答复，请查看并确认`,
      }),
    })
  } catch (error) {
    // A failed message must not undo the reply: the submitter still sees it on the 诉求 tab.
    console.error('[issue] issueReplied message failed', error)
  }
}

/** The assignee (or a 书记) answers; the submitter then confirms and rates, or reopens. */
export const reply = defineAction({
  schema: replyIssueInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run(input, context): Promise<IssueDetail> {
    const { db, caller } = context
    const { issue, viewer, name, now } = await beginStep(context, input, 'reply')
    await requireCleanText(caller, input.body, 'forum', '答复')
    const checks = await submitImageChecks(caller, input.photos ?? [])
    const next = await transition(db, issue, {
      from: ['accepted', 'assigned', 'in_progress'],
      where: { held: false },
      set: {
        status: 'replied',
        reply: {
          body: input.body,
          photos: [],
          heldPhotos: checks.map((check) => check.fileID),
          at: now,
          byName: name,
        },
        repliedAt: now,
        updatedAt: now,
      },
      entry: timelineEntry('replied', now, caller.openid, name, input.body.slice(0, 200)),
    })
    await recordImageChecks(db, caller, 'replyPhoto', issue._id, checks)
    await auditIssue(context, issue, 'handler', { action: 'issue.reply', summary: '答复诉求' })
    await deliver(db, [issueStep(issue, 'replied')])
    await notifySubmitter(db, issue, now)
    return toDetail(next, viewer, now)
  },
})
