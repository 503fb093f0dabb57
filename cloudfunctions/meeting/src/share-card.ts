import { cloud, type Database } from '../../_shared/cloud'
import type { MeetingRecord } from '../../_shared/records/meeting'
import { updatedCount } from '../../_shared/db'
import { DAY_MS, HOUR_MS } from '../../../types/time'

/**
 * The "会议通知" card in the branch group is a WeChat updatable message (动态消息): the server makes an
 * activityId, the host shares with it, and every sign-in moves the card's "member_count/room_limit"
 * (shown as 已签到 n/m). activityIds live 24 hours.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/updatable-message/createActivityId.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/updatable-message/setUpdatableMsg.html
 */
const ACTIVITY_LIFETIME_MS = DAY_MS
/** Keep an hour in hand: a card shared just before expiry could no longer be updated. */
const RENEW_BEFORE_MS = HOUR_MS
/**
 * At most one card update per meeting per this interval: 300 people signing in within seconds make a
 * handful of updates, not 300. The host's code screen re-syncs while it is open, so the last count of
 * a burst still reaches the card within seconds.
 */
export const CARD_SYNC_INTERVAL_MS = 2000

export function hasLiveActivity(meeting: MeetingRecord, now: Date): boolean {
  return (
    Boolean(meeting.shareActivityId) &&
    meeting.shareExpiresAt !== null &&
    new Date(meeting.shareExpiresAt).getTime() - RENEW_BEFORE_MS > now.getTime()
  )
}

/** A fresh activityId from WeChat, or null when the platform gave none. */
export async function createActivityId(now: Date): Promise<{ id: string; expiresAt: Date } | null> {
  const reply = (await cloud.openapi.updatableMessage.createActivityId({})) as {
    activityId?: unknown
    expirationTime?: unknown
  }
  if (typeof reply?.activityId !== 'string' || !reply.activityId) return null
  const expiresAt =
    typeof reply.expirationTime === 'number'
      ? new Date(reply.expirationTime * 1000)
      : new Date(now.getTime() + ACTIVITY_LIFETIME_MS)
  return { id: reply.activityId, expiresAt }
}

type CardCount = { attended: number; expected: number }

/** What the card says, as stored in `shareShownCount` (e.g. "12/20"). */
function shownAs({ attended, expected }: CardCount): string {
  return `${attended}/${expected}`
}

/**
 * Shows the current count on the group card — only when it changed since the card last showed it
 * (the host's code screen refreshes every few seconds; most refreshes change nothing) — if the meeting
 * has a live card and nobody updated it in the last interval (a compare-and-set on the meeting claims
 * the turn). A failed update is logged and left for the next sign-in: the sign-in has succeeded.
 */
export async function syncShareCard(
  db: Database,
  meeting: MeetingRecord,
  count: () => Promise<CardCount> | CardCount,
  now = new Date(),
): Promise<boolean> {
  if (!hasLiveActivity(meeting, now)) return false
  const known = count()
  // Known without a query (the code screen): nothing to do when the card already says this.
  if (!(known instanceof Promise) && meeting.shareShownCount === shownAs(known)) return false
  const _ = db.command
  const updated = await updatedCount(
    db
      .collection('meetings')
      .where({
        _id: meeting._id,
        shareActivityId: meeting.shareActivityId,
        shareSyncedAt: _.or(_.eq(null), _.lt(new Date(now.getTime() - CARD_SYNC_INTERVAL_MS))),
      })
      .update({ data: { shareSyncedAt: now } }),
  )
  if (updated !== 1) return false
  const counted = await known
  const { attended, expected } = counted
  if (meeting.shareShownCount === shownAs(counted)) return false
  try {
    await cloud.openapi.updatableMessage.setUpdatableMsg({
      activityId: meeting.shareActivityId,
      targetState: 0,
      templateInfo: {
        parameterList: [
          { name: 'member_count', value: String(attended) },
          { name: 'room_limit', value: String(expected) },
        ],
      },
    })
    await db
      .collection('meetings')
      .where({ _id: meeting._id, shareActivityId: meeting.shareActivityId })
      .update({ data: { shareShownCount: shownAs(counted) } })
    return true
  } catch (error) {
    console.error('[meeting] setUpdatableMsg failed', error)
    return false
  }
}
