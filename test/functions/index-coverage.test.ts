import { COLLECTIONS_SPEC, MAX_INDEXES_PER_COLLECTION } from '../../deploy/manifest'
import { SCREENS } from '../../scripts/bench/index'
import { queriesOf, summarise } from '../../scripts/bench/queries'
import { seedDemo } from '../helpers/cloud'

/**
 * Every query of every screen of `npm run bench` is served by an index declared in the deploy
 * manifest (MongoDB's prefix rule; `_id` is always indexed) — production would otherwise scan whole
 * collections, the audit trail among them.
 */
beforeAll(() => seedDemo())

const totals = { queries: 0, examined: 0, returned: 0, worst: 0 }
afterAll(() => {
  process.stdout.write(
    `index coverage: ${SCREENS.length} screens, ${totals.queries} queries, 0 unserved; ` +
      `documents examined ${totals.examined} for ${totals.returned} returned; ` +
      `largest examined/returned ${totals.worst.toFixed(1)}\n`,
  )
})

it.each(SCREENS.map((screen) => [screen.name, screen] as const))(
  '%s: every query is served by a declared index',
  async (_name, screen) => {
    const queries = await queriesOf(screen)
    const summary = summarise(queries)
    totals.queries += summary.queries
    totals.examined += summary.examined
    totals.returned += summary.returned
    totals.worst = Math.max(totals.worst, summary.worst)
    expect(
      summary.unserved.map(
        (q) => `${q.via} ${q.collection} by ${q.filterFields.join(', ') || '—'}`,
      ),
    ).toEqual([])
    expect(queries.length).toBeGreaterThan(0)
  },
)

it('declares at most 20 indexes per collection, as WeChat allows', () => {
  for (const spec of COLLECTIONS_SPEC) {
    expect(spec.indexes.length).toBeLessThanOrEqual(MAX_INDEXES_PER_COLLECTION)
  }
})
