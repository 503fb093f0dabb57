/**
 * 长辈模式 scales type by one CSS variable on the page root (src/app.css). That only works if every
 * font-size multiplies by it, and if Taro's pxtransform keeps the calc intact in both builds.
 */
import fs from 'node:fs'
import path from 'node:path'
import postcss from 'postcss'
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS plugin, what Taro runs
const pxtransform = require('postcss-pxtransform')

const src = path.resolve(__dirname, '../../src')
const deviceRatio = { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 }

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return cssFiles(full)
    return entry.name.endsWith('.css') ? [full] : []
  })
}

async function transformed(platform: 'weapp' | 'h5', css: string): Promise<postcss.Root> {
  const result = await postcss([pxtransform({ platform, designWidth: 750, deviceRatio })]).process(
    css,
    { from: path.join(src, 'app.css') },
  )
  return result.root
}

function declaration(root: postcss.Root, selector: string, prop: string): string | undefined {
  let value: string | undefined
  root.walkRules((rule) => {
    if (rule.selectors.includes(selector))
      rule.walkDecls(prop, (decl) => {
        value = decl.value
      })
  })
  return value
}

test('every font-size in src/ grows with 长辈模式 (multiplies by --zhibu-type-scale)', () => {
  const fixed: string[] = []
  for (const file of cssFiles(src)) {
    postcss.parse(fs.readFileSync(file, 'utf8')).walkDecls('font-size', (decl) => {
      // `inherit` takes the parent's size, which is itself scaled.
      if (!decl.value.includes('var(--zhibu-type-scale') && decl.value !== 'inherit') {
        fixed.push(`${path.relative(src, file)}:${decl.source?.start?.line}: ${decl.value}`)
      }
    })
  }
  expect(fixed).toEqual([])
})

test.each([
  ['weapp', 'rpx'],
  ['h5', 'rem'],
] as const)(
  'in %s the scaled font-size survives pxtransform as %s times the variable',
  async (platform, unit) => {
    const root = await transformed(platform, fs.readFileSync(path.join(src, 'app.css'), 'utf8'))

    expect(declaration(root, 'page', 'font-size')).toMatch(
      new RegExp(`^calc\\([0-9.]+${unit} \\* var\\(--zhibu-type-scale, 1\\)\\)$`),
    )
    expect(declaration(root, '.zhibu-elder', '--zhibu-type-scale')).toBe('1.25')
    // NutUI's own sizes grow too, in the unit of the build.
    expect(declaration(root, '.zhibu-elder', '--nutui-font-size-base')).toMatch(
      new RegExp(`^calc\\([0-9.]+${unit} \\* 1\\.25\\)$`),
    )
    expect(declaration(root, '.zhibu-elder', '--nutui-button-default-height')).toMatch(
      new RegExp(`^[0-9.]+${unit}$`),
    )
  },
)
