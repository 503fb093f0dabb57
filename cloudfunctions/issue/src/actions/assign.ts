import { defineAction } from '../../../_shared/action'
import type { Database } from '../../../_shared/cloud'
import { rows } from '../../../_shared/db'
import { invalidArgument } from '../../../_shared/errors'
import { COMMITTEE, LEADERS } from '../../../_shared/policy'
import type { IssueDetail } from '../../../../types/issue'
import { assignIssueInput } from '../../../../types/issue.schema'
import type { Role } from '../../../../types/user'
import { auditIssue, findNickname } from '../actors'
import { timelineEntry } from '../../../_shared/records/issue'
import { transition } from '../issues'
import { beginStep } from '../steps'
import { handlerName, toDetail } from '../views'

/** The assignee must sit on the branch's 支委会. */
async function committeeRoles(db: Database, orgId: string, openid: string): Promise<Role[]> {
  const found = await rows<{ role: Role }>(
    db
      .collection('memberships')
      .where({ orgId, openid, status: 'active', role: db.command.in([...COMMITTEE]) })
      .limit(5)
      .get(),
  )
  return found.map((row) => row.role)
}

/** Hands an accepted case to a committee member (again, to hand it over). */
export const assign = defineAction({
  schema: assignIssueInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run(input, context): Promise<IssueDetail> {
    const { db, caller } = context
    const { issue, viewer, name, now } = await beginStep(context, input, 'assign')
    const [roles, nickname] = await Promise.all([
      committeeRoles(db, issue.orgId, input.assigneeId),
      findNickname(db, input.assigneeId),
    ])
    if (roles.length === 0) {
      throw invalidArgument('只能指派给本支部的支委会成员，请重新选择办理人')
    }
    const assignee = { openid: input.assigneeId, name: handlerName(nickname, roles) }
    const next = await transition(db, issue, {
      from: ['accepted', 'assigned', 'in_progress'],
      where: { held: false },
      set: { status: 'assigned', assignee, updatedAt: now },
      entry: timelineEntry('assigned', now, caller.openid, name, `由${assignee.name}办理`),
    })
    await auditIssue(context, issue, 'handler', {
      action: 'issue.assign',
      summary: `指派给${assignee.name}办理`,
    })
    return toDetail(next, viewer, now)
  },
})
