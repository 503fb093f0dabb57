import { defineAction, grantOf } from '../../../_shared/action'
import { ANY_ROLE, LEADERS } from '../../../_shared/policy'
import { permits } from '../../../../types/roles'
import type { MemberItem, Page } from '../../../../types/org'
import { listMembersInput } from '../../../../types/org.schema'
import { listMembersPage } from '../members'

/** Members see their own org's list; nobody browses who is a member elsewhere. */
export const listMembers = defineAction({
  schema: listMembersInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, page = 0 }, context): Promise<Page<MemberItem>> {
    const { org, roles } = grantOf(context)
    const withPhone = permits(roles, LEADERS)
    const { items, hasMore } = await listMembersPage(context.db, orgId, page, withPhone)
    // A page with nobody on it showed no phone numbers, so it is not a read of member data.
    if (withPhone && items.length > 0) {
      await context.audit({
        action: 'org.listMembers',
        orgId,
        summary: `查看“${org.name}”成员名单第 ${page + 1} 页（${items.length} 人，含手机号）`,
      })
    }
    return { items, nextPage: hasMore ? page + 1 : null }
  },
})
