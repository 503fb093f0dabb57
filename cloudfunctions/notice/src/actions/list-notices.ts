import { defineAction, grantOf } from '../../../_shared/action'
import { aggregateRows } from '../../../_shared/db'
import { ANY_ROLE } from '../../../_shared/policy'
import type { NoticeSummary } from '../../../../types/notice'
import { listNoticesInput } from '../../../../types/notice.schema'
import type { Page } from '../../../../types/org'
import { visibleIn } from '../../../_shared/records/notice'
import { NOTICES_PAGE_SIZE, noticesWithMyRead, toSummary, type NoticeRow } from '../notices'

/** Notices for the reader's org, pinned first then newest, each with whether they signed for it. */
export const listNotices = defineAction({
  schema: listNoticesInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ page = 0 }, context): Promise<Page<NoticeSummary>> {
    const { org } = grantOf(context)
    const found = await aggregateRows<NoticeRow>(
      noticesWithMyRead(context.db, context.caller.openid, visibleIn(context.db, org))
        .sort({ pinned: -1, publishedAt: -1, _id: -1 })
        .skip(page * NOTICES_PAGE_SIZE)
        .limit(NOTICES_PAGE_SIZE + 1)
        .end(),
    )
    return {
      items: found.slice(0, NOTICES_PAGE_SIZE).map(toSummary),
      nextPage: found.length > NOTICES_PAGE_SIZE ? page + 1 : null,
    }
  },
})
