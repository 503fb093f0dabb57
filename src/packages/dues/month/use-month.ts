import { useCallback, useState } from 'react'
import { addMonths } from '../../../../types/dues'
import { shanghaiMonth } from '../../../../types/time'
import { useAction } from '../../../hooks/use-action'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { badLink, useReply } from '../../../hooks/use-reply'
import { openDocument } from '../../../platform/documents'
import {
  confirmPayment,
  correctPayment,
  declareBase,
  exportDuesLedger,
  monthOverview,
  recordPayment,
  remindUnpaid,
} from '../../../services/dues'
import { showRemindResult } from '../../../components/remind-me/show-result'
import type { Declaration } from '../declare-form'
import type { Correction } from './correct-dialog'
import { pickChannel } from '../channel'

/** The 台账 of the month shown, or of its year up to that month. */
export type LedgerSpan = 'month' | 'year'

/** The 支委会's month for the branch of `?orgId=`: who has paid, 确认收款 and 登记收款, the 台账. */
export function useMonth() {
  const orgId = useOrgIdParam()
  const [month, setMonth] = useState(() => shanghaiMonth(new Date()))
  const fetch = useCallback(
    () => (orgId ? monthOverview({ orgId, month }) : badLink(MISSING_ORG_MESSAGE)),
    [orgId, month],
  )
  const { state, retry, reload } = useReply(fetch)
  const { run, busy, error, setError } = useAction<string>({ reload })

  const confirm = useCallback(
    (memberId: string) =>
      run(memberId, () => confirmPayment({ orgId, memberId, months: [month] }), {
        done: '已确认收款',
      }),
    [orgId, month, run],
  )

  const record = useCallback(
    async (memberId: string) => {
      const channel = await pickChannel()
      if (!channel) return
      await run(memberId, () => recordPayment({ orgId, memberId, months: [month], channel }), {
        done: '已登记收款',
      })
    },
    [orgId, month, run],
  )

  /** The 支委会 records a member's base (or exemption) from the month shown. */
  const declareFor = useCallback(
    (memberId: string, { category, yuan, reason }: Declaration) => {
      const needsBase = category === 'employed' || category === 'retired'
      return run(
        memberId,
        () =>
          declareBase({
            orgId,
            memberId,
            category,
            fromMonth: month,
            ...(needsBase ? { baseFen: Math.round(Number(yuan) * 100) } : {}),
            ...(category === 'exempt' ? { reason: reason.trim() } : {}),
          }),
        { done: '已登记' },
      )
    },
    [orgId, month, run],
  )

  /** 更正 a member's month: a new entry with its reason; resolves to the refusal, or '' when done. */
  const correct = useCallback(
    (memberId: string, correction: Correction) =>
      run(memberId, () => correctPayment({ orgId, memberId, month, ...correction }), {
        done: '已更正',
        inline: true,
      }),
    [orgId, month, run],
  )

  /** 一键提醒: a subscribe message to each unpaid member who turned dues reminders on. */
  const remind = useCallback(
    () =>
      run('remind', () => remindUnpaid({ orgId, month }), {
        reload: false,
        then: (result) => showRemindResult(result, '党费提醒'),
      }),
    [orgId, month, run],
  )

  /**
   * Generates the 台账 and opens the file asked for: the Excel ledger or the Word 收缴情况汇总 (in
   * WeChat: with the menu to forward or save it).
   */
  const exportLedger = useCallback(
    (span: LedgerSpan, kind: 'xlsx' | 'docx' = 'xlsx') =>
      run(
        `${kind}-${span}`,
        () =>
          exportDuesLedger({
            orgId,
            from: span === 'month' ? month : `${month.slice(0, 4)}-01`,
            to: month,
          }),
        {
          reload: false,
          then: async (exported) => setError(await openDocument(exported[kind], kind)),
        },
      ),
    [orgId, month, run, setError],
  )

  const shift = useCallback((count: number) => setMonth((current) => addMonths(current, count)), [])

  return {
    orgId,
    state,
    retry,
    month,
    shift,
    confirm,
    record,
    correct,
    declareFor,
    remind,
    exportLedger,
    busy,
    error,
  }
}
