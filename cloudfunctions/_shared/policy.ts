import { permits as rolesPermit } from '../../types/roles'
import type { Role } from '../../types/user'
import type { Caller } from './caller'
import type { Database } from './cloud'
import { aggregateRows, pipelineTools } from './db'
import { forbidden, notFound, unauthenticated } from './errors'

/**
 * The one place that answers "may this caller do this here". Every action declares its policy beside
 * its schema; the router asks here before the handler runs, and handlers that touch a second org ask
 * `requireOrgRole` for it.
 *
 * Org rule: a role held in an org also holds in every org below it (a branch secretary leads its 党小组),
 * and `admin` of an org or any org above it may do everything there.
 */
export type Policy<Input = unknown> =
  /** Any WeChat user the platform identified (members and residents alike). */
  | { kind: 'signedIn' }
  /** Only the timer trigger (cron); app calls are refused. */
  | { kind: 'timer' }
  /** Only a platform push (消息推送, e.g. wxa_media_check); any call from the app or DevTools is refused. */
  | { kind: 'platformPush' }
  /** The caller holds one of `roles` in the org the input names, or above it. */
  | { kind: 'org'; roles: readonly Role[]; orgOf: (input: Input) => string }
  /** The input names a record by id (a meeting, an issue); the record's own org decides. */
  | RecordPolicy<Input>

/**
 * For actions addressed by a record id alone (a QR code or a shared card carries no org). `authorize`
 * loads the record, asks the caller's standing in the record's org, and hands both to the action
 * (`recordOf`, `grantOf`), so nothing is loaded twice.
 *
 * Error contract (docs/ARCHITECTURE.md): a caller who may not see the record is told it does not
 * exist — the same NOT_FOUND as a made-up id, so an id never confirms that a record is there; one who
 * sees it but may not do this is refused (FORBIDDEN). Methods, not function fields, so a policy of any
 * record type fits `Policy`.
 */
export interface RecordPolicy<Input, R = unknown> {
  kind: 'record'
  /** What a missing record is called in the NOT_FOUND message, e.g. “会议”. */
  noun: string
  /** The record the input names, or undefined when there is none. */
  load(db: Database, input: Input, caller: Caller): Promise<R | undefined>
  /** The org the record belongs to. */
  orgOf(record: R): string
  /**
   * Roles that see the record (held in its org or above); anyone else gets NOT_FOUND. What each of
   * them may do with it the action decides, refusing with FORBIDDEN (e.g. meeting's `accessMeeting`).
   */
  sees(record: R): readonly Role[]
  /**
   * Sees the record and gets past the policy without a role there (a meeting's expected guest, an
   * issue's submitter); the action decides what they may do. With `guestFirst`, a guest is let in
   * before their roles are looked up (no grant; saves a round trip).
   */
  guest?(record: R, openid: string): boolean
  guestFirst?: boolean
}

/** What `authorize` learned: the org grant of an org or record policy, and the loaded record. */
export interface Authorized {
  grant: OrgGrant | null
  record: unknown
}

/** The role sets live in types/roles.ts (the app's hooks ask the same ones). */
export { ADMINS, ANY_ROLE, COMMITTEE, LEADERS, SECRETARY_ONLY } from '../../types/roles'

export interface OrgRecord {
  _id: string
  name: string
  kind: 'committee' | 'general_branch' | 'branch' | 'group'
  parentId: string
  ancestors: string[]
  archived: boolean
  /** Place among its siblings (types/org.ts `byOrgOrder`); absent on orgs made before it existed. */
  order?: number
  createdAt?: Date
}

/** What a passed org policy learned: the org itself and the caller's standing there. */
export interface OrgGrant {
  org: OrgRecord
  /** Roles the caller holds in this org or above it. */
  roles: Role[]
  /** The caller's role in exactly this org, if any. */
  roleHere: Role | null
}

interface GrantRow extends OrgRecord {
  grants: { orgId: string; role: Role }[]
}

/**
 * One round trip: the org, and the caller's active memberships in it and every org above it.
 *
 * A grant counts only from a row this code wrote: the membership's deterministic id `orgId_openid` (the
 * id every write path uses — org/members.ts `membershipId`, setup's bootstrap) and no `_openid` field (a
 * client's `add()` always stamps one; a function's never does). So a row forged through a client
 * database call, where a collection rule was left open, grants nothing even if its fields say admin.
 */
