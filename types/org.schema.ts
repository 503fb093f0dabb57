import { z } from 'zod'
import { plainId } from './keys.schema'
import { JOIN_STANDINGS, ROLES } from './user'

const ORG_KIND_VALUES = ['committee', 'general_branch', 'branch', 'group'] as const

/** Ids are ours (`org-…`) or the SDK's 32-hex: short plain strings, never objects or operators. */
export const id = plainId(1, 64, '编号格式不正确，请刷新后重试')

const page = z.number().int().min(0).max(500).optional()
const orgName = z.string().trim().min(2, '名称至少 2 个字').max(30, '名称最多 30 个字')

export const orgIdInput = z.object({ orgId: id }).strict()
export type OrgIdInput = z.infer<typeof orgIdInput>

export const getHomeInput = orgIdInput
export type GetHomeInput = OrgIdInput

export const listMembersInput = z.object({ orgId: id, page }).strict()
export type ListMembersInput = z.infer<typeof listMembersInput>

export const createOrgInput = z
  .object({ parentId: id, name: orgName, kind: z.enum(ORG_KIND_VALUES) })
  .strict()
export type CreateOrgInput = z.infer<typeof createOrgInput>

export const renameOrgInput = z.object({ orgId: id, name: orgName }).strict()
export type RenameOrgInput = z.infer<typeof renameOrgInput>

export const moveOrgInput = z.object({ orgId: id, parentId: id }).strict()
export type MoveOrgInput = z.infer<typeof moveOrgInput>

/** Moves `orgId` one place up or down among the children of `parentId`. */
export const reorderOrgInput = z
  .object({ parentId: id, orgId: id, direction: z.enum(['up', 'down']) })
  .strict()
export type ReorderOrgInput = z.infer<typeof reorderOrgInput>

export const createInviteInput = orgIdInput
export type CreateInviteInput = OrgIdInput

export const INVITE_CODE = /^[A-HJ-NP-Z2-9]{8}$/
export const INVITE_CODE_MESSAGE = '邀请码是 8 位字母或数字，请核对'
/** Longest text we still try to read as a code (a pasted " AB3D-9KXQ " with spaces and dashes). */
export const INVITE_CODE_PASTE_MAX = 24

/** A pasted code loses spaces and dashes and is upper-cased before its shape is checked. */
export function normaliseInviteCode(text: string): string {
  return text.replace(/[\s\-‐-―－]+/g, '').toUpperCase()
}

const inviteCode = z.preprocess(
  (value) =>
    typeof value === 'string' && value.length <= INVITE_CODE_PASTE_MAX
      ? normaliseInviteCode(value)
      : value,
  z.string().regex(INVITE_CODE, INVITE_CODE_MESSAGE),
)

export const inviteCodeInput = z.object({ code: inviteCode }).strict()
export type InviteCodeInput = z.infer<typeof inviteCodeInput>

/**
 * The group comes as the cloudID from `getGroupEnterInfo`: the function resolves it with getOpenData,
 * so an opengid sent as plain data is never trusted.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/group/wx.getGroupEnterInfo.html
 */
const groupCloudId = z.string().min(1).max(512)

export const requestJoinInput = z.union([
  z.object({ code: inviteCode }).strict(),
  z.object({ groupCloudId }).strict(),
])
export type RequestJoinInput = z.infer<typeof requestJoinInput>

/**
 * `standing`: what an approved person becomes (党员 unless the secretary says 预备党员, 入党积极分子 or
 * 群众). `reason`: a short word shown to a declined person; optional.
 */
export const decideJoinInput = z
  .object({
    orgId: id,
    memberId: id,
    approve: z.boolean(),
    standing: z.enum(JOIN_STANDINGS).optional(),
    reason: z.string().trim().max(60, '原因最多 60 个字').optional(),
  })
  .strict()
export type DecideJoinInput = z.infer<typeof decideJoinInput>

export const setRoleInput = z.object({ orgId: id, memberId: id, role: z.enum(ROLES) }).strict()
export type SetRoleInput = z.infer<typeof setRoleInput>

export const removeMemberInput = z
  .object({
    orgId: id,
    memberId: id,
    reason: z.string().trim().min(2, '请写明移出原因').max(100, '原因最多 100 个字'),
  })
  .strict()
export type RemoveMemberInput = z.infer<typeof removeMemberInput>

export const bindGroupInput = z.object({ orgId: id, groupCloudId }).strict()
export type BindGroupInput = z.infer<typeof bindGroupInput>

export const openFromGroupInput = z.object({ groupCloudId }).strict()
export type OpenFromGroupInput = z.infer<typeof openFromGroupInput>

export const listAuditInput = z.object({ orgId: id, page }).strict()
export type ListAuditInput = z.infer<typeof listAuditInput>
