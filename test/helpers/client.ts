import { call, type Who } from './cloud'
import type { ActivityActions } from '../../types/activity'
import type { ActionSpec } from '../../types/contract'
import type { CronActions } from '../../types/cron'
import type { DuesActions } from '../../types/dues'
import type { Reply } from '../../types/errors'
import type { InboxActions } from '../../types/inbox'
import type { IssueActions } from '../../types/issue'
import type { LessonActions } from '../../types/lesson'
import type { MeetingActions } from '../../types/meeting'
import type { ModerationActions } from '../../types/moderation'
import type { NoticeActions } from '../../types/notice'
import type { OrgActions } from '../../types/org'
import type { StatsActions } from '../../types/stats'
import type { UserActions } from '../../types/user'

/** Every function a test can call by name, with the action map `types/` declares for it. */
interface FunctionActions {
  activity: ActivityActions
  cron: CronActions
  dues: DuesActions
  inbox: InboxActions
  issue: IssueActions
  lesson: LessonActions
  meeting: MeetingActions
  moderation: ModerationActions
  notice: NoticeActions
  org: OrgActions
  stats: StatsActions
  user: UserActions
}

type Calls<M, Answer extends 'data' | 'reply'> = {
  [A in keyof M]: M[A] extends ActionSpec<infer Input, infer Output>
    ? (
        input: Input,
      ) => Promise<Answer extends 'data' ? Output : Reply<Output> & { roundTrips: number }>
    : never
}
type Client<Answer extends 'data' | 'reply'> = {
  [F in keyof FunctionActions]: Calls<FunctionActions[F], Answer>
}

function client<Answer extends 'data' | 'reply'>(who: Who, answer: Answer): Client<Answer> {
  const functions = new Proxy({} as Client<Answer>, {
    get: (_functions, fn: string) =>
      new Proxy(
        {},
        {
          get:
            (_actions, action: string) =>
            async (input: object): Promise<unknown> => {
              const reply = await call(who, fn, { action, ...input })
              if (answer === 'reply') return reply
              if (!reply.ok)
                throw new Error(`${fn}.${action} failed: ${reply.code} ${reply.message}`)
              return reply.data
            },
        },
      ),
  })
  return functions
}

/**
 * The typed way to call a real cloud function as someone: `as('secretary').meeting.createMeeting({…})`
 * resolves to the action's output (as `types/` declares it) and fails the test on a refusal. Input and
 * output are checked by the compiler against the action maps, so a renamed field breaks the test build.
 */
export function as(who: Who): Client<'data'> {
  return client(who, 'data')
}

/** Like `as`, but answers the whole reply (ok or refused, with its round trips), for refusals. */
export function replyAs(who: Who): Client<'reply'> {
  return client(who, 'reply')
}
