import { z } from 'zod'

/** For actions that take nothing besides `action`: any extra field is refused. */
export const noInput = z.object({}).strict()
export type NoInput = z.infer<typeof noInput>
