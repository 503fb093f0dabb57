import Taro from '@tarojs/taro'
import type { LedgerFile, ShareCard } from '../../../../types/meeting'
import { fileUrl } from '../../../platform/files'

/**
 * The WeChat abilities the meeting pages use, each with its local H5 stand-in. (Kept in this
 * subpackage for now; src/platform/ is the shared home once a second domain needs them.)
 */
export const IN_WEAPP = process.env.TARO_ENV === 'weapp'

export type ScanResult =
  { ok: true; meetingId: string; code: string } | { ok: false; message: string }

const QR_PATTERN = /^zhibu:signin:meeting:([A-Za-z0-9_-]{1,64}):(\d{6})$/

/** Reads the host's QR (its text is `zhibu:signin:meeting:<id>:<code>`). */
export function parseSignInQr(text: string): ScanResult {
  const match = QR_PATTERN.exec(text.trim())
  if (!match) return { ok: false, message: '这不是会议签到码，请扫描主持人手机上的签到二维码' }
  return { ok: true, meetingId: match[1], code: match[2] }
}

// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/device/scan/wx.scanCode.html
export async function scanSignInQr(): Promise<ScanResult> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return parseSignInQr(result)
  } catch {
    return { ok: false, message: '没有扫到签到码，可以直接输入 6 位数字' }
  }
}

/**
 * Opens a 台账 file: in WeChat it is downloaded and shown with openDocument (with the menu, so it can
 * be forwarded or saved); in the browser it downloads through the local gateway.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.openDocument.html
 */
export async function openLedgerFile(file: LedgerFile, fileType: 'docx' | 'xlsx'): Promise<string> {
  if (!IN_WEAPP) {
    const link = document.createElement('a')
    link.href = fileUrl(file.fileID)
    link.download = file.name
    link.className = `ledger-download ledger-download--${fileType}`
    document.body.appendChild(link)
    link.click()
    link.remove()
    return ''
  }
  try {
    const { tempFilePath, statusCode } = await Taro.downloadFile({ url: file.url })
    if (statusCode !== 200) return '下载失败，请重新生成台账后再试'
    await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true })
    return ''
  } catch {
    return '打开文件失败，请确认微信已更新到最新版本后再试'
  }
}

/**
 * Makes the next share an updatable message (动态消息) whose count the server moves as people sign
 * in. Without an activityId it is an ordinary card. iOS drops the shareTicket if isUpdatableMessage is
 * passed as false, so it is only passed when true.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share/updatable-message.html
 */
export async function prepareShareMenu(card: ShareCard): Promise<void> {
  if (!IN_WEAPP) return
  // Taro's typings also ask for templateInfo.templateId, which WeChat's default updatable-message
  // template does not take (only parameterList).
  const option = card.activityId
    ? {
        withShareTicket: true,
        isUpdatableMessage: true,
        activityId: card.activityId,
        templateInfo: {
          parameterList: [
            { name: 'member_count', value: String(card.attended) },
            { name: 'room_limit', value: String(card.expected) },
          ],
        },
      }
    : { withShareTicket: true }
  await Taro.updateShareMenu(option as Taro.updateShareMenu.Option)
}
