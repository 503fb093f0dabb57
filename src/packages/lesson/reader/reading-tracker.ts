/**
 * Counts real reading time on the client, the way a person would: time counts only while the page is
 * visible AND the reader touched or scrolled it recently. A phone left on the page, a page in the
 * background, a screen locked — none of it counts. Time is integrated exactly between events (no
 * ticking counter to drift), so the same sequence of events always gives the same seconds.
 *
 * The server caps what a heartbeat may claim by wall time; this class makes sure an honest client
 * never even claims idle time.
 */

/** After this long without a touch or scroll the reader is taken to have put the phone down. */
export const IDLE_SECONDS = 45
/** A heartbeat goes out once this many active seconds have gathered. */
export const BEAT_SECONDS = 10

export interface BeatPayload {
  /** Where the reader is now: percent of the lesson above the bottom of the screen. */
  percent: number
  activeSeconds: number
  /** The stretch of the lesson (percents, top to bottom) that was on screen since the last beat. */
  seen?: [number, number]
}

export class ReadingTracker {
  private visible = true
  private lastInteraction: number
  private accountedUntil: number
  private pendingMs = 0
  private position = 0
  private furthest = 0
  private top = 0
  /** What was on screen since the last beat; null until the reader's position is first known. */
  private seen: [number, number] | null = null

  constructor(
    now: number,
    private readonly idleMs = IDLE_SECONDS * 1000,
  ) {
    this.lastInteraction = now
    this.accountedUntil = now
  }

  /** Adds the active part of (accountedUntil, now]: visible, and within idleMs of the last interaction. */
  private advance(now: number): void {
    if (now <= this.accountedUntil) return
    if (this.visible) {
      const activeUntil = Math.min(now, this.lastInteraction + this.idleMs)
      if (activeUntil > this.accountedUntil) this.pendingMs += activeUntil - this.accountedUntil
    }
    this.accountedUntil = now
  }

  /** A touch, a tap, a key. */
  interact(now: number): void {
    this.advance(now)
    if (this.visible) this.lastInteraction = now
  }

  /**
   * A scroll is an interaction that also moves the reader: `percent` is the bottom of the screen in
   * the lesson, `top` its top (the whole screen is seen).
   */
  scrollTo(percent: number, now: number, top = percent): void {
    this.position = clampPercent(percent)
    this.top = Math.min(this.position, clampPercent(top))
    this.furthest = Math.max(this.furthest, this.position)
    this.widenSeen([this.top, this.position])
    this.interact(now)
  }

  private widenSeen([from, to]: [number, number]): void {
    this.seen = this.seen ? [Math.min(this.seen[0], from), Math.max(this.seen[1], to)] : [from, to]
  }

  /** onHide / visibilitychange hidden / leaving the page. */
  hide(now: number): void {
    this.advance(now)
    this.visible = false
  }

  /** Coming back to the page is itself something the reader did. */
  show(now: number): void {
    this.advance(now)
    this.visible = true
    this.lastInteraction = now
  }

  get isVisible(): boolean {
    return this.visible
  }

  get percent(): number {
    return this.position
  }

  get furthestPercent(): number {
    return this.furthest
  }

  /** Whole active seconds gathered since the last beat. */
  pendingSeconds(now: number): number {
    this.advance(now)
    return Math.floor(this.pendingMs / 1000)
  }

  /**
   * Takes the whole seconds gathered for a heartbeat (the fraction stays for the next one) and the
   * stretch seen since the last one (the next starts from what is on screen now).
   */
  takeBeat(now: number): BeatPayload {
    const activeSeconds = this.pendingSeconds(now)
    this.pendingMs -= activeSeconds * 1000
    const seen = this.seen
    this.seen = seen ? [this.top, this.position] : null
    return seen
      ? { percent: this.position, activeSeconds, seen }
      : { percent: this.position, activeSeconds }
  }

  /** A heartbeat that did not go out or failed to arrive: its seconds and stretch go with the next one. */
  giveBack(seconds: number, seen?: [number, number]): void {
    this.pendingMs += seconds * 1000
    if (seen) this.widenSeen(seen)
  }
}

function clampPercent(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)))
}
