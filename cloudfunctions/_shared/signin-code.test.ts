import {
  CODE_WINDOW_SECONDS,
  currentSignInCode,
  isValidSignInCode,
  newSignInSecret,
} from './signin-code'

const secret = newSignInSecret()
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 22, 8, 0, 0) + seconds * 1000)

describe('rotating sign-in code', () => {
  it('accepts the current and the previous window, and nothing older', () => {
    const { code } = currentSignInCode(secret, at(0))
    expect(isValidSignInCode(secret, code, at(0))).toBe(true)
    expect(isValidSignInCode(secret, code, at(CODE_WINDOW_SECONDS))).toBe(true)
    expect(isValidSignInCode(secret, code, at(2 * CODE_WINDOW_SECONDS))).toBe(false)
  })

  it('changes every window and differs between secrets', () => {
    const first = currentSignInCode(secret, at(0)).code
    const next = currentSignInCode(secret, at(CODE_WINDOW_SECONDS)).code
    const other = currentSignInCode(newSignInSecret(), at(0)).code
    expect(first).toMatch(/^\d{6}$/)
    expect(new Set([first, next, other]).size).toBe(3)
  })

  it('refuses malformed codes', () => {
    expect(isValidSignInCode(secret, '12345', at(0))).toBe(false)
    expect(isValidSignInCode(secret, 'abcdef', at(0))).toBe(false)
  })

  it('tells when the code rotates', () => {
    const { rotatesAt } = currentSignInCode(secret, at(10))
    expect(rotatesAt.getTime() - at(0).getTime()).toBe(CODE_WINDOW_SECONDS * 1000)
  })
})
