import Taro from '@tarojs/taro'
import { readSignInQr, type SignInKind } from '../../types/signin'

/** The 6 digits of a host's QR, or what to tell the member instead. */
export type ScannedCode = { ok: true; code: string } | { ok: false; message: string }

const NOT_A_SIGN_IN_QR: Record<SignInKind, string> = {
  meeting: '这不是会议签到码，请扫描主持人手机上的签到二维码',
  activity: '这不是活动签到码，请扫描活动现场显示的签到二维码',
}

const ANOTHER_ONE: Record<SignInKind, string> = {
  meeting: '这是另一场会议的签到码，请确认会议',
  activity: '这是另一场活动的签到码，请确认活动',
}

/** The code in a scanned text, when it is the sign-in QR of this meeting or activity. */
export function codeFromSignInQr(text: string, kind: SignInKind, id: string): ScannedCode {
  const qr = readSignInQr(text)
  if (!qr || qr.kind !== kind) return { ok: false, message: NOT_A_SIGN_IN_QR[kind] }
  if (qr.id !== id) return { ok: false, message: ANOTHER_ONE[kind] }
  return { ok: true, code: qr.code }
}

/**
 * Scans the host's QR with the camera (an album photo could be an old screenshot) and reads the code
 * of this meeting or activity from it.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/device/scan/wx.scanCode.html
 */
export async function scanSignInQr(kind: SignInKind, id: string): Promise<ScannedCode> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return codeFromSignInQr(result, kind, id)
  } catch {
    return { ok: false, message: '没有扫到签到码，可以直接输入 6 位数字' }
  }
}
