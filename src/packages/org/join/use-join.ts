import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { InviteView } from '../../../../types/org'
import { INVITE_CODE, INVITE_CODE_MESSAGE, normaliseInviteCode } from '../../../../types/org.schema'
import { viewInvite, requestJoin } from '../../../services/org'
import { loadSession, rememberCurrentOrg } from '../../../services/session'
import type { ErrorCode } from '../../../../types/errors'

export type JoinState =
  /** Opened without a code: ask for one. */
  | { status: 'enter-code' }
  | { status: 'loading' }
  | { status: 'needs-identity' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; view: InviteView }

/** An invite card or code: who it is for, where the caller stands, and asking to join. */
export function useJoin() {
  const { params } = useRouter()
  const [code, setCode] = useState(() => normaliseInviteCode(String(params.code ?? '')))
  const [state, setState] = useState<JoinState>(() =>
    code ? { status: 'loading' } : { status: 'enter-code' },
  )
  const [codeError, setCodeError] = useState('')
  const [requesting, setRequesting] = useState(false)
  const [requestError, setRequestError] = useState('')
  const latest = useRef(0)

  const load = useCallback(async (which: string) => {
    const call = ++latest.current
    // Logging in first also creates the user, so the secretary sees a name on the request.
    const [session, reply] = await Promise.all([loadSession(), viewInvite({ code: which })])
    if (call !== latest.current) return
    if (session.status === 'needs-identity' || session.status === 'error') setState(session)
    else if (!reply.ok) setState({ status: 'error', code: reply.code, message: reply.message })
    else setState({ status: 'ready', view: reply.data })
  }, [])

  useEffect(() => {
    if (code) void load(code)
  }, [code, load])

  usePullDownRefresh(() => {
    const done = () => void Taro.stopPullDownRefresh()
    if (code) void load(code).finally(done)
    else done()
  })

  const submitCode = useCallback((typed: string) => {
    const next = normaliseInviteCode(typed)
    if (!INVITE_CODE.test(next)) {
      setCodeError(INVITE_CODE_MESSAGE)
      return
    }
    setCodeError('')
    setState({ status: 'loading' })
    setCode(next)
  }, [])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void load(code)
  }, [code, load])

  const enterCodeAgain = useCallback(() => {
    latest.current++
    setCode('')
    setState({ status: 'enter-code' })
  }, [])

  const request = useCallback(async () => {
    setRequesting(true)
    setRequestError('')
    const reply = await requestJoin({ code })
    setRequesting(false)
    if (!reply.ok) {
      setRequestError(reply.message)
      return
    }
    setState((previous) =>
      previous.status === 'ready'
        ? {
            status: 'ready',
            view: { ...previous.view, org: reply.data.org, status: reply.data.status },
          }
        : previous,
    )
  }, [code])

  /** Into the branch: the 支部 tab shows it, with a login that lists the new membership. */
  const enter = useCallback(async (orgId: string) => {
    rememberCurrentOrg(orgId)
    await loadSession({ refresh: true })
    await Taro.switchTab({ url: '/pages/branch/index' })
  }, [])

  return {
    state,
    codeError,
    requesting,
    requestError,
    submitCode,
    retry,
    enterCodeAgain,
    request: () => void request(),
    enter: (orgId: string) => void enter(orgId),
  }
}
