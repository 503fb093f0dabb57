import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { signInQrText, type SignInCodeView, type SignInKind } from '../../types/signin'

/**
 * Rotating sign-in codes for meetings and activities: HMAC of a per-event secret and the 30 s window,
 * six digits, like TOTP. The current and the previous window are accepted so a code read just before
 * it rotates still works; anything older is refused. The secret never leaves the server.
 */
export const CODE_WINDOW_SECONDS = 30

export function newSignInSecret(): string {
  return randomBytes(32).toString('hex')
}

function windowOf(time: Date): number {
  return Math.floor(time.getTime() / 1000 / CODE_WINDOW_SECONDS)
}

function codeForWindow(secret: string, window: number): string {
  const digest = createHmac('sha256', Buffer.from(secret, 'hex')).update(String(window)).digest()
  // RFC 4226 dynamic truncation
  const offset = digest[digest.length - 1] & 0x0f
  const value = digest.readUInt32BE(offset) & 0x7fffffff
  return String(value % 1_000_000).padStart(6, '0')
}

export interface SignInCode {
  code: string
  /** When this code stops being the current one (it is still accepted for one more window). */
  rotatesAt: Date
}

export function currentSignInCode(secret: string, now: Date): SignInCode {
  const window = windowOf(now)
  return {
    code: codeForWindow(secret, window),
    rotatesAt: new Date((window + 1) * CODE_WINDOW_SECONDS * 1000),
  }
}

export function isValidSignInCode(secret: string, code: string, now: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false
  const window = windowOf(now)
  return [window, window - 1].some((candidate) =>
    timingSafeEqual(Buffer.from(codeForWindow(secret, candidate)), Buffer.from(code)),
  )
}

/** What the host's QR code holds (the format lives with the client's reader, in types/). */
export { signInQrText }

/** What a host's screen shows, for a meeting or an activity: the current code, its QR and the count. */
export function signInCodeView(
  of: { kind: SignInKind; id: string; title: string; secret: string },
  count: { attended: number; expected: number },
  now: Date,
): SignInCodeView {
  const { code, rotatesAt } = currentSignInCode(of.secret, now)
  return {
    title: of.title,
    code,
    qrText: signInQrText(of.kind, of.id, code),
    rotatesAt: rotatesAt.toISOString(),
    attended: count.attended,
    expected: count.expected,
  }
}
