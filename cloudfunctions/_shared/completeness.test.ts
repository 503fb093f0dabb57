import { completenessFrom, type HeldKind } from './completeness'
import type { OrgRecord } from './policy'

const branch: OrgRecord = {
  _id: 'org-b',
  name: '测试支部',
  kind: 'branch',
  parentId: 'org-p',
  ancestors: ['org-p'],
  archived: false,
}

describe('三会一课 completeness', () => {
  it('counts held meetings against the default rhythm, capped per kind', () => {
    const kinds: HeldKind[] = [
      { _id: 'congress', held: 2, recorded: 1, starts: [] },
      { _id: 'committee', held: 3, recorded: 3, starts: [] },
      { _id: 'lecture', held: 0, recorded: 0, starts: [] },
    ]
    const result = completenessFrom(branch, 2026, 4, kinds, [])
    // required: congress 1, committee 3, group 3, lecture 1, themeDay 3 = 11; fulfilled 1 + 3 = 4
    expect(result).toMatchObject({ required: 11, fulfilled: 4, percent: 36 })
    expect(result.items.find((item) => item.kind === 'congress')).toMatchObject({ held: 2 })
  })

  it('counts a 主题党日 once per month, held as a meeting or as an activity', () => {
    const kinds: HeldKind[] = [
      {
        _id: 'themeDay',
        held: 2,
        recorded: 2,
        // 10-31 16:30 UTC is 11-01 in Beijing: November, not October
        starts: ['2026-10-31T16:30:00.000Z', '2026-11-10T02:00:00.000Z'],
      },
    ]
    const result = completenessFrom(branch, 2026, 4, kinds, ['2026-11', '2026-12'])
    expect(result.items.find((item) => item.kind === 'themeDay')).toMatchObject({
      held: 2,
      required: 3,
    })
  })

  it('follows an org’s own rhythm', () => {
    const custom = { ...branch, rhythm: { lecture: 2 } } as OrgRecord
    const result = completenessFrom(custom, 2026, 4, [], [])
    expect(result.customRhythm).toBe(true)
    expect(result.items.find((item) => item.kind === 'lecture')?.required).toBe(2)
  })
})