async function findGrant(db: Database, openid: string, orgId: string): Promise<OrgGrant | null> {
  const $ = db.command.aggregate
  const { expr, pipeline } = pipelineTools(db)
  const [row] = await aggregateRows<GrantRow>(
    db
      .collection('orgs')
      .aggregate()
      .match({ _id: orgId })
      .lookup({
        from: 'memberships',
        let: { path: '$ancestors', self: '$_id' },
        pipeline: pipeline()
          .match(
            expr(
              $.and([
                $.or([$.in(['$orgId', '$$path']), $.eq(['$orgId', '$$self'])]),
                $.eq(['$openid', openid]),
                $.eq(['$status', 'active']),
                $.eq(['$_id', $.concat(['$orgId', `_${openid}`])]),
                $.eq([$.ifNull(['$_openid', '']), '']),
              ]),
            ),
          )
          .project({ _id: 0, orgId: 1, role: 1 })
          .done(),
        as: 'grants',
      })
      .limit(1)
      .end(),
  )
  if (!row || row.archived) return null
  const { grants, ...org } = row
  return {
    org,
    roles: grants.map((grant) => grant.role),
    roleHere: grants.find((grant) => grant.orgId === orgId)?.role ?? null,
  }
}

async function loadGrant(db: Database, openid: string, orgId: string): Promise<OrgGrant> {
  const grant = await findGrant(db, openid, orgId)
  if (!grant) throw notFound('组织')
  return grant
}

/** Whether a grant satisfies a role set; also tells the UI which tools to offer (BranchHome.can). */
export function permits(grant: OrgGrant, roles: readonly Role[]): boolean {
  return rolesPermit(grant.roles, roles)
}

/** The roles an org policy asks for (none for other policies: they depend on the record). */
export function rolesOf<Input>(policy: Policy<Input>): readonly Role[] {
  return policy.kind === 'org' ? policy.roles : []
}

/** For a second org inside one action (e.g. the new parent of a moved org). */
export async function requireOrgRole(
  db: Database,
  caller: Caller,
  orgId: string,
  roles: readonly Role[],
): Promise<OrgGrant> {
  if (!caller.openid) throw unauthenticated()
  const grant = await loadGrant(db, caller.openid, orgId)
  if (!permits(grant, roles)) throw forbidden()
  return grant
}

/**
 * Sources that mean a person's app (or DevTools) started the call, anywhere in the chain — SOURCE lists
 * every hop, comma-separated. A 消息推送 delivery's SOURCE is undocumented, so pushes are recognised by
 * not being one of these.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/utils/Cloud.getWXContext.html
 */
const CLIENT_SOURCES = ['wx_client', 'wx_devtools', 'wx_localdebug', 'wx_crawler']

function fromClient(source: string): boolean {
  return source.split(',').some((hop) => CLIENT_SOURCES.includes(hop.trim()))
}

export async function authorize<Input>(
  policy: Policy<Input>,
  caller: Caller,
  input: Input,
  db: Database,
): Promise<Authorized> {
  switch (policy.kind) {
    case 'signedIn':
      if (!caller.openid) throw unauthenticated()
      return { grant: null, record: undefined }
    case 'timer':
      if (caller.source !== 'wx_trigger') throw forbidden('这个操作只能由定时任务执行')
      return { grant: null, record: undefined }
    case 'platformPush':
      if (fromClient(caller.source)) throw forbidden('这个操作只接收微信平台的推送')
      return { grant: null, record: undefined }
    case 'org':
      return {
        grant: await requireOrgRole(db, caller, policy.orgOf(input), policy.roles),
        record: undefined,
      }
    case 'record':
      return authorizeRecord(policy, caller, input, db)
    default: {
      const unknownPolicy: never = policy
      throw new Error(`unknown policy ${JSON.stringify(unknownPolicy)}`)
    }
  }
}

async function authorizeRecord<Input>(
  policy: RecordPolicy<Input>,
  caller: Caller,
  input: Input,
  db: Database,
): Promise<Authorized> {
  if (!caller.openid) throw unauthenticated()
  const record = await policy.load(db, input, caller)
  if (record === undefined) throw notFound(policy.noun)
  const guest = policy.guest?.(record, caller.openid) ?? false
  if (guest && policy.guestFirst) return { grant: null, record }
  // A record whose org is gone or archived is gone with it.
  const grant = await findGrant(db, caller.openid, policy.orgOf(record))
  if (!grant) throw notFound(policy.noun)
  if (guest) return { grant, record }
  if (!permits(grant, policy.sees(record))) throw notFound(policy.noun)
  return { grant, record }
}
