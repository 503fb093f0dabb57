import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { MeetingDetail, RequestKind, ShareCard } from '../../../../types/meeting'
import type { Reply } from '../../../../types/errors'
import {
  cancelMeeting,
  decideRequest,
  getMeeting,
  proxySignIn,
  releaseMinutes,
  requestAttendance,
  shareCard,
  signIn,
  subscribeMeetingReminder,
} from '../../../services/meeting'
import { prepareShareMenu, scanSignInQr } from '../shared/platform'

export type MeetingState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; meeting: MeetingDetail }

/**
 * One meeting: loaded on open and again whenever the page shows (back from the minutes or edit
 * page) or is pulled down. Every action answers with '' or the server's message, and reloads the
 * meeting on success so counts and roster stay true.
 */
export function useMeeting(meetingId: string) {
  const [state, setState] = useState<MeetingState>({ status: 'loading' })
  const [busy, setBusy] = useState('')
  const [card, setCard] = useState<ShareCard | null>(null)
  const generation = useRef(0)

  const load = useCallback(async () => {
    const call = ++generation.current
    const reply = await getMeeting({ meetingId })
    if (call !== generation.current) return
    setState(
      reply.ok
        ? { status: 'ready', meeting: reply.data }
        : { status: 'error', message: reply.message },
    )
  }, [meetingId])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void load()
  }, [load])

  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  /** Runs one action at a time; resolves to '' or the message to show. */
  const run = useCallback(
    async (key: string, action: () => Promise<Reply<unknown>>, done?: string): Promise<string> => {
      setBusy(key)
      try {
        const reply = await action()
        if (!reply.ok) return reply.message
        if (done) void Taro.showToast({ title: done, icon: 'success' })
        await load()
        return ''
      } finally {
        setBusy('')
      }
    },
    [load],
  )

  return {
    state,
    busy,
    card,
    retry,
    signInWithCode: (code: string) =>
      run('sign-in', () => signIn({ meetingId, code, via: 'code' }), '签到成功'),
    signInByScan: async (): Promise<string> => {
      const scanned = await scanSignInQr()
      if (!scanned.ok) return scanned.message
      if (scanned.meetingId !== meetingId) return '这是另一场会议的签到码，请确认会议'
      return run(
        'sign-in',
        () => signIn({ meetingId, code: scanned.code, via: 'scan' }),
        '签到成功',
      )
    },
    ask: (kind: RequestKind, reason: string) =>
      run('request', () => requestAttendance({ meetingId, kind, reason }), '已提交，等待审批'),
    decide: (memberId: string, approve: boolean) =>
      run(`decide-${memberId}`, () => decideRequest({ meetingId, memberId, approve })),
    proxy: (memberId: string, reason: string) =>
      run(`proxy-${memberId}`, () => proxySignIn({ meetingId, memberId, reason }), '已代签'),
    cancel: (reason: string) =>
      run('cancel', () => cancelMeeting({ meetingId, reason }), '会议已取消'),
    release: () => run('release', () => releaseMinutes({ meetingId }), '纪要已发布'),
    subscribe: () => run('subscribe', () => subscribeMeetingReminder(), '开会前会提醒你'),
    prepareShare: async (): Promise<string> => {
      setBusy('share')
      try {
        const reply = await shareCard({ meetingId })
        if (!reply.ok) return reply.message
        await prepareShareMenu(reply.data)
        setCard(reply.data)
        return ''
      } catch {
        return '没能准备分享卡片，请稍后再试'
      } finally {
        setBusy('')
      }
    },
  }
}
