/**
 * Bounds on the shape of an event, checked before anything walks it (zod, the audit, JSON): no real
 * request of this app nests deeper than a few levels or holds more than a few thousand values, while
 * a hostile one can nest thousands of levels, which recursive code (JSON.stringify among it) cannot
 * survive. Checked iteratively, so the check itself cannot overflow.
 */
export const EVENT_LIMITS = { depth: 16, values: 20_000, textChars: 1_000_000 } as const

export function eventShapeProblem(event: unknown): string | undefined {
  const stack: Array<[unknown, number]> = [[event, 1]]
  let values = 0
  let textChars = 0
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number]
    if (++values > EVENT_LIMITS.values) return 'too many values'
    if (typeof value === 'string') {
      textChars += value.length
      if (textChars > EVENT_LIMITS.textChars) return 'too much text'
      continue
    }
    if (value === null || typeof value !== 'object') continue
    if (depth > EVENT_LIMITS.depth) return 'nested too deeply'
    const children = Array.isArray(value) ? value : Object.values(value)
    for (const child of children) stack.push([child, depth + 1])
    for (const key of Array.isArray(value) ? [] : Object.keys(value)) textChars += key.length
  }
  return undefined
}
