import { z } from 'zod'

/** `npm run deploy -- --bootstrap`: the root org and the openid of its first admin. */
export const bootstrapRootInput = z
  .object({
    name: z.string().trim().min(2, '名称至少 2 个字').max(30, '名称最多 30 个字'),
    kind: z.enum(['committee', 'general_branch', 'branch']),
    // The person opens the mini-program once (user.login stores them in `users`), then the operator
    // reads their `_id` there in the cloud console.
    adminOpenid: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'openid 格式不正确'),
  })
  .strict()
export type BootstrapRootInput = z.infer<typeof bootstrapRootInput>

export interface BootstrapRootResult {
  orgId: string
  adminMembershipId: string
}
