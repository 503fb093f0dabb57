/**
 * What a host's sign-in QR code holds: `zhibu:signin:<kind>:<id>:<code>`. The server builds it beside
 * the rotating code (cloudfunctions/_shared/signin-code.ts); the member's scanner reads it back
 * (src/platform/scan.ts). One format for meetings and activities.
 */
export type SignInKind = 'meeting' | 'activity'

export function signInQrText(kind: SignInKind, id: string, code: string): string {
  return `zhibu:signin:${kind}:${id}:${code}`
}

const QR_PATTERN = /^zhibu:signin:(meeting|activity):([A-Za-z0-9_-]{1,64}):(\d{6})$/

export interface SignInQr {
  kind: SignInKind
  id: string
  code: string
}

/** The parts of a sign-in QR's text, or null when the text is something else. */
export function readSignInQr(text: string): SignInQr | null {
  const match = QR_PATTERN.exec(text.trim())
  if (!match) return null
  return { kind: match[1] as SignInKind, id: match[2], code: match[3] }
}
