import Taro from '@tarojs/taro'

export interface PickedPlace {
  name: string
  address: string
  latitude: number
  longitude: number
}

export type PickPlaceResult =
  | { ok: true; place: PickedPlace }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; message: string }

/**
 * Picking a place on the map. Only in WeChat: the H5 preview has no map key, so there the place is
 * typed in. chooseLocation is declared in app.config.ts `requiredPrivateInfos` and must be in the
 * mini-program's privacy guide (用户隐私保护指引); the first call may wait for the user's consent
 * (see use-privacy.ts).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.chooseLocation.html
 */
export const CAN_PICK_ON_MAP = process.env.TARO_ENV === 'weapp'

export async function pickPlaceOnMap(): Promise<PickPlaceResult> {
  try {
    const picked = await Taro.chooseLocation({})
    if (!picked.name && !picked.address) return { ok: false, cancelled: true }
    return {
      ok: true,
      place: {
        name: (picked.name || picked.address).slice(0, 50),
        address: (picked.address ?? '').slice(0, 100),
        latitude: picked.latitude,
        longitude: picked.longitude,
      },
    }
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? '')
    if (/cancel/i.test(message)) return { ok: false, cancelled: true }
    if (/privacy/i.test(message)) {
      return {
        ok: false,
        cancelled: false,
        message: '需要先同意《用户隐私保护指引》才能在地图上选点；你也可以直接填写地点',
      }
    }
    return { ok: false, cancelled: false, message: '没能打开地图，请直接填写地点' }
  }
}
