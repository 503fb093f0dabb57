import Taro from '@tarojs/taro'

/**
 * WeChat's privacy flow (base library ≥ 2.32.3): a privacy API (chooseMedia, chooseLocation,
 * setClipboardData, scanCode, …) waits until the person agrees in the app's own dialog, whose 同意
 * button has open-type="agreePrivacyAuthorization". The listener is global, so it is registered once,
 * at launch; the dialog is shown by whichever page is in front (the last shown page that mounted
 * <PrivacyPrompt />, see src/components/privacy-prompt).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
 */
export type PrivacyAnswer =
  { event: 'agree'; buttonId: string } | { event: 'disagree' } | { event: 'exposureAuthorization' }

export interface PrivacyRequest {
  /** The API or component that asked, e.g. "chooseMedia" (eventInfo.referrer). */
  referrer: string
  resolve(answer: PrivacyAnswer): void
}

type Host = (request: PrivacyRequest | null) => void

let pending: PrivacyRequest | null = null
/** Pages able to show the dialog, most recently shown last: the last one is in front. */
const hosts: Host[] = []

function front(): Host | undefined {
  return hosts[hosts.length - 1]
}

function settle(answer: PrivacyAnswer) {
  const request = pending
  pending = null
  request?.resolve(answer)
  front()?.(null)
}

/** What a new request does: shown by the page in front, or refused at once if none can show it. */
export function receivePrivacyRequest(request: PrivacyRequest): void {
  // Only one waits at a time; an older one that nobody answered is declined rather than left hanging.
  if (pending) settle({ event: 'disagree' })
  const host = front()
  if (!host) {
    // No page that can ask is in front: fail the API call (it reports "privacy permission is not
    // authorized") instead of leaving it waiting for a dialog nobody will see.
    console.warn('[privacy] no page can show the privacy dialog for', request.referrer)
    request.resolve({ event: 'disagree' })
    return
  }
  pending = request
  request.resolve({ event: 'exposureAuthorization' })
  host(request)
}

let listening = false

/** Called once at launch (src/app.ts). */
export function listenForPrivacyRequests(): void {
  if (process.env.TARO_ENV !== 'weapp' || listening || !Taro.onNeedPrivacyAuthorization) return
  listening = true
  Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => {
    receivePrivacyRequest({
      referrer: String((eventInfo as { referrer?: unknown } | undefined)?.referrer ?? ''),
      resolve: resolve as PrivacyRequest['resolve'],
    })
  })
}

/**
 * A page that can show the dialog comes to the front (onShow). Returns how to leave (onHide, unmount).
 * A request waiting when the page comes to the front is shown by it.
 */
export function attachPrivacyHost(host: Host): () => void {
  const index = hosts.indexOf(host)
  if (index >= 0) hosts.splice(index, 1)
  hosts.push(host)
  host(pending)
  return () => {
    const at = hosts.indexOf(host)
    if (at >= 0) hosts.splice(at, 1)
  }
}

/** The person's answer, from the dialog in front. */
export function answerPrivacy(agreed: boolean, buttonId: string): void {
  settle(agreed ? { event: 'agree', buttonId } : { event: 'disagree' })
}
