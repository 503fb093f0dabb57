import { callFunctionAs, cloud } from '../../emulator/local-cloud'
import { openapiOutbox, subscribeMessages } from '../../emulator/openapi'
import { timerEvent } from '../../emulator/platform/timer'
import { createReminder, deliverReminder, type SendBudget } from '../_shared/reminders'
import { messageData, sendWithCredit, SubscribeValueError } from '../_shared/subscriptions'
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
    const { result } = await callFunctionAs('cron', timerEvent('tick'), {
      openid: '',
      source: 'wx_trigger',
    })
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
      data: messageData('meetingReminder', {
        thing1: '支委会',
        time2: new Date('2026-11-22T07:00:00Z'),
        thing3: '党员活动室',
      }),
    }
    const sent = [
      await sendWithCredit(db, message),
      await sendWithCredit(db, message),
      await sendWithCredit(db, message),
    ]
    expect(sent).toEqual(['sent', 'sent', 'noCredit'])
    const sends = openapiOutbox().filter((entry) => entry.api === 'subscribeMessage.send')
    expect(sends.slice(-2)).toHaveLength(2)
    expect(sends.at(-1)?.params).toMatchObject({
      touser: 'o_demo_member',
      templateId: 'local_template_meetingReminder',
      data: { time2: { value: '2026年11月22日 15:00' } },
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

describe('template values are formatted and checked before anything is sent', () => {
  it('cuts a thing to 20 characters and puts Beijing dates and times in the documented form', () => {
    const data = messageData('meetingReminder', {
      thing1: '党员大会：学习贯彻党的二十届三中全会精神专题会议',
      time2: new Date('2026-11-30T01:05:00Z'),
      thing3: '  社区党群服务中心  ',
    })
    expect([...data.thing1.value]).toHaveLength(20)
    expect(data.thing1.value.endsWith('…')).toBe(true)
    expect(data.time2.value).toBe('2026年11月30日 09:05')
    expect(data.thing3.value).toBe('社区党群服务中心')
    expect(
      messageData('lessonDue', { thing1: '课', date2: new Date('2026-11-30T20:00:00Z') }),
    ).toEqual({
      thing1: { value: '课' },
      date2: { value: '2026年12月1日' },
    })
  })

  it('refuses an empty value rather than send what WeChat would refuse (47003)', () => {
    expect(() => messageData('noticeReminder', { thing1: '   ', thing2: '第一党支部' })).toThrow(
      SubscribeValueError,
    )
  })

  it('a deployment without the template id sends nothing and spends no credit', async () => {
    const name = 'ZHIBU_TEMPLATE_ISSUE_REPLIED'
    const configured = process.env[name]
    await callOk('member', 'user', { action: 'recordSubscriptions', accepted: ['issueReplied'] })
    delete process.env[name]
    try {
      const outcome = await sendWithCredit(cloud.database(), {
        touser: 'o_demo_member',
        template: 'issueReplied',
        page: 'pages/issues/index',
        data: messageData('issueReplied', { thing1: '诉求', time2: new Date(), thing3: '已答复' }),
      })
      expect(outcome).toBe('notConfigured')
      expect(credits('o_demo_member', 'issueReplied')).toBe(1)
    } finally {
      process.env[name] = configured
    }
  })
})

function credits(openid: string, template: string): number {
  const row = (storeContents().subscriptions as { _id: string; credits: number }[]).find(
    (entry) => entry._id === `${openid}_${template}`,
  )
  return row?.credits ?? 0
}

async function withCredits(people: string[], template: 'noticeReminder') {
  for (const openid of people) {
    await callOk({ openid }, 'user', { action: 'recordSubscriptions', accepted: [template] })
  }
}

let reminders = 0
async function newReminder(recipients: string[]) {
  reminders += 1
  const id = `test-reminder-${reminders}`
  await createReminder(cloud.database(), {
    _id: id,
    template: 'noticeReminder',
    page: 'packages/notice/list/index?orgId=org-branch-1',
    data: messageData('noticeReminder', { thing1: '请签阅本周通知', thing2: '第一党支部' }),
    recipients,
  })
  return id
}

function sendsTo(id: string) {
  return openapiOutbox()
    .filter((entry) => entry.api === 'subscribeMessage.send' && !entry.errCode)
    .map((entry) => String(entry.params.touser))
    .filter((openid) => openid.startsWith(`o_rem_${id}`))
}

const forever: SendBudget = { timeLeft: () => 60_000 }

describe('a reminder to many people', () => {
  afterEach(() => subscribeMessages.reset())

  it('one person who refused (43101) does not stop the others, and keeps no refund', async () => {
    const id = await newReminder([])
    const people = Array.from({ length: 12 }, (_, i) => `o_rem_${id}_${i}`)
    await withCredits(people, 'noticeReminder')
    await cloud
      .database()
      .collection('reminders')
      .doc(id)
      .update({ data: { recipients: people } })
    subscribeMessages.refuse(people[3])
    const counts = await deliverReminder(cloud.database(), id, forever)
    expect(counts).toMatchObject({ sent: 11, refused: 1, pending: 0 })
    expect(new Set(sendsTo(id))).toEqual(new Set(people.filter((_, i) => i !== 3)))
    expect(credits(people[3], 'noticeReminder')).toBe(0)
    expect(
      storeContents().reminders.find((row) => (row as { _id: string })._id === id),
    ).toMatchObject({
      status: 'done',
      results: { [people[3]]: { state: 'refused' }, [people[0]]: { state: 'sent' } },
    })
  })

  it('a system error gives the credit back; a person without a credit gets nothing', async () => {
    const id = await newReminder([])
    const people = [`o_rem_${id}_busy`, `o_rem_${id}_ok`, `o_rem_${id}_none`]
    await withCredits(people.slice(0, 2), 'noticeReminder')
    await cloud
      .database()
      .collection('reminders')
      .doc(id)
      .update({ data: { recipients: people } })
    subscribeMessages.failNext(-1)
    const counts = await deliverReminder(cloud.database(), id, { timeLeft: () => 60_000 })
    expect(counts).toMatchObject({ sent: 1, failed: 1, noCredit: 1, pending: 0 })
    // Sends go a few at a time, so which of the two met the busy platform is not fixed.
    const failed = people.slice(0, 2).find((openid) => !sendsTo(id).includes(openid)) as string
    expect(credits(failed, 'noticeReminder')).toBe(1)
  })

  it('a run out of time stops cleanly and the next tick carries on, nobody reminded twice', async () => {
    const id = await newReminder([])
    const people = Array.from({ length: 30 }, (_, i) => `o_rem_${id}_${i}`)
    await withCredits(people, 'noticeReminder')
    await cloud
      .database()
      .collection('reminders')
      .doc(id)
      .update({ data: { recipients: people } })
    // The function's clock: enough for a handful of sends, then out of time.
    let asked = 0
    const cutShort: SendBudget = { timeLeft: () => (++asked <= 5 ? 60_000 : 0) }
    const first = await deliverReminder(cloud.database(), id, cutShort)
    expect(first.sent).toBe(5)
    expect(first.pending).toBe(25)
    // A run killed mid-send leaves a claim behind; once stale, that person is tried again.
    await cloud
      .database()
      .collection('reminders')
      .doc(id)
      .update({
        data: {
          [`results.${people[29]}`]: { state: 'sending', at: new Date(Date.now() - 3600_000) },
        },
      })
    const { result } = await callFunctionAs('cron', timerEvent('tick'), {
      openid: '',
      source: 'wx_trigger',
    })
    expect(result).toMatchObject({ ok: true })
    const sent = sendsTo(id)
    expect(sent).toHaveLength(30)
    expect(new Set(sent).size).toBe(30)
    expect(
      storeContents().reminders.find((row) => (row as { _id: string })._id === id),
    ).toMatchObject({
      status: 'done',
    })
  })
})
