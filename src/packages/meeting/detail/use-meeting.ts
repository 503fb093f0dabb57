import { useCallback, useState } from 'react'
import type { RequestKind, ShareCard } from '../../../../types/meeting'
import type { Reply } from '../../../../types/errors'
import { useAction } from '../../../hooks/use-action'
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
import { prepareGroupShare } from '../../../platform/share'

/** 开会提醒我, from the tap: a decline is said plainly, as what to do next. */
async function askForReminder(): Promise<Reply<unknown>> {
  const reply = await askToSubscribe(['meetingReminder'])
  if (reply.ok && reply.data.accepted.length === 0) {
    return { ok: false, code: 'FORBIDDEN', message: '没有开启提醒；可以稍后再点“开会提醒我”' }
  }
  return reply
}

/** What is running now, so only that button spins. */
export type MeetingBusy =
  | 'sign-in'
  | 'request'
  | 'cancel'
  | 'release'
  | 'subscribe'
  | 'share'
  | `decide-${string}`
  | `proxy-${string}`

/**
 * One meeting: loaded on open and again whenever the page shows (back from the minutes or edit
 * page) or is pulled down. Every action answers with '' or the server's message, and reloads the
 * meeting on success so counts and roster stay true. Refusals of the page's own buttons go to
 * `error` (the banner); the code box and the reason dialogs show theirs in place.
 */
export function useMeeting(meetingId: string) {
  const fetch = useCallback(() => getMeeting({ meetingId }), [meetingId])
  const { state, retry, reload } = useReply(fetch, { reloadOnShow: true })
  const { busy, error, run } = useAction<MeetingBusy>({ reload })
  const [card, setCard] = useState<ShareCard | null>(null)
  const inline = { inline: true }

  return {
    state,
    busy,
    error,
    card,
    retry,
    signInWithCode: (code: string) =>
      run('sign-in', () => signIn({ meetingId, code, via: 'code' }), {
        ...inline,
        done: '签到成功',
      }),
    /** A code read from the host's QR (the form scanned it and checked it is this meeting's). */
    signInScanned: (code: string) =>
      run('sign-in', () => signIn({ meetingId, code, via: 'scan' }), {
        ...inline,
        done: '签到成功',
      }),
    ask: (kind: RequestKind, reason: string) =>
      run('request', () => requestAttendance({ meetingId, kind, reason }), {
        ...inline,
        done: '已提交，等待审批',
      }),
    decide: (memberId: string, approve: boolean) =>
      run(`decide-${memberId}`, () => decideRequest({ meetingId, memberId, approve })),
    proxy: (memberId: string, reason: string) =>
      run(`proxy-${memberId}`, () => proxySignIn({ meetingId, memberId, reason }), {
        ...inline,
        done: '已代签',
      }),
    cancel: (reason: string) =>
      run('cancel', () => cancelMeeting({ meetingId, reason }), { ...inline, done: '会议已取消' }),
    release: () => run('release', () => releaseMinutes({ meetingId }), { done: '纪要已发布' }),
    subscribe: () => run('subscribe', askForReminder, { done: '开会前会提醒你' }),
    prepareShare: () =>
      run(
        'share',
        async () => {
          const reply = await shareCard({ meetingId })
          if (reply.ok) await prepareGroupShare(reply.data)
          return reply
        },
        { reload: false, then: setCard, failed: '没能准备分享卡片，请稍后再试' },
      ),
  }
}
