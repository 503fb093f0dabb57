import { defineAction } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { notFound } from '../../../_shared/errors'
import type { BoardItem } from '../../../../types/issue'
import type { Page } from '../../../../types/org'
import { listBoardInput } from '../../../../types/issue.schema'
import { findNicknames } from '../actors'
import type { IssueRecord } from '../../../_shared/records/issue'
import { toBoardItem } from '../views'

const PAGE_SIZE = 20

/**
 * A branch's public board: resolved cases the submitter agreed to show and a 书记 chose to, without
 * names, contact details, places or photos. The submitter's own name (anonymous or not) and any phone
 * number are masked in body and reply (views.ts toBoardItem). Open to anyone signed in. Three round
 * trips: the org and the cases, then the submitters' profile names.
 */
export const listBoard = defineAction({
  schema: listBoardInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run({ orgId, page = 0 }, { db }): Promise<Page<BoardItem> & { orgName: string }> {
    const [orgs, found] = await Promise.all([
      rows<{ name: string; archived: boolean; kind: string }>(
        db.collection('orgs').where({ _id: orgId }).limit(1).get(),
      ),
      rows<IssueRecord>(
        db
          .collection('issues')
          .where({ orgId, public: true, status: 'resolved', held: false })
          .orderBy('resolvedAt', 'desc')
          .orderBy('_id', 'asc')
          .field({
            _id: true,
            category: true,
            body: true,
            reply: true,
            rating: true,
            resolvedAt: true,
            updatedAt: true,
            submitterName: true,
            submitter: true,
          })
          .skip(page * PAGE_SIZE)
          .limit(PAGE_SIZE + 1)
          .get(),
      ),
    ])
    const org = orgs[0]
    if (!org || org.archived) throw notFound('这个支部')
    const shown = found.slice(0, PAGE_SIZE)
    const nicknames = await findNicknames(
      db,
      shown.map((issue) => issue.submitter),
    )
    return {
      orgName: org.name,
      items: shown.map((issue) => toBoardItem(issue, nicknames.get(issue.submitter) ?? '')),
      nextPage: found.length > PAGE_SIZE ? page + 1 : null,
    }
  },
})
