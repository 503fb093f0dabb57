import { COLLECTIONS_SPEC } from '../deploy/manifest'
import { cloud } from './local-cloud'

/**
 * What a mini-program client gets from `wx.cloud.database()`: direct access to the collections,
 * limited only by each collection's security rule (functions bypass rules). The app never calls it;
 * it exists so tests can try what a tampered client could do. Rules are the console's JSON form:
 * `true`/`false`, or the creator expression `doc._openid == auth.openid` of the 仅创建者可读写 preset.
 * A client's add() stamps `_openid` with the caller, as the platform does.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/security-rules.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference/errcode.html
 */
export type RuleValue = boolean | 'doc._openid == auth.openid'
export interface SecurityRule {
  read: RuleValue
  write: RuleValue
}

/** The console preset 仅创建者可读写 (what a collection created by hand in DevTools may have). */
export const CREATOR_ONLY: SecurityRule = {
  read: 'doc._openid == auth.openid',
  write: 'doc._openid == auth.openid',
}

/** -502003 DATABASE_PERMISSION_DENIED, as the client SDK rejects a call a rule does not allow. */
function permissionDenied(api: string): Error {
  const errMsg = `${api}:fail -502003 database permission denied | errMsg: Permission denied`
  return Object.assign(new Error(errMsg), { errCode: -502003, errMsg })
}

const MANIFEST_RULES = new Map<string, SecurityRule>(
  COLLECTIONS_SPEC.map((spec) => [spec.name, spec.rule]),
)

type Data = Record<string, unknown>

export function clientDatabase(
  openid: string,
  rules: ReadonlyMap<string, SecurityRule> = MANIFEST_RULES,
) {
  const db = cloud.database()
  const allows = (value: RuleValue, ownerOpenid: unknown) =>
    value === true || (value === 'doc._openid == auth.openid' && !!openid && ownerOpenid === openid)
  return {
    collection(name: string) {
      const rule = rules.get(name) ?? { read: false, write: false }
      const server = db.collection(name)
      return {
        async add({ data }: { data: Data }) {
          // A created record is the caller's own: the creator rule passes for the new document.
          if (!allows(rule.write, openid)) throw permissionDenied('collection.add')
          return server.add({ data: { ...data, _openid: openid } })
        },
        async get(query: Data = {}) {
          // The creator rule needs the query itself to limit reads to the caller's records.
          if (!allows(rule.read, query._openid)) throw permissionDenied('collection.get')
          return server.where(query).get()
        },
        doc(id: string) {
          const owner = async () =>
            ((await server.where({ _id: id }).get()) as { data: Data[] }).data[0]?._openid
          return {
            async update({ data }: { data: Data }) {
              if (!allows(rule.write, await owner())) throw permissionDenied('document.update')
              return server.doc(id).update({ data })
            },
            async remove() {
              if (!allows(rule.write, await owner())) throw permissionDenied('document.remove')
              return server.doc(id).remove()
            },
          }
        },
      }
    },
  }
}
