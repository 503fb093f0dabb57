import Taro from '@tarojs/taro'
import { MEETING_CARD_TEMPLATE_ID, prepareGroupShare } from '@/platform/share'

const taroEnv = process.env.TARO_ENV

afterEach(() => {
  process.env.TARO_ENV = taroEnv
  jest.clearAllMocks()
})

test('a live meeting card names its updatable-message template and the count to start from', async () => {
  process.env.TARO_ENV = 'weapp'
  await prepareGroupShare({ activityId: 'act-1', attended: 3, expected: 12 })
  expect(Taro.updateShareMenu).toHaveBeenCalledWith({
    withShareTicket: true,
    isUpdatableMessage: true,
    activityId: 'act-1',
    templateInfo: {
      templateId: MEETING_CARD_TEMPLATE_ID,
      parameterList: [
        { name: 'member_count', value: '3' },
        { name: 'room_limit', value: '12' },
      ],
    },
  })
})

test('without an activityId the share is an ordinary card with a shareTicket', async () => {
  process.env.TARO_ENV = 'weapp'
  await prepareGroupShare({ activityId: null, attended: 0, expected: 3 })
  expect(Taro.updateShareMenu).toHaveBeenCalledWith({ withShareTicket: true })
})
