import Taro from '@tarojs/taro'
import { askToSubscribe } from '@/platform/subscribe'
import { recordSubscriptions } from '@/services/user'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/user')

const prompt = jest.mocked(Taro.requestSubscribeMessage) as jest.Mock
const record = jest.mocked(recordSubscriptions)
const taroEnv = process.env.TARO_ENV
// What a build with ZHIBU_TEMPLATE_* configured defines (config/index.ts).
;(globalThis as { SUBSCRIBE_TEMPLATE_IDS?: unknown }).SUBSCRIBE_TEMPLATE_IDS = {
  meetingReminder: 'TPL_MEETING_REMINDER',
  lessonDue: 'TPL_LESSON_DUE',
  noticeReminder: 'TPL_NOTICE_REMINDER',
  issueReplied: 'TPL_ISSUE_REPLIED',
}

beforeEach(() => {
  jest.clearAllMocks()
  record.mockResolvedValue(ok({ recorded: 1 }))
})

afterEach(() => {
  process.env.TARO_ENV = taroEnv
})

describe('in WeChat', () => {
  test('asks for the templates’ ids and records only what was accepted', async () => {
    prompt.mockResolvedValueOnce({ TPL_MEETING_REMINDER: 'accept', TPL_LESSON_DUE: 'reject' })
    await expect(askToSubscribe(['meetingReminder', 'lessonDue'])).resolves.toEqual(
      ok({ accepted: ['meetingReminder'] }),
    )
    expect(prompt).toHaveBeenCalledWith({
      tmplIds: ['TPL_MEETING_REMINDER', 'TPL_LESSON_DUE'],
      entityIds: [],
    })
    expect(record).toHaveBeenCalledWith(['meetingReminder'])
  })

  test('records nothing when everything was declined', async () => {
    prompt.mockResolvedValueOnce({ TPL_ISSUE_REPLIED: 'reject' })
    await expect(askToSubscribe(['issueReplied'])).resolves.toEqual(ok({ accepted: [] }))
    expect(record).not.toHaveBeenCalled()
  })

  test('says so when the prompt could not open, and when recording was refused', async () => {
    await expect(askToSubscribe(['lessonDue'])).resolves.toMatchObject({
      ok: false,
      message: '没能打开订阅提醒，请稍后再试',
    })
    expect(record).not.toHaveBeenCalled()

    prompt.mockResolvedValueOnce({ TPL_LESSON_DUE: 'accept' })
    record.mockResolvedValueOnce(refused('INTERNAL', '服务暂时出了点问题，请稍后重试'))
    await expect(askToSubscribe(['lessonDue'])).resolves.toEqual(
      refused('INTERNAL', '服务暂时出了点问题，请稍后重试'),
    )
  })
})

test('the local H5 build has no prompt and records every template as accepted', async () => {
  process.env.TARO_ENV = 'h5'
  await expect(askToSubscribe(['noticeReminder'])).resolves.toEqual(
    ok({ accepted: ['noticeReminder'] }),
  )
  expect(prompt).not.toHaveBeenCalled()
  expect(record).toHaveBeenCalledWith(['noticeReminder'])
})

test('a build without template ids says the reminders are not set up, and never prompts', async () => {
  const configured = (globalThis as { SUBSCRIBE_TEMPLATE_IDS?: unknown }).SUBSCRIBE_TEMPLATE_IDS
  ;(globalThis as { SUBSCRIBE_TEMPLATE_IDS?: unknown }).SUBSCRIBE_TEMPLATE_IDS = {}
  try {
    await expect(askToSubscribe(['meetingReminder'])).resolves.toMatchObject({
      ok: false,
      message: '这个版本还没有开通消息提醒，请联系支部书记',
    })
    expect(prompt).not.toHaveBeenCalled()
  } finally {
    ;(globalThis as { SUBSCRIBE_TEMPLATE_IDS?: unknown }).SUBSCRIBE_TEMPLATE_IDS = configured
  }
})
