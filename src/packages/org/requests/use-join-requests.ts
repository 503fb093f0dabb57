import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { JoinRequest } from '../../../../types/org'
import { decideJoin, listJoinRequests } from '../../../services/org'

export type RequestsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; requests: JoinRequest[] }

/**
 * Pending requests to join, decided one by one. A decision takes the row away at once and puts it
 * back where it was if the server refuses, with the server's reason.
 */
export function useJoinRequests(orgId: string) {
  const [state, setState] = useState<RequestsState>({ status: 'loading' })
  const [decideError, setDecideError] = useState('')
  const latest = useRef(0)
  const stateRef = useRef(state)
  stateRef.current = state

  const load = useCallback(async () => {
    const call = ++latest.current
    const reply = await listJoinRequests({ orgId })
    if (call !== latest.current) return
    setState(
      reply.ok
        ? { status: 'ready', requests: reply.data }
        : { status: 'error', message: reply.message },
    )
  }, [orgId])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void load()
  }, [load])

  useEffect(() => {
    retry()
  }, [retry])

  usePullDownRefresh(() => {
    setDecideError('')
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  const decide = useCallback(
    async (request: JoinRequest, approve: boolean) => {
      const shown = stateRef.current
      if (shown.status !== 'ready') return
      const index = shown.requests.findIndex((item) => item.openid === request.openid)
      if (index < 0) return
      setDecideError('')
      setState({
        status: 'ready',
        requests: shown.requests.filter((item) => item.openid !== request.openid),
      })
      const reply = await decideJoin({ orgId, memberId: request.openid, approve })
      if (reply.ok) {
        void Taro.showToast({ title: approve ? '已批准' : '已婉拒', icon: 'success' })
        return
      }
      setDecideError(`${request.nickname}：${reply.message}`)
      setState((previous) => {
        if (previous.status !== 'ready') return previous
        if (previous.requests.some((item) => item.openid === request.openid)) return previous
        const requests = [...previous.requests]
        requests.splice(Math.min(index, requests.length), 0, request)
        return { status: 'ready', requests }
      })
    },
    [orgId],
  )

  return {
    state,
    decideError,
    retry,
    approve: (request: JoinRequest) => void decide(request, true),
    decline: (request: JoinRequest) => void decide(request, false),
  }
}
