import { activityScreens } from './activity'
import { duesScreens } from './dues'
import { inboxScreens } from './inbox'
import { issueScreens } from './issue'
import { lessonScreens } from './lesson'
import { meetingScreens } from './meeting'
import { noticeScreens } from './notice'
import { orgScreens } from './org'
import type { Screen } from './screen'
import { statsScreens } from './stats'
import { userScreens } from './user'

/** Every measured screen; each domain lists its own in scripts/bench/<domain>.ts. */
export const SCREENS: Screen[] = [
  ...userScreens,
  ...orgScreens,
  ...noticeScreens,
  ...activityScreens,
  ...issueScreens,
  ...lessonScreens,
  ...meetingScreens,
  ...statsScreens,
  ...duesScreens,
  ...inboxScreens,
]
