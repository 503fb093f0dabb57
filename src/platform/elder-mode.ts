import Taro from '@tarojs/taro'

/**
 * 长辈模式 (larger type and tap targets), remembered per person: the key carries the openid, so someone
 * else logging in on the same phone starts at the normal size. Until a session names the person, the
 * app shows the normal size.
 */
const KEY_PREFIX = 'zhibu.elderMode.'

let person: string | null = null
let on = false
const listeners = new Set<() => void>()

function storedFor(openid: string): boolean {
  return Taro.getStorageSync(KEY_PREFIX + openid) === true
}

function notify(): void {
  listeners.forEach((listener) => listener())
}

/** Called when a session is ready: from now on pages show this person's setting. */
export function followPerson(openid: string): void {
  const next = storedFor(openid)
  if (person === openid && on === next) return
  person = openid
  on = next
  notify()
}

/** Whether the person the app currently follows turned 长辈模式 on. */
export function elderModeOn(): boolean {
  return on
}

export function setElderMode(openid: string, value: boolean): void {
  if (value) Taro.setStorageSync(KEY_PREFIX + openid, true)
  else Taro.removeStorageSync(KEY_PREFIX + openid)
  person = openid
  on = value
  notify()
}

export function subscribeElderMode(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
