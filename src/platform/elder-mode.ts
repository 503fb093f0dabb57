import Taro from '@tarojs/taro'

/**
 * 长辈模式 (larger type and tap targets), remembered per person: the key carries the openid, so someone
 * else logging in on the same phone starts at the normal size. Until a session names the person, the
 * app follows the person it followed last on this phone: a page opened straight from a link (a shared
 * notice) never asks for the session, and must still be large for the one who turned it on.
 */
const KEY_PREFIX = 'zhibu.elderMode.'
const LAST_PERSON_KEY = 'zhibu.elderModePerson'

let person: string | null = null
let on = false
let started = false
const listeners = new Set<() => void>()

function storedFor(openid: string): boolean {
  return Taro.getStorageSync(KEY_PREFIX + openid) === true
}

/** The first question after launch reads whom the app followed last time. */
function start(): void {
  if (started) return
  started = true
  const last: unknown = Taro.getStorageSync(LAST_PERSON_KEY)
  if (person === null && typeof last === 'string' && last) {
    person = last
    on = storedFor(last)
  }
}

function follow(openid: string, value: boolean): void {
  started = true
  if (person !== openid) Taro.setStorageSync(LAST_PERSON_KEY, openid)
  person = openid
  on = value
  notify()
}

function notify(): void {
  listeners.forEach((listener) => listener())
}

/** Called when a session is ready: from now on pages show this person's setting. */
export function followPerson(openid: string): void {
  const next = storedFor(openid)
  if (person === openid && on === next) return
  follow(openid, next)
}

/** Whether the person the app currently follows turned 长辈模式 on. */
export function elderModeOn(): boolean {
  start()
  return on
}

export function setElderMode(openid: string, value: boolean): void {
  if (value) Taro.setStorageSync(KEY_PREFIX + openid, true)
  else Taro.removeStorageSync(KEY_PREFIX + openid)
  follow(openid, value)
}

export function subscribeElderMode(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
