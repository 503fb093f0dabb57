import { defineAction } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import type { IssueSummary } from '../../../../types/issue'
import type { Page } from '../../../../types/org'
import { listMineInput } from '../../../../types/issue.schema'
import type { IssueRecord } from '../../../_shared/records/issue'
import { toSummary } from '../views'

const PAGE_SIZE = 20

/** The caller's own cases, newest first: the 诉求 tab. One round trip. */
export const listMine = defineAction({
  schema: listMineInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run({ page = 0 }, { db, caller }): Promise<Page<IssueSummary>> {
    const found = await rows<IssueRecord>(
      db
        .collection('issues')
        .where({ submitter: caller.openid })
        .orderBy('submittedAt', 'desc')
        .orderBy('_id', 'desc')
        .field({ timeline: false, moderation: false, requestId: false })
        .skip(page * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
        .get(),
    )
    const now = new Date()
    return {
      items: found.slice(0, PAGE_SIZE).map((issue) => toSummary(issue, { kind: 'submitter' }, now)),
      nextPage: found.length > PAGE_SIZE ? page + 1 : null,
    }
  },
})
