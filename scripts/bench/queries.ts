// What each screen asks of the database: every query's serving index (by the manifest's indexes) and
// the documents the server would examine through it, next to the documents returned. Shared by
// `npm run bench` (prints it) and test/functions/index-coverage.test.ts (fails on an unserved query).
import { COLLECTIONS_SPEC } from '../../deploy/manifest'
import { coverageOf, type DeclaredIndex } from '../../emulator/db/index-coverage'
import type { ObservedQuery } from '../../emulator/db/observe'
import { localDatabase } from '../../emulator/local-cloud'
import { call } from '../../test/helpers/cloud'
import type { Screen } from './screen'

const INDEXES = new Map<string, readonly DeclaredIndex[]>(
  COLLECTIONS_SPEC.map((spec) => [spec.name, spec.indexes]),
)

export interface ScreenQuery {
  collection: string
  via: ObservedQuery['via']
  filterFields: string[]
  index?: string
  examined: number
  returned?: number
}

/** Loads the screen once, recording every query it makes (as its person, through the real functions). */
export async function queriesOf(screen: Screen): Promise<ScreenQuery[]> {
  const seen: ScreenQuery[] = []
  const stop = localDatabase().observeQueries((query) => {
    const { index, examined } = coverageOf(query, INDEXES.get(query.collection) ?? [])
    seen.push({
      collection: query.collection,
      via: query.via,
      filterFields: Object.keys(query.filter),
      index,
      // A join runs once per outer document; its examined count is not one query's.
      examined: query.via === 'lookup' ? 0 : examined,
      returned: query.returned,
    })
  })
  try {
    for (const { fn, event } of screen.calls) {
      const reply = await call(screen.who, fn, event)
      if (!reply.ok) throw new Error(`${screen.name}: ${reply.code} ${reply.message}`)
    }
  } finally {
    stop()
  }
  return seen
}

/** Totals of a screen: queries, unserved ones, documents examined and returned, the worst ratio. */
export function summarise(queries: ScreenQuery[]) {
  const direct = queries.filter((q) => q.via !== 'lookup')
  const examined = direct.reduce((sum, q) => sum + q.examined, 0)
  const returned = direct.reduce((sum, q) => sum + (q.returned ?? 0), 0)
  const worst = Math.max(0, ...direct.map((q) => q.examined / Math.max(1, q.returned ?? 0)))
  return {
    queries: queries.length,
    unserved: queries.filter((q) => !q.index),
    examined,
    returned,
    worst,
  }
}
