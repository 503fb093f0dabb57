import { useCallback } from 'react'
import type { DuesCategory } from '../../../../types/dues'
import { useAction } from '../../../hooks/use-action'
import { useOrgIdParam, MISSING_ORG_MESSAGE } from '../../../hooks/use-page-param'
import { badLink, useReply } from '../../../hooks/use-reply'
import { declareBase, getMyDues, markPaid } from '../../../services/dues'
import { pickChannel } from '../channel'

/** The caller's dues in the branch of `?orgId=`: their base, this year's months, 标记已缴 and 申报. */
export function useMyDues() {
  const orgId = useOrgIdParam()
  const fetch = useCallback(
    () => (orgId ? getMyDues({ orgId }) : badLink(MISSING_ORG_MESSAGE)),
    [orgId],
  )
  const { state, retry, reload } = useReply(fetch)
  const { run, busy, error } = useAction<'mark' | 'declare'>({ reload })

  /** Marks months paid after asking how (微信转账 / 现金 / 银行). */
  const mark = useCallback(
    async (months: string[]) => {
      const channel = await pickChannel()
      if (!channel) return
      await run('mark', () => markPaid({ orgId, months, channel }), { done: '已标记，待确认' })
    },
    [orgId, run],
  )

  const declare = useCallback(
    (category: DuesCategory, yuan: string) => {
      const needsBase = category === 'employed' || category === 'retired'
      const baseFen = Math.round(Number(yuan) * 100)
      return run(
        'declare',
        () => declareBase({ orgId, category, ...(needsBase ? { baseFen } : {}) }),
        { done: '已申报' },
      )
    },
    [orgId, run],
  )

  return { state, retry, orgId, mark, declare, busy, error }
}
