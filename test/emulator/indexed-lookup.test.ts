// The emulator's `$lookup` (indexed-lookup.ts) narrows the foreign documents by the join's equalities
// before running the sub-pipeline; it must answer exactly what mingo's own `$lookup` answers, for
// every input — strings, numbers, missing fields, arrays and nested values on either side.
import fc from 'fast-check'
import { Aggregator } from 'mingo'
import 'mingo/init/system'
import type { Doc } from '../../emulator/db/ejson'
import { requiredEqualities } from '../../emulator/db/indexed-lookup'
import { ISOLATION_CONTEXT } from '../../emulator/db/isolation'

/** Values that collide in interesting ways: equal strings, a number that prints like one, arrays. */
const value = fc.oneof(
  fc.constantFrom('a', 'b', 'c', '1'),
  fc.constantFrom(1, 0, null, true),
  fc.constant(undefined),
  fc.constantFrom(['a'], ['a', 'b'], [], { v: 'a' }),
)

const doc = (id: number) =>
  fc
    .record({
      orgId: value,
      openid: value,
      month: fc.constantFrom('2026-01', '2026-06', '2026-12'),
      nested: fc.record({ key: value }),
    })
    .map((fields) => ({ _id: `d${id}`, ...fields }) as Doc)

const docs = fc
  .integer({ min: 0, max: 12 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => doc(index))))

/** The joins the functions write, and shapes around them the narrowing must leave to mingo. */
const LOOKUPS: Doc[] = [
  {
    from: 'foreign',
    let: { orgId: '$orgId', openid: '$openid' },
    pipeline: [
      {
        $match: {
          $expr: {
            $and: [
              { $eq: ['$orgId', '$$orgId'] },
              { $eq: ['$openid', '$$openid'] },
              { $gte: ['$month', '2026-06'] },
            ],
          },
        },
      },
      { $sort: { month: -1, _id: 1 } },
      { $project: { _id: 1, month: 1 } },
    ],
    as: 'joined',
  },
  {
    from: 'foreign',
    let: { key: '$nested.key' },
    pipeline: [{ $match: { $expr: { $eq: ['$$key', '$nested.key'] } } }, { $limit: 3 }],
    as: 'joined',
  },
  {
    from: 'foreign',
    let: { both: { $concat: ['$orgId', '$openid'] }, orgId: '$orgId' },
    pipeline: [{ $match: { $expr: { $eq: ['$orgId', '$$orgId'] } } }, { $count: 'n' }],
    as: 'joined',
  },
  {
    // An $or is not narrowed: mingo's own runs it.
    from: 'foreign',
    let: { orgId: '$orgId' },
    pipeline: [
      {
        $match: {
          $expr: { $or: [{ $eq: ['$orgId', '$$orgId'] }, { $eq: ['$month', '2026-01'] }] },
        },
      },
    ],
    as: 'joined',
  },
]

/** The answer, or the refusal (a `$concat` of a non-string refuses in both). */
function run(lookup: Doc, outer: Doc[], foreign: Doc[], narrowed: boolean): unknown {
  try {
    return new Aggregator([{ $lookup: lookup }], {
      collectionResolver: (name) => (name === 'foreign' ? foreign : []),
      ...(narrowed ? { context: ISOLATION_CONTEXT, useGlobalContext: true } : {}),
    }).run(outer)
  } catch (error) {
    return { refused: (error as Error).message }
  }
}

test('the narrowed $lookup answers what mingo’s own answers, for every input', () => {
  fc.assert(
    fc.property(docs, docs, fc.constantFrom(...LOOKUPS.keys()), (outer, foreign, which) => {
      const lookup = LOOKUPS[which]
      expect(run(lookup, outer, foreign, true)).toEqual(run(lookup, outer, foreign, false))
    }),
    { numRuns: 400 },
  )
})

test('only an equality between a foreign field and a let variable narrows', () => {
  expect(requiredEqualities(LOOKUPS[0])).toEqual([
    { foreignPath: 'orgId', variable: 'orgId' },
    { foreignPath: 'openid', variable: 'openid' },
  ])
  expect(requiredEqualities(LOOKUPS[1])).toEqual([{ foreignPath: 'nested.key', variable: 'key' }])
  expect(requiredEqualities(LOOKUPS[3])).toEqual([])
  // localField/foreignField joins are mingo's (it hashes those itself).
  expect(
    requiredEqualities({ from: 'foreign', localField: 'a', foreignField: 'b', as: 'x' }),
  ).toEqual([])
})
