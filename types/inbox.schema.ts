import { z } from 'zod'
import { plainId } from './keys.schema'

export const listInboxInput = z
  .object({ page: z.number().int().min(0).max(500).optional() })
  .strict()
export type ListInboxInput = z.infer<typeof listInboxInput>

const inboxId = plainId(1, 64, '消息编号格式不正确，请刷新后重试')

export const markReadInput = z
  .object({ ids: z.array(inboxId).min(1, '请选择消息').max(50, '一次最多标记 50 条') })
  .strict()
export type MarkReadInput = z.infer<typeof markReadInput>
