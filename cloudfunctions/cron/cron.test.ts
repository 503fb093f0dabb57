import { callFunctionAs } from '../../emulator/local-cloud'
import { openapiOutbox } from '../../emulator/openapi'
import { cloud } from '../../emulator/local-cloud'
import { sendWithCredit } from '../_shared/subscriptions'
import { call, callOk, seedDemo, storeContents } from '../../test/helpers/cloud'

beforeAll(() => seedDemo())

describe('cron', () => {
  it('refuses calls from the app, whoever makes them, and writes nothing', async () => {
    const before = storeContents()
    for (const who of ['admin', 'secretary', 'resident'] as const) {
      expect(await call(who, 'cron', { action: 'tick' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
    }
    expect(storeContents()).toEqual(before)
  })

  it('runs every job on a timer trigger', async () => {
    const { result } = await callFunctionAs(
      'cron',
      { Type: 'Timer', TriggerName: 'tick', Time: '2026-11-22T08:00:00Z' },
      { openid: '', source: 'wx_trigger' },
    )
    expect(result).toMatchObject({ ok: true })
  })
})

describe('subscribe-message credits', () => {
  it('sends once per accept and never without a credit', async () => {
    await callOk('member', 'user', { action: 'recordSubscriptions', accepted: ['meetingReminder'] })
    await callOk('member', 'user', {
      action: 'recordSubscriptions',
      accepted: ['meetingReminder', 'lessonDue'],
    })
    const db = cloud.database()
    const message = {
      touser: 'o_demo_member',
      template: 'meetingReminder' as const,
      page: 'pages/branch/index',
      data: {
        thing1: { value: '支委会' },
        time2: { value: '11月3日 19:30' },
        thing3: { value: '党员活动室' },
      },
    }
    const sent = [
      await sendWithCredit(db, message),
      await sendWithCredit(db, message),
      await sendWithCredit(db, message),
    ]
    expect(sent).toEqual([true, true, false])
    const sends = openapiOutbox().filter((entry) => entry.api === 'subscribeMessage.send')
    expect(sends).toHaveLength(2)
    expect(sends[0].params).toMatchObject({
      touser: 'o_demo_member',
      templateId: 'TPL_MEETING_REMINDER',
    })
  })

  it('refuses unknown templates', async () => {
    const reply = await call('member', 'user', {
      action: 'recordSubscriptions',
      accepted: ['spam'],
    })
    expect(reply).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
  })
})
