import type { Database } from '../../_shared/cloud'
import { pipelineTools } from '../../_shared/db'

/**
 * A sub-pipeline for `lookup({ pipeline })`. At runtime the SDK's builder has every stage; the shared
 * `PipelineBuilder` type lists only some, so the stages the dashboards use are typed here.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/aggregate/Aggregate.lookup.html
 */
export interface SubPipeline {
  match(query: unknown): SubPipeline
  project(fields: Record<string, unknown>): SubPipeline
  group(fields: Record<string, unknown>): SubPipeline
  lookup(spec: Record<string, unknown>): SubPipeline
  unwind(field: string): SubPipeline
  limit(count: number): SubPipeline
  done(): unknown
}

export function subPipeline(db: Database): SubPipeline {
  return pipelineTools(db).pipeline() as unknown as SubPipeline
}

/**
 * Bounds for the arrays a dashboard query returns: far above what a 党委 holds (the large bench set
 * has 200 branches), and below the 10 000 rows one aggregate may answer.
 */
export const MAX_ORGS = 2000
export const MAX_GROUPS = 9000
