import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { DuesRates } from '../../../../types/dues'
import { useAction } from '../../../hooks/use-action'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { badLink, useReply } from '../../../hooks/use-reply'
import { getRates, setRates } from '../../../services/dues'

/** 党费标准 of the branch of `?orgId=`: the table in force, and for its 书记/副书记 保存 and 恢复. */
export function useRates() {
  const orgId = useOrgIdParam()
  const fetch = useCallback(
    () => (orgId ? getRates({ orgId }) : badLink(MISSING_ORG_MESSAGE)),
    [orgId],
  )
  const { state, retry, reload } = useReply(fetch)
  const { run, busy, error } = useAction<'save' | 'reset'>({ reload })

  /** Resolves to the refusal, or '' when saved. */
  const save = useCallback(
    (rates: DuesRates) =>
      run('save', () => setRates({ orgId, rates }), { done: '已保存', inline: true }),
    [orgId, run],
  )

  const reset = useCallback(async () => {
    const { confirm } = await Taro.showModal({
      title: '恢复规定标准',
      content: '恢复为 2008 年规定的党费标准？之后的申报按规定标准计算，已申报的不变。',
      confirmText: '恢复',
    })
    if (confirm) await run('reset', () => setRates({ orgId, rates: null }), { done: '已恢复' })
  }, [orgId, run])

  return { state, retry, save, reset, busy, error }
}
