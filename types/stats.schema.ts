import { z } from 'zod'
import { id } from './org.schema'

/** A dashboard is always of one org, for the current quarter and the six months up to now. */
export const dashboardInput = z.object({ orgId: id }).strict()
export type DashboardInput = z.infer<typeof dashboardInput>
