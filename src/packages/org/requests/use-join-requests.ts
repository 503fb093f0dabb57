import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { JoinRequest } from '../../../../types/org'
import { useReply } from '../../../hooks/use-reply'
import { decideJoin, listJoinRequests } from '../../../services/org'

/**
 * Pending requests to join, decided one by one. A decision takes the row away at once and puts it
 * back where it was if the server refuses, with the server's reason.
 */
export function useJoinRequests(orgId: string) {
  const fetch = useCallback(() => listJoinRequests({ orgId }), [orgId])
  const { state, retry, update } = useReply(fetch)
  const [decideError, setDecideError] = useState('')
  const stateRef = useRef(state)
  stateRef.current = state

  usePullDownRefresh(() => setDecideError(''))

  const decide = useCallback(
    async (request: JoinRequest, approve: boolean) => {
      const shown = stateRef.current
      if (shown.status !== 'ready') return
      const index = shown.data.findIndex((item) => item.openid === request.openid)
      if (index < 0) return
      setDecideError('')
      update((requests) => requests.filter((item) => item.openid !== request.openid))
      const reply = await decideJoin({ orgId, memberId: request.openid, approve })
      if (reply.ok) {
        void Taro.showToast({ title: approve ? '已批准' : '已婉拒', icon: 'success' })
        return
      }
      setDecideError(`${request.nickname}：${reply.message}`)
      update((requests) => {
        if (requests.some((item) => item.openid === request.openid)) return requests
        const restored = [...requests]
        restored.splice(Math.min(index, restored.length), 0, request)
        return restored
      })
    },
    [orgId, update],
  )

  return {
    state,
    decideError,
    retry,
    approve: (request: JoinRequest) => void decide(request, true),
    decline: (request: JoinRequest) => void decide(request, false),
  }
}
