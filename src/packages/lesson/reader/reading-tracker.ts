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
}

export class ReadingTracker {
  private visible = true
  private lastInteraction: number
  private accountedUntil: number
  private pendingMs = 0
  private position = 0
  private furthest = 0

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

  /** A scroll is an interaction that also moves the reader. */
  scrollTo(percent: number, now: number): void {
    this.position = Math.max(0, Math.min(100, Math.round(percent)))
    this.furthest = Math.max(this.furthest, this.position)
    this.interact(now)
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

  /** Takes the whole seconds gathered for a heartbeat; the fraction stays for the next one. */
  takeBeat(now: number): BeatPayload {
    const activeSeconds = this.pendingSeconds(now)
    this.pendingMs -= activeSeconds * 1000
    return { percent: this.position, activeSeconds }
  }

  /** A heartbeat that failed to arrive: its seconds go out with the next one. */
  giveBack(seconds: number): void {
    this.pendingMs += seconds * 1000
  }
}
