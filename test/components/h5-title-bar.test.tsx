import { join } from 'path'

// The local H5 build showed sub-pages with no title bar and no way back. Taro's H5 router draws its own
// bar (title from the page's navigationBarTitleText, 返回 when a page is behind, 首页 otherwise), but only
// where the effective navigationStyle is exactly 'default' — unset means hidden
// (node_modules/@tarojs/router/dist/router/navigation-bar.js, setNavigationBarVisible; NervJS/taro#18643).
// weapp's default is already 'default', so the setting changes nothing there.

type PageConfig = { navigationBarTitleText?: string; navigationStyle?: string }
type AppConfig = {
  window: PageConfig
  subPackages: { root: string; pages: string[] }[]
}

const g = globalThis as unknown as Record<string, unknown>
g.defineAppConfig = g.definePageConfig = (config: unknown) => config

function load<T>(path: string, env: 'h5' | 'weapp'): T {
  const before = process.env.TARO_ENV
  process.env.TARO_ENV = env
  let loaded: unknown
  jest.isolateModules(() => {
    loaded = jest.requireActual<{ default: unknown }>(path).default
  })
  process.env.TARO_ENV = before
  return loaded as T
}

const src = join(__dirname, '../../src')

function h5BarShown(app: AppConfig, page: PageConfig): boolean {
  return (page.navigationStyle ?? app.window.navigationStyle) === 'default'
}

describe('H5 preview title bar', () => {
  const app = load<AppConfig>(join(src, 'app.config.ts'), 'h5')
  const subPages = app.subPackages.flatMap(({ root, pages }) => pages.map((p) => `${root}/${p}`))

  it('every H5 sub-page shows the title bar with its own title (and so Taro’s 返回)', () => {
    expect(subPages.length).toBeGreaterThan(30)
    for (const path of subPages) {
      const page = load<PageConfig>(join(src, `${path}.config.ts`), 'h5')
      expect({ path, shown: h5BarShown(app, page) }).toEqual({ path, shown: true })
      expect({ path, title: page.navigationBarTitleText?.trim() || '' }).not.toEqual({
        path,
        title: '',
      })
    }
  })

  it('weapp keeps its native bar: the setting is the weapp default', () => {
    const weapp = load<AppConfig>(join(src, 'app.config.ts'), 'weapp')
    expect(weapp.window.navigationStyle ?? 'default').toBe('default')
  })
})
