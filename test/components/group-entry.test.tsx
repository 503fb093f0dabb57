import Taro from '@tarojs/taro'
import { fetchGroupCloudId, groupEntryKey } from '@/platform/group-entry'

const enterOptions = jest.mocked(Taro.getEnterOptionsSync) as jest.Mock
const groupEnterInfo = jest.mocked(Taro.getGroupEnterInfo) as unknown as jest.Mock
const taroEnv = process.env.TARO_ENV

beforeEach(() => {
  jest.clearAllMocks()
})

afterEach(() => {
  process.env.TARO_ENV = taroEnv
  window.location.hash = ''
})

describe('in WeChat', () => {
  test('every entry but a one-to-one chat is asked about, once per entry', () => {
    // A group message card without a shareTicket (1008) is a group entry too; so may be 群工具/群待办.
    enterOptions.mockReturnValueOnce({ scene: 1008, path: 'pages/branch/index', query: {} })
    const cardKey = groupEntryKey()
    expect(cardKey).not.toBeNull()
    enterOptions.mockReturnValueOnce({ scene: 1008, path: 'pages/branch/index', query: {} })
    expect(groupEntryKey()).toBe(cardKey)
    enterOptions.mockReturnValueOnce({ scene: 1044, shareTicket: 'ticket-9', path: '', query: {} })
    expect(groupEntryKey()).not.toBe(cardKey)
    enterOptions.mockReturnValueOnce({ scene: 1007, path: '', query: {}, chatType: 1 })
    expect(groupEntryKey()).toBeNull()
  })

  test('40097 from the platform means the entry was not from a group', async () => {
    groupEnterInfo.mockImplementationOnce(({ fail }) =>
      fail({ errMsg: 'getGroupEnterInfo:fail', errno: 40097 }),
    )
    await expect(fetchGroupCloudId()).resolves.toMatchObject({ ok: false, notFromGroup: true })
  })

  test('hands over the cloudID from getGroupEnterInfo', async () => {
    groupEnterInfo.mockImplementationOnce(({ success }) =>
      success({ errMsg: 'getGroupEnterInfo:ok', cloudID: 'cid-1', encryptedData: '', iv: '' }),
    )
    await expect(fetchGroupCloudId()).resolves.toEqual({ ok: true, cloudID: 'cid-1' })
  })

  test.each([
    [{ errMsg: 'getGroupEnterInfo:fail', errno: 40097 }, '请从微信群里打开卡片'],
    [{ errMsg: 'getGroupEnterInfo:fail invalid scene' }, '请从微信群里打开卡片'],
    [{ errMsg: 'getGroupEnterInfo:fail 65206' }, '你已不在这个群里'],
    [{ errMsg: 'getGroupEnterInfo:fail system error' }, '读取群信息失败，请回到微信群重新打开卡片'],
  ])('explains a failure %j in Chinese', async (error, message) => {
    groupEnterInfo.mockImplementationOnce(({ fail }) => fail(error))
    await expect(fetchGroupCloudId()).resolves.toMatchObject({ ok: false, message })
  })
})

describe('in the H5 preview', () => {
  const fetchMock = jest.fn()

  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  test('?fromGroup= in the hash route stands for a group card', () => {
    window.location.hash = '#/pages/branch/index?fromGroup=demo-group-1'
    expect(groupEntryKey()).toBe('demo-group-1')
    window.location.hash = '#/pages/branch/index'
    expect(groupEntryKey()).toBeNull()
    expect(enterOptions).not.toHaveBeenCalled()
  })

  test('asks the local gateway for a cloudID for that group', async () => {
    window.location.hash = '#/pages/branch/index?fromGroup=demo-group-1'
    fetchMock.mockResolvedValue({
      ok: true,
      status: 200,
      json: async () => ({ cloudID: 'local_1' }),
    })
    await expect(fetchGroupCloudId()).resolves.toEqual({ ok: true, cloudID: 'local_1' })
    expect(fetchMock).toHaveBeenCalledWith('/__local/group-entry', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ groupId: 'demo-group-1' }),
    })
    expect(groupEnterInfo).not.toHaveBeenCalled()
  })

  test('without a session (401) it asks to pick a demo identity', async () => {
    window.location.hash = '#/pages/branch/index?fromGroup=demo-group-1'
    fetchMock.mockResolvedValue({ ok: false, status: 401, json: async () => ({}) })
    await expect(fetchGroupCloudId()).resolves.toEqual({
      ok: false,
      message: '本地预览：请先选择一个演示身份',
    })
  })
})
