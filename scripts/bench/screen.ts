import type { Who } from '../../test/helpers/cloud'

/** One screen load: the calls the page makes when it opens, measured together. */
export interface Screen {
  name: string
  who: Who
  calls: { fn: string; event: Record<string, unknown> }[]
  /** Database round trips allowed (docs/ARCHITECTURE.md §9): 3 unless said otherwise. */
  budget?: number
}
