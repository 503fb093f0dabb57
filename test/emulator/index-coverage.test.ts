import { coverageOf, type DeclaredIndex } from '../../emulator/db/index-coverage'
import type { ObservedQuery } from '../../emulator/db/observe'

const documents = Array.from({ length: 100 }, (_x, i) => ({
  _id: `m${i}`,
  orgId: `org-${i % 10}`,
  status: i % 2 ? 'active' : 'left',
  at: i,
}))
const INDEXES: DeclaredIndex[] = [
  {
    name: 'orgId_status_at',
    keys: [
      ['orgId', 1],
      ['status', 1],
      ['at', -1],
    ],
  },
]
const query = (filter: Record<string, unknown>, sort = {}): ObservedQuery => ({
  collection: 'memberships',
  via: 'get',
  filter,
  sort,
  returned: 0,
  documents,
})

describe('which declared index serves a query (MongoDB prefix rule)', () => {
  it('an equality on the first key is served; the server examines that key’s documents', () => {
    expect(coverageOf(query({ orgId: 'org-1' }), INDEXES)).toEqual({
      index: 'orgId_status_at',
      examined: 10,
    })
  })

  it('equalities along the prefix, then one range, narrow what is examined', () => {
    expect(coverageOf(query({ orgId: 'org-1', status: 'active' }), INDEXES).examined).toBe(10)
    expect(
      coverageOf(query({ orgId: 'org-2', status: 'left', at: { $gte: 50 } }), INDEXES),
    ).toEqual({ index: 'orgId_status_at', examined: 5 })
  })

  it('a filter that skips the first key is not served: the collection is scanned', () => {
    expect(coverageOf(query({ status: 'active' }), INDEXES)).toEqual({ examined: 100 })
  })

  it('_id is always indexed; $in counts as an equality; each $or branch must be served', () => {
    expect(coverageOf(query({ _id: 'm1' }), INDEXES)).toEqual({ index: '_id_', examined: 1 })
    expect(coverageOf(query({ orgId: { $in: ['org-1', 'org-2'] } }), INDEXES).examined).toBe(20)
    expect(coverageOf(query({ $or: [{ orgId: 'org-1' }, { status: 'left' }] }), INDEXES)).toEqual({
      examined: 100,
    })
  })

  it('with no filter, a sort on the first key is served by the index', () => {
    expect(coverageOf(query({}, { orgId: 1 }), INDEXES).index).toBe('orgId_status_at')
    expect(coverageOf(query({}, { at: -1 }), INDEXES).index).toBeUndefined()
  })

  it('fields compared inside $expr count, as a $lookup sub-pipeline sends them', () => {
    const filter = { $expr: { $and: [{ $eq: ['$orgId', '$$org'] }, { $eq: ['$status', 'x'] }] } }
    expect(coverageOf(query(filter), INDEXES).index).toBe('orgId_status_at')
  })
})
