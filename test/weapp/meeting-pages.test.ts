/**
 * @jest-environment jsdom
 */
import type { MeetingDetail } from '../../types/meeting'
import type { SignInCodeView } from '../../types/signin'
import { bootApp, renderPage, type CloudCall } from './harness'

/**
 * The compiled meeting pages in miniprogram-simulate: the host's code screen hands the server's code
 * to the native signin-code component (React props → WXML attributes → component properties), and the
 * meeting page renders from getMeeting. Smoke tests only (the harness leans on Taro internals).
 */
const code: SignInCodeView = {
  title: '十一月支委会',
  code: '482913',
  qrText: 'zhibu:signin:meeting:mtg-1:482913',
  rotatesAt: new Date(Date.now() + 25_000).toISOString(),
  attended: 3,
  expected: 12,
}

const meeting = {
  id: 'mtg-1',
  orgId: 'org-branch-1',
  kind: 'congress',
  title: '第四季度支部党员大会',
  startsAt: '2026-11-22T06:00:00.000Z',
  endsAt: '2026-11-22T08:00:00.000Z',
  place: '二楼会议室',
  phase: 'ended',
  expectedCount: 12,
  attendedCount: 5,
  myStatus: 'present',
  expectedMe: true,
  hasMinutes: false,
  orgName: '第一党支部',
  agenda: '民主评议党员',
  host: { openid: 'o-secretary', nickname: '王建国' },
  recorder: { openid: 'o-committee', nickname: '李红梅' },
  signInOpensAt: '2026-11-22T05:30:00.000Z',
  cancelReason: '',
  myAttendance: null,
  counts: { expected: 12, attended: 5, guests: 0, leave: 1, pending: 0, missing: 6 },
  quorum: { voting: 11, votingPresent: 5, met: false },
  roster: null,
  minutes: null,
  minutesRestricted: false,
  can: { manage: false, showCode: false, record: false, decide: false },
} satisfies MeetingDetail

let calls: CloudCall[]

beforeAll(() => {
  calls = bootApp((name, data) => {
    if (name === 'meeting' && data.action === 'getSignInCode') return { ok: true, data: code }
    if (name === 'meeting' && data.action === 'getMeeting') return { ok: true, data: meeting }
    return { ok: false, code: 'UNKNOWN_ACTION', message: '未知操作' }
  })
})

test('the compiled 签到码 page draws the server’s code with the native component', async () => {
  const page = await renderPage('packages/meeting/signin/index', { id: 'mtg-1' })
  await page.waitForText('已签到 3/12')
  // Digits, countdown and count all come from the component's properties.
  expect(page.text()).toMatch(/482913(2[0-5]) 秒后更新已签到 3\/12/)
  // The page draws the QR (the component has no QR library) and hands it over as `qrsrc`.
  expect(page.has('signin-code__qr')).toBe(true)
  expect(calls).toContainEqual({
    name: 'meeting',
    data: { meetingId: 'mtg-1', action: 'getSignInCode' },
  })
  page.close()
})

test('the compiled meeting page shows the record and a 党员大会 that could not proceed', async () => {
  const page = await renderPage('packages/meeting/detail/index', { id: 'mtg-1' })
  await page.waitForText('第四季度支部党员大会')
  expect(page.text()).toContain('未超过半数，党员大会不能召开')
  page.close()
})
