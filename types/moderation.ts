import type { ActionSpec } from './contract'
import type { MediaCheckPushInput } from './moderation.schema'

/** What the receiver did with a pushed verdict. */
export interface MediaCheckOutcome {
  traceId: string
  suggest: 'pass' | 'review' | 'risky'
  /** shown / removed / held (for a person) / gone (no longer there) / waiting / unchanged */
  applied: string
}

/**
 * The `moderation` function receives platform pushes (消息推送), never app calls: WeChat's
 * `wxa_media_check` event carries an image verdict (see cloudfunctions/_shared/media-check.ts).
 */
export interface ModerationActions {
  receiveMediaCheck: ActionSpec<MediaCheckPushInput, MediaCheckOutcome>
}
