import {
  meetingActions,
  proxyLabel,
  rosterActions,
} from '@/packages/meeting/detail/meeting-actions'
import type {
  AttendanceStatus,
  AttendanceView,
  MeetingDetail,
  MeetingPhase,
} from '../../types/meeting'
import { ALL_POWERS, NO_POWERS, detail, rosterEntry } from './meeting-fixtures'

// The fixture meeting runs 14:00–15:00 Beijing time on 22 November 2026.
const DURING = Date.parse('2026-11-22T06:30:00.000Z')
const END = Date.parse('2026-11-22T07:00:00.000Z')
const DAY = 24 * 3600 * 1000

function attendance(status: AttendanceStatus): AttendanceView {
  return { status, method: null, at: null, by: null, reason: '', request: null }
}

function at(phase: MeetingPhase, overrides: Partial<MeetingDetail> = {}) {
  return detail({ phase, ...overrides })
}

const HOST = { ...NO_POWERS, showCode: true }
const SECRETARY = ALL_POWERS

/** The actions that are on, by name, so a failure shows the whole set. */
function on(meeting: MeetingDetail, now = DURING): string[] {
  return Object.entries(meetingActions(meeting, now))
    .filter(([, value]) => value)
    .map(([key]) => key)
    .sort()
}

describe('an expected member', () => {
  test('before sign-in opens may ask for leave and a reminder, nothing else', () => {
    expect(on(at('upcoming'))).toEqual(['askLeave', 'mine', 'subscribe'])
  })

  test('while sign-in is open may sign in, ask for leave, or follow the 补签 hint', () => {
    expect(on(at('open'))).toEqual(['askLeave', 'makeupHint', 'mine', 'signIn'])
  })

  test('once signed in has nothing left to do but see their status', () => {
    expect(on(at('open', { myAttendance: attendance('present') }))).toEqual(['mine'])
  })

  test('with a request waiting may still sign in, but not ask again', () => {
    expect(on(at('open', { myAttendance: attendance('pending') }))).toEqual(['mine', 'signIn'])
  })

  test('after the meeting may ask for 补签 for 7 days, then no more', () => {
    expect(on(at('ended'), END + DAY)).toEqual(['askMakeup', 'mine'])
    expect(on(at('ended'), END + 8 * DAY)).toEqual(['mine'])
  })

  test('sees nothing to do on a cancelled meeting, not even 我的签到', () => {
    expect(on(at('cancelled'))).toEqual([])
  })
})

describe('a member whose leave was approved', () => {
  const onLeave = { myAttendance: attendance('leave') }

  test('is not offered leave again nor a reminder for a meeting they will miss', () => {
    expect(on(at('upcoming', onLeave))).toEqual(['mine'])
  })

  test('may still come and sign in, or ask for 补签 afterwards', () => {
    expect(on(at('open', onLeave))).toEqual(['makeupHint', 'mine', 'signIn'])
    expect(on(at('ended', onLeave), END + DAY)).toEqual(['askMakeup', 'mine'])
  })
})

describe('someone not on the expected list', () => {
  const guest = { expectedMe: false }

  test('has no leave to ask for and gets no reminder', () => {
    expect(on(at('upcoming', guest))).toEqual(['mine'])
  })

  test('may sign in as 列席 while sign-in is open', () => {
    expect(on(at('open', guest))).toEqual(['makeupHint', 'mine', 'signIn'])
  })
})

describe('the host', () => {
  test('shows the code only while sign-in is open, and may prepare the group card until the end', () => {
    expect(on(at('upcoming', { can: HOST }))).toEqual(
      expect.arrayContaining(['manageCard', 'shareCard']),
    )
    expect(on(at('upcoming', { can: HOST }))).not.toContain('showCode')
    expect(on(at('open', { can: HOST }))).toEqual(
      expect.arrayContaining(['manageCard', 'shareCard', 'showCode']),
    )
    expect(on(at('ended', { can: HOST }))).not.toContain('manageCard')
  })

  test('may not edit, cancel, decide or write the minutes', () => {
    const actions = meetingActions(at('open', { can: HOST }), DURING)
    expect([actions.edit, actions.cancel, actions.decide, actions.writeMinutes]).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})

describe('the secretary', () => {
  test('edits and cancels only a meeting still to come or under way', () => {
    for (const phase of ['upcoming', 'open'] as const) {
      const actions = meetingActions(at(phase, { can: SECRETARY }), DURING)
      expect([phase, actions.edit, actions.cancel]).toEqual([phase, true, true])
    }
    for (const phase of ['ended', 'cancelled'] as const) {
      const actions = meetingActions(at(phase, { can: SECRETARY }), DURING)
      expect([phase, actions.edit, actions.cancel]).toEqual([phase, false, false])
    }
  })

  test('writes minutes and signs in by proxy once sign-in has opened, never on a cancelled meeting', () => {
    const allowed = (phase: MeetingPhase) => {
      const actions = meetingActions(at(phase, { can: SECRETARY }), END + DAY)
      return [actions.writeMinutes, actions.proxy]
    }
    expect(allowed('upcoming')).toEqual([false, false])
    expect(allowed('open')).toEqual([true, true])
    expect(allowed('ended')).toEqual([true, true])
    expect(allowed('cancelled')).toEqual([false, false])
  })

  test('decides waiting requests and signs in by proxy only those not yet in and not on leave', () => {
    const actions = meetingActions(at('open', { can: SECRETARY }), DURING)
    const line = (status: AttendanceStatus | null) =>
      rosterActions(actions, rosterEntry({ attendance: status ? attendance(status) : null }))
    expect(line('pending')).toEqual({ decide: true, proxy: false })
    expect(line(null)).toEqual({ decide: false, proxy: true })
    expect(line('leave')).toEqual({ decide: false, proxy: false })
    expect(line('present')).toEqual({ decide: false, proxy: false })
    expect(proxyLabel(at('open'))).toBe('代签到')
    expect(proxyLabel(at('ended'))).toBe('会后补录')
  })

  test('releases held minutes; a member cannot', () => {
    const minutes = {
      summary: '研究了下月工作',
      resolutions: [],
      photos: [],
      expectedCount: 3,
      attendedCount: 2,
      absentees: [],
      recordedBy: { openid: 'o-committee', nickname: '李红梅' },
      recordedAt: '2026-11-22T07:10:00.000Z',
      version: 1,
      held: true,
    }
    expect(meetingActions(at('ended', { can: SECRETARY, minutes }), END).releaseMinutes).toBe(true)
    expect(meetingActions(at('ended', { minutes }), END).releaseMinutes).toBe(false)
  })

  test('sees the quorum line only once attendance means something', () => {
    const quorum = { voting: 10, votingPresent: 4, met: false }
    const shown = (phase: MeetingPhase) => meetingActions(at(phase, { quorum }), DURING).quorum
    expect([shown('upcoming'), shown('open'), shown('ended'), shown('cancelled')]).toEqual([
      false,
      true,
      true,
      false,
    ])
  })
})
