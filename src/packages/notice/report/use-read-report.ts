import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { ReadReport } from '../../../../types/notice'
import { readReport, remindUnread } from '../../../services/notice'

export type ReportState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; report: ReadReport; reminding: boolean; remindError: string }

export function useReadReport() {
  const { params } = useRouter()
  const orgId = params.orgId ?? ''
  const noticeId = params.id ?? ''
  const [state, setState] = useState<ReportState>({ status: 'loading' })

  const load = useCallback(async () => {
    if (!orgId || !noticeId) {
      setState({ status: 'error', message: '链接缺少通知信息，请从通知重新进入' })
      return
    }
    const reply = await readReport({ orgId, noticeId })
    setState(
      reply.ok
        ? { status: 'ready', report: reply.data, reminding: false, remindError: '' }
        : { status: 'error', message: reply.message },
    )
  }, [orgId, noticeId])

  useEffect(() => {
    void load()
  }, [load])

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void load()
  }, [load])

  const remind = useCallback(async () => {
    setState((current) => (current.status === 'ready' ? { ...current, reminding: true } : current))
    const reply = await remindUnread({ orgId, noticeId })
    setState((current) =>
      current.status === 'ready'
        ? { ...current, reminding: false, remindError: reply.ok ? '' : reply.message }
        : current,
    )
    if (reply.ok) {
      const { reminded, withoutCredit } = reply.data
      void Taro.showModal({
        title: '提醒已发送',
        content:
          withoutCredit > 0
            ? `已提醒 ${reminded} 人；另有 ${withoutCredit} 人没有开启通知提醒，请在群里提醒他们。`
            : `已提醒 ${reminded} 人。`,
        showCancel: false,
      })
    }
  }, [orgId, noticeId])

  return { state, retry, remind }
}
