/**
 * Renders Taro-compiled weapp pages from dist/ in miniprogram-simulate (see docs/PLATFORM-FACTS.md,
 * Testing). It leans on Taro's runtime internals — keep it to a few smoke tests per page.
 *
 * Needs the jsdom environment: start each test file with a `@jest-environment jsdom` docblock.
 */
import fs from 'node:fs'
import path from 'node:path'
import simulate from 'miniprogram-simulate'
// j-component's own event engine (a dependency of miniprogram-simulate): WXML `bindtap` listens here,
// not on the DOM.
import exparser from 'miniprogram-exparser'

export const DIST = path.resolve(
  __dirname,
  '..',
  '..',
  `dist${process.env.ZHIBU_BUILD_SUFFIX ?? ''}`,
)

/** What a test's fake cloud answers for one call: the `result` of `wx.cloud.callFunction`. */
export type CloudHandler = (name: string, data: Record<string, unknown>) => unknown

export interface CloudCall {
  name: string
  data: Record<string, unknown>
}

// Taro's compiled pages and app call these as globals; they are untyped at this boundary.
/* eslint-disable @typescript-eslint/no-explicit-any */
type PageOptions = Record<string, any>
const globals = globalThis as any

let appInstance: PageOptions | null = null
let currentPage: any = null

/**
 * Loads dist/app.js once per test file with a fake `wx.cloud`, then runs the app's onLaunch.
 * Returns the list of cloud calls the pages make, in order.
 */
export function bootApp(handleCloud: CloudHandler): CloudCall[] {
  if (!fs.existsSync(path.join(DIST, 'app.js'))) {
    throw new Error(
      `${DIST}/app.js is missing: run \`npm run build:weapp\` before the weapp tests.`,
    )
  }
  if (appInstance) throw new Error('bootApp() runs once per test file (jest isolates files).')

  const calls: CloudCall[] = []
  globals.wx.cloud = fakeCloud(handleCloud, calls)
  // miniprogram-simulate's wx.createSelectorQuery only queues commands (its select() returns nothing).
  // In WeChat a query made outside a component searches the current page: j-component's own query
  // on the page does that (jsdom has no layout, so rects and sizes read 0).
  // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/wxml/wx.createSelectorQuery.html
  globals.wx.createSelectorQuery = () => {
    if (!currentPage) throw new Error('createSelectorQuery: no page is showing')
    return currentPage.createSelectorQuery()
  }
  globals.App = (options: PageOptions) => {
    appInstance = options
  }
  globals.getApp = () => appInstance
  globals.getCurrentPages = () => (currentPage ? [currentPage] : [])
  globals.Page = (options: PageOptions) => globals.Component(pageAsComponent(options))
  registerSharedComponentsPerPage()

  // Taro's output is CommonJS and must run inside jest's module registry (the jsdom globals).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(DIST, 'app.js'))
  const app = globals.getApp() as PageOptions | null
  if (!app) throw new Error('dist/app.js did not call App(): is dist/ a weapp build?')
  const launch = { path: 'pages/branch/index', query: {}, scene: 1001 }
  app.onLaunch?.call(app, launch)
  app.onShow?.call(app, launch)
  return calls
}

/**
 * WeChat runs a custom component's JS once and registers it for every page that uses it. simulate
 * instead registers the component afresh for each page it loads, by running the file again — but a
 * Taro-built component's file only hands its module to webpack, which runs a module once, so a native
 * component used by two pages (the sign-in code of meetings and activities) would come up empty on the
 * second. Remember each file's definition and register it again when webpack does not rerun it.
 */
function registerSharedComponentsPerPage() {
  // simulate's own helpers: `load` runs each component file through `runJs`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const utils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void }
  const runJs = utils.runJs
  const register = globals.Component as (definition: unknown) => unknown
  const definitions = new Map<string, unknown>()
  let defined: unknown
  globals.Component = (definition: unknown) => {
    defined = definition
    return register(definition)
  }
  utils.runJs = (file: string) => {
    defined = undefined
    runJs(file)
    if (defined !== undefined) definitions.set(file, defined)
    else if (definitions.has(file)) register(definitions.get(file))
  }
}

// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html
function fakeCloud(handleCloud: CloudHandler, calls: CloudCall[]) {
  return {
    inited: false,
    init() {
      this.inited = true
    },
    async callFunction({ name, data }: { name: string; data: Record<string, unknown> }) {
      if (!this.inited) throw new Error('cloud.callFunction:fail please call wx.cloud.init first')
      calls.push({ name, data })
      const result = await handleCloud(name, data)
      return { result, requestID: `test-${calls.length}`, errMsg: 'cloud.callFunction:ok' }
    },
  }
}

/**
 * A Taro page is a `Page(options)` call; miniprogram-simulate renders components. Run the page
 * lifecycle from the component's `attached` so React mounts into it as it would in WeChat.
 */
function pageAsComponent(options: PageOptions) {
  const methods: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'function') methods[key] = value
  }
  return {
    data: options.data ?? {},
    methods,
    lifetimes: {
      attached(this: any) {
        showPage(this)
        this.route = this.__route__ = pendingRoute
        this.options = pendingQuery
        this.onLoad?.(pendingQuery)
        this.onShow?.()
        this.onReady?.()
      },
      detached(this: any) {
        this.onUnload?.()
        hidePage(this)
      },
    },
  }
}

