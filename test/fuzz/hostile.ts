import fc from 'fast-check'

/**
 * Hostile payloads: wrong types, missing and extra fields, huge strings, unicode edge cases,
 * injection-shaped strings and objects in place of ids, dotted and `$` keys, forged identity fields,
 * odd dates and numbers — mixed with real-looking values so some payloads get past validation and
 * exercise the handlers too.
 */
const REAL_VALUES = [
  'org-branch-1',
  'org-branch-2',
  'org-committee',
  'org-general',
  'org-group-1a',
  'o_demo_member',
  'o_demo_admin',
  'notice-demo-study',
  'ABCDEFGH',
  '第一党支部',
  '13800138000',
  'branch',
  'group',
  'org',
  'subtree',
  'secretary',
  'member',
  'admin',
  '2026-11-22T08:00:00.000Z',
]

/**
 * Values that must never become an object key or a field path: the prototype's own names, operator-
 * and path-shaped keys. Every string field of every valid payload gets each of them (brokenPayload).
 */
export const RESERVED_STRINGS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
  '$where',
  '$set',
  'a.b',
  '.',
  '$',
]

const INJECTION_STRINGS = [
  '$where',
  '{"$gt": ""}',
  "'; db.users.drop(); --",
  '../../../etc/passwd',
  'a.b.c',
  '$set',
  '__proto__',
  'constructor',
  '\u0000',
  '\uD800',
  '\u202E反转',
  '赌博代开发票',
  '<script>alert(1)</script>',
  '😀'.repeat(600),
  ' ',
  '',
]

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(...INJECTION_STRINGS),
  fc.constantFrom(...REAL_VALUES),
  fc.constant('长'.repeat(3000)),
  fc.constant('x'.repeat(200_000)),
)

const injectionObject = fc.constantFrom<unknown>(
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000)' },
  { $regex: '.*' },
  { 'a.b': 1 },
  { $set: { role: 'admin' } },
  { __proto__: { admin: true } },
  ['org-branch-1', 'org-branch-2'],
  [],
  {},
)

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1, 2, 19, 20, 21, 500, 501, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
)

const hostileDate = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom('1900-01-01T00:00:00Z', '2999-12-31T23:59:59Z', 'not a date', '2026-02-30'),
)

/** A value nested far deeper than any request (JSON.stringify overflows past a few thousand). */
const deeplyNested = fc.constantFrom(20, 500, 6_000).map((depth) => {
  let value: unknown = 'x'
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }
  return value
})

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: fc.constantFrom(...RESERVED_STRINGS) },
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: injectionObject },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: hostileDate },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 3 }),
  },
)

/** Field names the actions use, plus forged identity fields and operator-shaped keys. */
const FIELD_NAMES = [
  'orgId',
  'parentId',
  'memberId',
  'noticeId',
  'meetingId',
  'lessonId',
  'activityId',
  'issueId',
  'id',
  'code',
  'page',
  'name',
  'kind',
  'role',
  'title',
  'body',
  'summary',
  'reason',
  'note',
  'nickname',
  'phone',
  'scope',
  'approve',
  'accepted',
  'startsAt',
  'endsAt',
  'from',
  'to',
  'groupCloudId',
  'requestId',
  'openid',
  '_openid',
  'OPENID',
  '$where',
  'a.b',
  '__proto__',
]

export const hostilePayload: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FIELD_NAMES) }, fc.string({ maxLength: 10 })),
  hostileValue,
  { maxKeys: 7 },
)

/**
 * A valid payload with one thing broken: a field replaced by a hostile value, a field dropped, an
 * extra field added, forged identity fields added (which must change nothing) — or left valid, so the
 * handlers run too, as every kind of person.
 */
export function brokenPayload(
  valid: Record<string, unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid)
  const stringKeys = keys.filter((key) => typeof valid[key] === 'string')
  const variants: fc.Arbitrary<Record<string, unknown>>[] = [
    fc
      .tuple(fc.constantFrom(...FIELD_NAMES), hostileValue)
      .map(([key, value]) => ({ ...valid, [key]: value })),
    fc.constant({ ...valid, openid: 'o_demo_admin', _openid: 'o_demo_admin' }),
    fc.constant(valid),
  ]
  if (stringKeys.length > 0) {
    variants.push(
      fc
        .tuple(fc.constantFrom(...stringKeys), fc.constantFrom(...RESERVED_STRINGS))
        .map(([key, value]) => ({ ...valid, [key]: value })),
    )
  }
  if (keys.length > 0) {
    variants.push(
      fc
        .tuple(fc.constantFrom(...keys), hostileValue)
        .map(([key, value]) => ({ ...valid, [key]: value })),
      fc.constantFrom(...keys).map((key) => {
        const copy = { ...valid }
        delete copy[key]
        return copy
      }),
    )
  }
  return fc.oneof(...variants)
}
