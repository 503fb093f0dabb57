import { activityCases } from './activity'
import type { OrgActionCase, SignedInCase } from './cases'
import { duesCases } from './dues'
import { inboxSignedInCases } from './inbox'
import { issueCases, issueSignedInCases } from './issue'
import { lessonCases, lessonSignedInCases } from './lesson'
import { meetingCases } from './meeting'
import { noticeCases } from './notice'
import { orgCases, orgSignedInCases } from './org'
import { statsCases } from './stats'
import { userSignedInCases } from './user'

/** Every domain lists its cases in test/functions/matrix/<domain>.ts; this collects them. */
export const ORG_CASES: OrgActionCase[] = [
  ...noticeCases,
  ...activityCases,
  ...issueCases,
  ...lessonCases,
  ...meetingCases,
  ...statsCases,
  ...duesCases,
  ...orgCases,
]
export const SIGNED_IN_CASES: SignedInCase[] = [
  ...orgSignedInCases,
  ...userSignedInCases,
  ...issueSignedInCases,
  ...lessonSignedInCases,
  ...inboxSignedInCases,
]
