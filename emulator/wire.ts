// The JSON boundary between a client (or a calling function) and a cloud function. In production
// events and results cross it as JSON text; here they are copied with JSON's rules, iteratively, so
// that no payload — however deeply nested — can overflow the stack of the process that hosts every
// function (V8's JSON.stringify recurses and throws past a few thousand levels; JSON.parse does not).

/** More values than any real event or result holds; past it a payload is treated as a cycle. */
const MAX_VALUES = 2_000_000

type Container = Record<string, unknown> | unknown[]

/** What JSON.stringify would write for `value` inside an object/array (undefined = left out). */
function jsonValue(value: unknown): unknown {
  let v = value
  if (
    v !== null &&
    typeof v === 'object' &&
    typeof (v as { toJSON?: unknown }).toJSON === 'function'
  ) {
    v = (v as { toJSON(): unknown }).toJSON()
  }
  if (v instanceof Number || v instanceof String || v instanceof Boolean) v = v.valueOf()
  switch (typeof v) {
    case 'number':
      return Number.isFinite(v) ? v : null
    case 'string':
    case 'boolean':
      return v
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt')
    case 'object':
      return v
    default:
      return undefined // undefined, functions, symbols
  }
}

function emptyLike(value: object): Container {
  return Array.isArray(value) ? [] : {}
}

function put(target: Container, key: string | number, value: unknown): void {
  if (Array.isArray(target)) target.push(value)
  // defineProperty, like JSON.parse: a key named __proto__ becomes an own property, not a prototype.
  else
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    })
}

/** `JSON.parse(JSON.stringify(value))`, without recursion. */
export function wireCopy(value: unknown): unknown {
  const root = jsonValue(value)
  if (root === null || typeof root !== 'object') return root ?? null
  const out = emptyLike(root)
  const stack: Array<[object, Container]> = [[root, out]]
  let count = 0
  while (stack.length > 0) {
    const [source, target] = stack.pop() as [object, Container]
    const entries: Array<[string | number, unknown]> = Array.isArray(source)
      ? source.map((item, i) => [i, item])
      : Object.keys(source).map((key) => [key, (source as Record<string, unknown>)[key]])
    for (const [key, raw] of entries) {
      if (++count > MAX_VALUES) throw new TypeError('Converting circular structure to JSON')
      const v = jsonValue(raw)
      if (v === undefined) {
        if (Array.isArray(target)) target.push(null)
        continue
      }
      if (v !== null && typeof v === 'object') {
        const child = emptyLike(v)
        put(target, key, child)
        stack.push([v, child])
      } else {
        put(target, key, v)
      }
    }
  }
  return out
}

/** Nesting depth of a JSON text, read without parsing it (brackets outside strings). */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth)
    else if (c === 0x7d || c === 0x5d) depth--
  }
  return deepest
}
