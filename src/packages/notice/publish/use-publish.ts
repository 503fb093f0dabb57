import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { NoticeScope } from '../../../../types/notice'
import { publishNotice } from '../../../services/notice'

export interface NoticeDraft {
  title: string
  body: string
  scope: NoticeScope
  pinned: boolean
}

const EMPTY: NoticeDraft = { title: '', body: '', scope: 'org', pinned: false }

/** The form keeps what was typed when publishing fails, and says why. */
export function usePublish(orgId: string) {
  const [draft, setDraft] = useState<NoticeDraft>(EMPTY)
  const [error, setError] = useState('')
  const [sending, setSending] = useState(false)

  const change = useCallback(<K extends keyof NoticeDraft>(key: K, value: NoticeDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }))
  }, [])

  const submit = useCallback(async () => {
    if (sending) return
    setSending(true)
    setError('')
    const reply = await publishNotice({ orgId, ...draft })
    setSending(false)
    if (!reply.ok) {
      setError(reply.message)
      return
    }
    void Taro.showToast({ title: '已发布', icon: 'success' })
    void Taro.redirectTo({
      url: `/packages/notice/detail/index?orgId=${orgId}&id=${reply.data.id}`,
    })
  }, [draft, orgId, sending])

  return { draft, change, submit, error, sending }
}
