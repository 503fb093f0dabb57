import { defineAction, grantOf } from '../../../_shared/action'
import { MEETING_KIND_LABELS, MEETING_KINDS, type Completeness } from '../../../../types/meeting'
import { setRhythmInput } from '../../../../types/meeting.schema'
import { completenessOf, currentQuarter } from '../completeness'

/**
 * The secretary (or an admin above) sets how many meetings of each kind the org holds per quarter,
 * where local rules differ from the 支部工作条例 defaults. Stored as `rhythm` on the org.
 */
export const setRhythm = defineAction({
  schema: setRhythmInput,
  policy: { kind: 'org', roles: ['secretary'], orgOf: (input) => input.orgId },
  async run({ orgId, rhythm }, context): Promise<Completeness> {
    const { org } = grantOf(context)
    const { db } = context
    await db
      .collection('orgs')
      .doc(orgId)
      .update({ data: { rhythm: db.command.set(rhythm) } })
    await context.audit({
      action: 'meeting.setRhythm',
      orgId,
      target: orgId,
      summary: `设置会议频次（每季度）：${MEETING_KINDS.map((kind) => `${MEETING_KIND_LABELS[kind]} ${rhythm[kind]} 次`).join('，')}`,
    })
    const now = new Date()
    const { year, quarter } = currentQuarter(now)
    return completenessOf(db, { ...org, rhythm } as typeof org, year, quarter, now)
  },
})
