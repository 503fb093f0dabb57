import { CHECK_LIMIT, piecesForCheck, worstVerdict } from './content-check'

describe('splitting long text for msgSecCheck', () => {
  it('keeps short text whole', () => {
    expect(piecesForCheck('支部会议纪要')).toEqual(['支部会议纪要'])
  })

  it('covers every character of long text in pieces of at most 2 500, overlapping at the cuts', () => {
    const text = Array.from({ length: 9000 }, (_, i) =>
      String.fromCharCode(0x4e00 + (i % 500)),
    ).join('')
    const pieces = piecesForCheck(text)
    expect(pieces.every((piece) => piece.length <= CHECK_LIMIT)).toBe(true)
    // Every window of 50 characters appears whole in some piece: nothing straddles a cut unseen.
    for (let start = 0; start + 50 <= text.length; start += 37) {
      const window = text.slice(start, start + 50)
      expect(pieces.some((piece) => piece.includes(window))).toBe(true)
    }
  })

  it('never cuts an emoji (a surrogate pair) in half', () => {
    const text = '党'.repeat(CHECK_LIMIT - 1) + '😀' + '员'.repeat(3000)
    for (const piece of piecesForCheck(text)) {
      expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
    }
  })

  it('the worst verdict of the pieces wins', () => {
    expect(worstVerdict(['pass', 'review', 'pass'])).toBe('review')
    expect(worstVerdict(['pass', 'risky', 'review'])).toBe('risky')
    expect(worstVerdict([])).toBe('pass')
  })
})
