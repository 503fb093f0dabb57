import type { Database } from '../../_shared/cloud'
import { updatedCount } from '../../_shared/db'
import { conflict } from '../../_shared/errors'
import type { OrgRecord } from '../../_shared/policy'

/**
 * Moving an org rewrites the stored path of everything below it. Three collections keep one:
 * `orgs.ancestors` (the orgs above) and `activities.orgPath` / `issues.orgPath` (the orgs above and
 * the record's own org). In each, every record of the subtree stores `[...from, orgId, ...below]`,
 * and the move turns it into `[...to, orgId, ...below]`.
 *
 * That is two batch updates per collection, whatever the subtree's size (a 1 000-org subtree once
 * took 1 000 sequential updates and would not fit the 3 s default timeout): first pull `from`, then
 * push `to` in front. Both are array operators the platform documents.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/command/Command.pullAll.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/command/Command.push.html
 *
 * Resumable: the moved org carries the move (`from`, `to`, step) until both steps are done, so a
 * call cut off by a timeout or a crash is finished by the next moveOrg of that org. The pull runs
 * only while the step is `detach` (pulling again after the push would remove shared ancestors); the
 * push only matches records that do not yet contain the new parent, so repeating it is harmless.
 * While a move is half done the subtree's records carry no ancestors above the moved org: admins
 * above it are refused there for those few milliseconds, never granted more.
 */
export interface PendingMove {
  from: string[]
  to: string[]
  parentId: string
  step: 'detach' | 'attach'
}

export type MovableOrg = OrgRecord & { move?: PendingMove }

const PATHS = [
  { collection: 'orgs', field: 'ancestors' },
  { collection: 'activities', field: 'orgPath' },
  { collection: 'issues', field: 'orgPath' },
] as const

/**
 * Marks the org as moving and gives it its new place — after its new siblings, as a new org would
 * be (`order`, types/org.ts); refuses while another move of it runs.
 */
export async function startMove(
  db: Database,
  orgId: string,
  move: Omit<PendingMove, 'step'>,
): Promise<PendingMove> {
  const _ = db.command
  const pending: PendingMove = { ...move, step: 'detach' }
  const updated = await updatedCount(
    db
      .collection('orgs')
      .where({ _id: orgId, move: _.exists(false) })
      .update({
        data: { parentId: move.parentId, ancestors: move.to, order: Date.now(), move: pending },
      }),
  )
  if (updated !== 1) throw conflict('这个组织正在移动，请稍后刷新再试')
  return pending
}

/** Rewrites the subtree's paths from where `move` left off, then clears it. */
export async function finishMove(db: Database, orgId: string, move: PendingMove): Promise<void> {
  const _ = db.command
  if (move.step === 'detach') {
    if (move.from.length) {
      await Promise.all(
        PATHS.map(({ collection, field }) =>
          db
            .collection(collection)
            .where({ [field]: orgId })
            .update({ data: { [field]: _.pullAll(move.from) } }),
        ),
      )
    }
    await db
      .collection('orgs')
      .doc(orgId)
      .update({ data: { move: { step: 'attach' } } })
  }
  if (move.to.length) {
    await Promise.all(
      PATHS.map(({ collection, field }) =>
        db
          .collection(collection)
          .where(_.and([{ [field]: orgId }, { [field]: _.nin([move.parentId]) }]))
          .update({ data: { [field]: _.push({ each: move.to, position: 0 }) } }),
      ),
    )
  }
  await db
    .collection('orgs')
    .doc(orgId)
    .update({ data: { move: _.remove() } })
}
