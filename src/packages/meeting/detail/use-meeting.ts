import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { RequestKind, ShareCard } from '../../../../types/meeting'
import type { Reply } from '../../../../types/errors'
import { useReply } from '../../../hooks/use-reply'
import {
  cancelMeeting,
  decideRequest,
  getMeeting,
  proxySignIn,
  releaseMinutes,
  requestAttendance,
  shareCard,
  signIn,
} from '../../../services/meeting'
import { askToSubscribe } from '../../../platform/subscribe'
import { scanSignInQr } from '../../../platform/scan'
import { prepareGroupShare } from '../../../platform/share'

/** 开会提醒我, from the tap: a decline is said plainly, as what to do next. */
async function askForReminder(): Promise<Reply<unknown>> {
  const reply = await askToSubscribe(['meetingReminder'])
  if (reply.ok && reply.data.accepted.length === 0) {
    return { ok: false, code: 'FORBIDDEN', message: '没有开启提醒；可以稍后再点“开会提醒我”' }
  }
  return reply
}

/**
 * One meeting: loaded on open and again whenever the page shows (back from the minutes or edit
 * page) or is pulled down. Every action answers with '' or the server's message, and reloads the
 * meeting on success so counts and roster stay true.
 */
export function useMeeting(meetingId: string) {
  const fetch = useCallback(() => getMeeting({ meetingId }), [meetingId])
  const { state, retry, reload: load } = useReply(fetch, { reloadOnShow: true })
  const [busy, setBusy] = useState('')
  const [card, setCard] = useState<ShareCard | null>(null)

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
      const scanned = await scanSignInQr('meeting', meetingId)
      if (!scanned.ok) return scanned.message
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
    subscribe: () => run('subscribe', askForReminder, '开会前会提醒你'),
    prepareShare: async (): Promise<string> => {
      setBusy('share')
      try {
        const reply = await shareCard({ meetingId })
        if (!reply.ok) return reply.message
        await prepareGroupShare(reply.data)
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
