import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { NoticeScope } from '../../../../types/notice'
import { useAction } from '../../../hooks/use-action'
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
  const { busy, error, run } = useAction<'publish'>()

  const change = useCallback(<K extends keyof NoticeDraft>(key: K, value: NoticeDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }))
  }, [])

  const submit = () =>
    run('publish', () => publishNotice({ orgId, ...draft }), {
      done: '已发布',
      then: ({ id }) =>
        void Taro.redirectTo({ url: `/packages/notice/detail/index?orgId=${orgId}&id=${id}` }),
    })

  return { draft, change, submit, error, sending: busy !== '' }
}