// A page's webpack module runs once, so its Page() registration is reused for later renders.
const loadedPages = new Map<string, string>()
let pendingRoute = ''

function showPage(page: unknown) {
  currentPage = page
}

function hidePage(page: unknown) {
  if (currentPage === page) currentPage = null
}
let pendingQuery: Record<string, string> = {}

export interface RenderedPage {
  /** The page's visible text, whitespace collapsed. */
  text(): string
  /** Polls until the text appears (renders are async: setData after React commits). */
  waitForText(expected: string, timeoutMs?: number): Promise<void>
  /** Whether an element with this class is on the page (simulate prefixes classes, see findByClass). */
  has(className: string): boolean
  /** Nodes of the page that WeChat cannot draw (see undrawableNodes). */
  undrawable(): UndrawableNode[]
  /** Taps the first element whose class list contains `className`. */
  tap(className: string): Promise<void>
  /** Calls one of the page's lifecycle handlers, e.g. `onPullDownRefresh`. */
  trigger(handler: string): void
  /** Unloads the page (runs onUnload), so the next test can render the same route afresh. */
  close(): void
}

/** Renders `pages/x/index` from dist/ after bootApp(). */
export async function renderPage(
  route: string,
  query: Record<string, string> = {},
): Promise<RenderedPage> {
  pendingRoute = route
  pendingQuery = query
  const id = loadedPages.get(route) ?? simulate.load(path.join(DIST, route), { rootPath: DIST })
  loadedPages.set(route, id)
  const comp = simulate.render(id)
  comp.attach(document.createElement('parent-wrapper'))
  const page = currentPage

  const text = () => (comp.dom?.textContent ?? '').replace(/\s+/g, ' ').trim()
  return {
    text,
    async waitForText(expected, timeoutMs = 3000) {
      const started = Date.now()
      while (!text().includes(expected)) {
        if (Date.now() - started > timeoutMs) {
          throw new Error(
            `"${expected}" did not appear within ${timeoutMs} ms; page text: ${text()}`,
          )
        }
        await simulate.sleep(20)
      }
    },
    has(className) {
      return findByClass(comp.dom, className) !== undefined
    },
    undrawable() {
      return undrawableNodes(page.data?.root)
    },
    async tap(className) {
      const target = findByClass(comp.dom, className)
      if (!target) throw new Error(`no element with class ${className}; page text: ${text()}`)
      dispatchTap(target)
      await simulate.sleep(0)
    },
    trigger(handler) {
      page[handler]?.()
    },
    close() {
      comp.detach()
    },
  }
}

/** simulate prefixes classes with the owning component's tag (`main--me-nickname`). */
function findByClass(root: Element | undefined, className: string): Element | undefined {
  if (!root) return undefined
  return Array.from(root.querySelectorAll('*')).find((element) =>
    Array.from(element.classList).some(
      (name) => name === className || name.endsWith(`--${className}`),
    ),
  )
}

/** What j-component's `dispatchEvent('tap')` does, for an element found by class anywhere on the page. */
function dispatchTap(target: Element) {
  const wxElement = (target as any).__wxElement
  if (!wxElement) throw new Error('element is not a rendered WXML node')
  const event = exparser.Event.create(
    'tap',
    {},
    {
      bubbles: true,
      capturePhase: true,
      composed: true,
      extraFields: { touches: {}, changedTouches: {} },
    },
  )
  exparser.Event.dispatchEvent(wxElement, event)
}

/** A node in Taro's page data: name (a component's alias number, or a tag), class, style, children. */
interface TaroNode {
  nn?: string
  cl?: string
  st?: string
  cn?: TaroNode[]
}

export interface UndrawableNode {
  name: string
  className: string
  /** Under (or itself) `display: none`, so nothing visible is lost. */
  hidden: boolean
}

let templateNames: Set<string> | undefined

/**
 * Taro draws its tree with one WXML template per node name, `tmpl_<depth>_<name>` in base.wxml. A node
 * whose name has no template (an HTML tag such as NutUI's icon `<i>` without @tarojs/plugin-html) is
 * skipped by WeChat with only a "Template not found" warning, and so is everything inside it.
 */
function undrawableNodes(root: TaroNode | undefined): UndrawableNode[] {
  templateNames ??= new Set(
    Array.from(
      fs.readFileSync(path.join(DIST, 'base.wxml'), 'utf8').matchAll(/name="tmpl_\d+_([^"]+)"/g),
      (match) => match[1].replace(/_(focus|blur)$/, ''),
    ),
  )
  const found: UndrawableNode[] = []
  const visit = (node: TaroNode, hiddenAbove: boolean) => {
    const hidden = hiddenAbove || /display:\s*none/.test(node.st ?? '')
    if (node.nn !== undefined && !templateNames?.has(node.nn)) {
      found.push({ name: node.nn, className: (node.cl ?? '').trim(), hidden })
    }
    for (const child of node.cn ?? []) visit(child, hidden)
  }
  for (const child of root?.cn ?? []) visit(child, false)
  return found
}
