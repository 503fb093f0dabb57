import type { Database } from '../../_shared/cloud'
import { aggregateRows } from '../../_shared/db'
import { QUEUE_VIEWS, type QueueView } from '../../../types/issue'
import { OPEN_STATUSES } from '../../_shared/records/issue'

const ACTIVE = ['accepted', 'assigned', 'in_progress']
const MINE = ['assigned', 'in_progress']
const CLOSED = ['resolved', 'rejected']

/** Which cases of an org's subtree each handler list shows. */
export function queueMatch(
  db: Database,
  orgId: string,
  view: QueueView,
  me: string,
): Record<string, unknown> {
  const _ = db.command
  const base = { orgPath: orgId }
  switch (view) {
    case 'pending':
      return { ...base, status: 'submitted', held: false }
    case 'active':
      return { ...base, status: _.in(ACTIVE), held: false }
    case 'assignedToMe':
      return { ...base, status: _.in(MINE), held: false, 'assignee.openid': me }
    case 'replied':
      return { ...base, status: 'replied', held: false }
    case 'closed':
      return { ...base, status: _.in(CLOSED), held: false }
    case 'escalated':
      return { ...base, status: _.in([...OPEN_STATUSES]), held: false, escalated: true }
    case 'held':
      return { ...base, status: 'submitted', held: true }
    default: {
      const unknownView: never = view
      throw new Error(`unknown queue ${String(unknownView)}`)
    }
  }
}

/** Oldest deadline first while a case is open; most recent first once it is answered. */
export function queueOrder(view: QueueView): [string, 'asc' | 'desc'] {
  return view === 'replied' || view === 'closed' ? ['updatedAt', 'desc'] : ['dueAt', 'asc']
}

/** How many cases are in each list, in one aggregate. */
export async function countQueues(
  db: Database,
  orgId: string,
  me: string,
): Promise<Record<QueueView, number>> {
  const $ = db.command.aggregate
  const when = (condition: unknown) => $.sum($.cond([condition, 1, 0]))
  const visible = $.eq(['$held', false])
  const [row] = await aggregateRows<Partial<Record<QueueView, number>>>(
    db
      .collection('issues')
      .aggregate()
      .match({ orgPath: orgId })
      .group({
        _id: null,
        pending: when($.and([visible, $.eq(['$status', 'submitted'])])),
        active: when($.and([visible, $.in(['$status', ACTIVE])])),
        assignedToMe: when(
          $.and([visible, $.in(['$status', MINE]), $.eq(['$assignee.openid', me])]),
        ),
        replied: when($.and([visible, $.eq(['$status', 'replied'])])),
        closed: when($.and([visible, $.in(['$status', CLOSED])])),
        escalated: when(
          $.and([visible, $.eq(['$escalated', true]), $.in(['$status', [...OPEN_STATUSES]])]),
        ),
        held: when($.and([$.eq(['$held', true]), $.eq(['$status', 'submitted'])])),
      })
      .limit(1)
      .end(),
  )
  return Object.fromEntries(QUEUE_VIEWS.map((view) => [view, row?.[view] ?? 0])) as Record<
    QueueView,
    number
  >
}
