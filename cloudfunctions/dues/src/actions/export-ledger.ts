import { defineAction, grantOf } from '../../../_shared/action'
import { exportFolder, storeExport } from '../../../_shared/export-files'
import { COMMITTEE } from '../../../_shared/policy'
import type { DuesLedgerExport } from '../../../../types/dues'
import { exportDuesLedgerInput } from '../../../../types/dues.schema'
import { membersWithDues } from '../dues'
import { duesLedgerXlsx } from '../ledger'

/**
 * The 党费台账 of a month or up to a year for the 支委会, as Excel in cloud storage: each member's due,
 * paid, status and channel per month — never a base. Everyone's payments are member data: audited.
 */
export const exportLedger = defineAction({
  schema: exportDuesLedgerInput,
  readOnly: true,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ from, to }, context): Promise<DuesLedgerExport> {
    const { org } = grantOf(context)
    const now = new Date()
    const members = await membersWithDues(context.db, org._id, from, to)
    const caller = members.find((row) => row.openid === context.caller.openid)
    const { content, rows } = await duesLedgerXlsx({
      orgName: org.name,
      from,
      to,
      generatedAt: now,
      generatedBy: caller?.user[0]?.nickname ?? '管理员',
      members,
    })
    const folder = exportFolder('dues', org._id, now)
    const period = from === to ? from : `${from}至${to}`
    const xlsx = await storeExport(
      `${folder}/ledger.xlsx`,
      content,
      `${org.name}党费台账（${period}）.xlsx`,
    )
    await context.audit({
      action: 'dues.exportLedger',
      orgId: org._id,
      target: folder,
      summary: `导出党费台账 ${period}（${members.length} 人）`,
    })
    return { rows, xlsx }
  },
})
