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

/**
 * What the host's screen shows of a rotating code, the same for a meeting and an activity (both
 * getSignInCode actions answer it; src/components/signin-host-screen shows it).
 */
export interface SignInCodeView {
  /** The meeting's or activity's title, above the code. */
  title: string
  code: string
  /** What the QR holds (`signInQrText`); members scan it. */
  qrText: string
  /** When the code rotates (ISO). */
  rotatesAt: string
  /** Signed in so far, of `expected` (for an activity: checked in, of those signed up). */
  attended: number
  expected: number
}
