import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { JoinRequest } from '../../../../types/org'
import type { DecideJoinInput } from '../../../../types/org.schema'
import { JOIN_STANDINGS, ROLE_LABELS } from '../../../../types/user'
import { pickFrom } from '../../../platform/action-sheet'
import { useReply } from '../../../hooks/use-reply'
import { decideJoin, listJoinRequests } from '../../../services/org'

type Decision = Pick<DecideJoinInput, 'approve' | 'standing' | 'reason'>

/**
 * Pending requests to join, decided one by one: approved as the standing picked (党员, 预备党员,
 * 入党积极分子, 群众), or declined with an optional reason the person sees. A decision takes the row
 * away at once and puts it back where it was if the server refuses, with the server's reason.
 */
export function useJoinRequests(orgId: string) {
  const fetch = useCallback(() => listJoinRequests({ orgId }), [orgId])
  const { state, retry, update } = useReply(fetch)
  const [decideError, setDecideError] = useState('')
  const stateRef = useRef(state)
  stateRef.current = state

  usePullDownRefresh(() => setDecideError(''))

  const decide = useCallback(
    async (request: JoinRequest, decision: Decision) => {
      const shown = stateRef.current
      if (shown.status !== 'ready') return
      const index = shown.data.findIndex((item) => item.openid === request.openid)
      if (index < 0) return
      setDecideError('')
      update((requests) => requests.filter((item) => item.openid !== request.openid))
      const reply = await decideJoin({ orgId, memberId: request.openid, ...decision })
      if (reply.ok) {
        void Taro.showToast({ title: decision.approve ? '已批准' : '已婉拒', icon: 'success' })
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

  /** Asks which standing first; cancelling the sheet decides nothing. */
  const approve = useCallback(
    async (request: JoinRequest) => {
      const standing = await pickFrom(JOIN_STANDINGS, (choice) => ROLE_LABELS[choice])
      if (standing) await decide(request, { approve: true, standing })
    },
    [decide],
  )

  return {
    state,
    decideError,
    retry,
    approve: (request: JoinRequest) => void approve(request),
    /** The reason may be ''. */
    decline: (request: JoinRequest, reason: string) =>
      void decide(request, reason ? { approve: false, reason } : { approve: false }),
  }
}
