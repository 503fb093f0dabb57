import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { NoticeDetail } from '../../../../types/notice'
import { openNotice } from '../../../services/notice'

export type NoticeState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; notice: NoticeDetail }

/** Opens (and so signs for) the notice named by `?orgId=&id=`. */
export function useNotice() {
  const { params } = useRouter()
  const orgId = params.orgId ?? ''
  const noticeId = params.id ?? ''
  const [state, setState] = useState<NoticeState>({ status: 'loading' })

  const load = useCallback(async () => {
    if (!orgId || !noticeId) {
      setState({ status: 'error', message: '链接缺少通知信息，请从通知列表重新进入' })
      return
    }
    const reply = await openNotice({ orgId, noticeId })
    setState(
      reply.ok
        ? { status: 'ready', notice: reply.data }
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

  return { state, retry, orgId }
}
