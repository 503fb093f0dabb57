import type { MeetingKind } from '../../types/meeting'
import { completenessFrom, type MeetingCell } from './completeness'
import type { OrgRecord } from './policy'

const branch: OrgRecord = {
  _id: 'org-b',
  name: '测试支部',
  kind: 'branch',
  parentId: 'org-p',
  ancestors: ['org-p'],
  archived: false,
}

const cell = (
  kind: MeetingKind,
  month: string,
  counted: number,
  orgId = 'org-b',
  recorded = counted,
): MeetingCell => ({ _id: { orgId, month, kind }, counted, recorded })

const itemOf = (result: ReturnType<typeof completenessFrom>, kind: MeetingKind) =>
  result.items.find((item) => item.kind === kind)

describe('三会一课 completeness', () => {
  it('counts held meetings against the default rhythm, capped per kind', () => {
    const cells = [
      cell('congress', '2026-10', 2),
      cell('committee', '2026-10', 1),
      cell('committee', '2026-11', 1),
      cell('committee', '2026-12', 1),
    ]
    const result = completenessFrom(branch, 2026, 4, cells, [])
    // required: congress 1, committee 3, group 3, lecture 1, themeDay 3 = 11; fulfilled 1 + 3 = 4
    expect(result).toMatchObject({ required: 11, fulfilled: 4, percent: 36 })
    expect(itemOf(result, 'congress')).toMatchObject({ held: 2 })
  })

  it('三个支委会 in one month are one month of the quarter, not the quarter', () => {
    const result = completenessFrom(branch, 2026, 4, [cell('committee', '2026-10', 3)], [])
    expect(itemOf(result, 'committee')).toMatchObject({ held: 1, required: 3 })
  })

  it('a rhythm of six a quarter asks two a month', () => {
    const custom = { ...branch, rhythm: { committee: 6 } } as OrgRecord
    const cells = [cell('committee', '2026-10', 3), cell('committee', '2026-11', 1)]
    expect(itemOf(completenessFrom(custom, 2026, 4, cells, []), 'committee')).toMatchObject({
      held: 3,
      required: 6,
    })
  })

  it('a meeting nobody attended or nobody minuted is not held, though it is counted as recorded', () => {
    // The cell's `counted` comes from the database rule; here: two ended 支委会, one counts.
    const cells = [cell('committee', '2026-10', 0, 'org-b', 1), cell('lecture', '2026-11', 0)]
    const result = completenessFrom(branch, 2026, 4, cells, [])
    expect(itemOf(result, 'committee')).toMatchObject({ held: 0, recorded: 1 })
    expect(itemOf(result, 'lecture')).toMatchObject({ held: 0 })
  })

  it('党小组会 held in the branch’s 党小组 count for the branch; its other meetings do not', () => {
    const cells = [
      cell('group', '2026-10', 1, 'org-group-1'),
      cell('group', '2026-11', 1, 'org-group-2'),
      cell('lecture', '2026-11', 1, 'org-group-1'),
    ]
    const result = completenessFrom(branch, 2026, 4, cells, [])
    expect(itemOf(result, 'group')).toMatchObject({ held: 2 })
    expect(itemOf(result, 'lecture')).toMatchObject({ held: 0 })
  })

  it('counts a 主题党日 once per month, held as a meeting or as an activity', () => {
    const cells = [cell('themeDay', '2026-11', 1), cell('themeDay', '2026-10', 1)]
    const result = completenessFrom(branch, 2026, 4, cells, ['2026-11', '2026-12'])
    expect(itemOf(result, 'themeDay')).toMatchObject({ held: 3, required: 3 })
  })

  it('follows an org’s own rhythm', () => {
    const custom = { ...branch, rhythm: { lecture: 2 } } as OrgRecord
    const result = completenessFrom(custom, 2026, 4, [], [])
    expect(result.customRhythm).toBe(true)
    expect(itemOf(result, 'lecture')?.required).toBe(2)
  })
})
