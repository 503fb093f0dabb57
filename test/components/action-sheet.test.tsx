import Taro from '@tarojs/taro'
import { pickFrom } from '@/platform/action-sheet'

const sheet = jest.mocked(Taro.showActionSheet) as jest.Mock

test('a dismissed sheet picks nothing', async () => {
  sheet.mockRejectedValueOnce({ errMsg: 'showActionSheet:fail cancel' })
  await expect(pickFrom(['a', 'b'], (x) => x)).resolves.toBeNull()
})

test('a sheet that failed to open is an error, not a cancel', async () => {
  sheet.mockRejectedValueOnce({ errMsg: 'showActionSheet:fail parameter error' })
  await expect(pickFrom(['a', 'b'], (x) => x)).rejects.toMatchObject({
    errMsg: expect.stringContaining('parameter error'),
  })
})

test('more than the 6 items a sheet holds is refused before asking', async () => {
  sheet.mockClear()
  await expect(pickFrom(['1', '2', '3', '4', '5', '6', '7'], (x) => x)).rejects.toThrow(/at most 6/)
  expect(sheet).not.toHaveBeenCalled()
})
