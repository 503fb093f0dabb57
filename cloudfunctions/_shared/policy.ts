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

/** The role sets live in types/roles.ts (the app's hooks ask the same ones). */
export { ADMINS, ANY_ROLE, COMMITTEE, LEADERS, SECRETARY_ONLY } from '../../types/roles'

export interface OrgRecord {
  _id: string
  name: string
  kind: 'committee' | 'general_branch' | 'branch' | 'group'
  parentId: string
  ancestors: string[]
  archived: boolean
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
async function loadGrant(db: Database, openid: string, orgId: string): Promise<OrgGrant> {
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
  if (!row || row.archived) throw notFound('组织')
  const { grants, ...org } = row
  return {
    org,
    roles: grants.map((grant) => grant.role),
    roleHere: grants.find((grant) => grant.orgId === orgId)?.role ?? null,
  }
}

/** Whether a grant satisfies a role set; also tells the UI which tools to offer (BranchHome.can). */
export function permits(grant: OrgGrant, roles: readonly Role[]): boolean {
  return rolesPermit(grant.roles, roles)
}

/** The roles an org policy asks for (none for other policies). */
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
): Promise<OrgGrant | null> {
  switch (policy.kind) {
    case 'signedIn':
      if (!caller.openid) throw unauthenticated()
      return null
    case 'timer':
      if (caller.source !== 'wx_trigger') throw forbidden('这个操作只能由定时任务执行')
      return null
    case 'platformPush':
      if (fromClient(caller.source)) throw forbidden('这个操作只接收微信平台的推送')
      return null
    case 'org':
      return requireOrgRole(db, caller, policy.orgOf(input), policy.roles)
    default: {
      const unknownPolicy: never = policy
      throw new Error(`unknown policy ${JSON.stringify(unknownPolicy)}`)
    }
  }
}
