import { defineAction, grantOf } from '../../../_shared/action'
import { COMMITTEE } from '../../../_shared/policy'
import type { MeetingFormData } from '../../../../types/meeting'
import { orgIdInput } from '../../../../types/org.schema'
import { ROLES, type Role } from '../../../../types/user'
import { loadPeople } from '../people'

/** The form lists people by standing: offices first, then 党员, then 积极分子 and 群众. */
const ROLE_ORDER: readonly Role[] = ROLES.filter((role) => role !== 'admin')

/** The scheduling form's choices: every active member of the org (for host, recorder, 应到人员). */
export const getMeetingForm = defineAction({
  schema: orgIdInput,
  readOnly: true,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId }, context): Promise<MeetingFormData> {
    const people = await loadPeople(context.db, orgId, [])
    const members = people.members
      .map((openid) => ({ ...people.ref(openid), role: people.roleHere(openid) as Role }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
    return { orgId, orgName: grantOf(context).org.name, members }
  },
})
