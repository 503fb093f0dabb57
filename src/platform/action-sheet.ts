import Taro from '@tarojs/taro'

/** An action sheet shows at most 6 items (WeChat's limit; Taro's H5 build refuses more too). */
export const ACTION_SHEET_MAX = 6

/**
 * One of `choices`, picked from the platform's action sheet, or null when the person dismissed it
 * (the sheet rejects with `showActionSheet:fail cancel`). Any other failure is thrown: a sheet that
 * could not open must not read as "cancelled".
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showActionSheet.html
 */
export async function pickFrom<T>(
  choices: readonly T[],
  label: (choice: T) => string,
): Promise<T | null> {
  if (choices.length > ACTION_SHEET_MAX) {
    throw new Error(
      `an action sheet shows at most ${ACTION_SHEET_MAX} items, not ${choices.length}`,
    )
  }
  try {
    const { tapIndex } = await Taro.showActionSheet({ itemList: choices.map(label) })
    return choices[tapIndex] ?? null
  } catch (error) {
    if (/cancel/.test(String((error as { errMsg?: unknown } | undefined)?.errMsg ?? '')))
      return null
    throw error
  }
}
