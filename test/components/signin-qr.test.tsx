import { codeFromSignInQr } from '@/platform/scan'
import { signInQrText } from '../../types/signin'

test('reads the code only from the sign-in QR of this meeting or activity', () => {
  const meetingQr = signInQrText('meeting', 'mtg-1', '482913')
  expect(codeFromSignInQr(meetingQr, 'meeting', 'mtg-1')).toEqual({ ok: true, code: '482913' })
  expect(codeFromSignInQr(` ${meetingQr}\n`, 'meeting', 'mtg-1')).toEqual({
    ok: true,
    code: '482913',
  })
  expect(codeFromSignInQr(meetingQr, 'meeting', 'mtg-2')).toEqual({
    ok: false,
    message: '这是另一场会议的签到码，请确认会议',
  })

  const activityQr = signInQrText('activity', 'act-1', '123456')
  expect(codeFromSignInQr(activityQr, 'activity', 'act-1')).toEqual({ ok: true, code: '123456' })
  // A meeting's QR is no use at an activity with the same id, and the other way round.
  expect(codeFromSignInQr(signInQrText('meeting', 'act-1', '123456'), 'activity', 'act-1')).toEqual(
    { ok: false, message: '这不是活动签到码，请扫描活动现场显示的签到二维码' },
  )
  expect(codeFromSignInQr(activityQr, 'meeting', 'act-1')).toMatchObject({ ok: false })
  for (const text of ['482913', 'zhibu:signin:meeting:mtg-1:48291', 'https://example.com']) {
    expect(codeFromSignInQr(text, 'meeting', 'mtg-1')).toMatchObject({ ok: false })
  }
})
