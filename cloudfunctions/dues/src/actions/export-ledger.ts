import { defineAction, grantOf } from '../../../_shared/action'
import { exportFolder, storeExport } from '../../../_shared/export-files'
import { COMMITTEE } from '../../../_shared/policy'
import type { DuesLedgerExport } from '../../../../types/dues'
import { exportDuesLedgerInput } from '../../../../types/dues.schema'
import { membersWithDues } from '../dues'
import { duesLedgerXlsx, duesSummaryDocx } from '../ledger'

/**
 * The 党费台账 of a month or up to a year for the 支委会, in cloud storage: Excel with each member's due,
 * paid, status and channel per month, and a Word 收缴情况汇总 — never a base. Everyone's payments are
 * member data: audited.
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
    const input = {
      orgName: org.name,
      from,
      to,
      generatedAt: now,
      generatedBy: caller?.user[0]?.nickname ?? '管理员',
      members,
    }
    const [{ content, rows }, summary] = await Promise.all([
      duesLedgerXlsx(input),
      duesSummaryDocx(input),
    ])
    const folder = exportFolder('dues', org._id, now)
    const period = from === to ? from : `${from}至${to}`
    const [xlsx, docx] = await Promise.all([
      storeExport(`${folder}/ledger.xlsx`, content, `${org.name}党费台账（${period}）.xlsx`),
      storeExport(
        `${folder}/summary.docx`,
        summary,
        `${org.name}党费收缴情况汇总（${period}）.docx`,
      ),
    ])
    await context.audit({
      action: 'dues.exportLedger',
      orgId: org._id,
      target: folder,
      summary: `导出党费台账 ${period}（${members.length} 人）`,
    })
    return { rows, xlsx, docx }
  },
})
