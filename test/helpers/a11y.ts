import { source as axeSource } from 'axe-core'
import type { BrowserContext, Page } from 'playwright-core'
import type { DemoIdentityKey } from '../../emulator/demo/identities'
import { gatewayClient } from './gateway'

/**
 * Every H5 page with the query it needs (ids from the demo data), and one demo identity that may
 * see it (test/e2e/accessibility.test.ts checks each page as that identity only).
 */
const QUERIES: Record<string, { query?: string; viewer: DemoIdentityKey }> = {
  'pages/branch/index': { viewer: 'member' },
  'pages/study/index': { viewer: 'member' },
  'pages/issues/index': { viewer: 'resident' },
  'pages/me/index': { viewer: 'member' },
  'packages/user/profile/index': { viewer: 'member' },
  'packages/user/inbox/index': { viewer: 'member' },
  'packages/org/members/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/org/invite/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/org/join/index': { viewer: 'resident' },
  'packages/org/requests/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/org/audit/index': { query: 'orgId=org-committee', viewer: 'admin' },
  'packages/org/tree/index': { query: 'orgId=org-committee', viewer: 'admin' },
  'packages/notice/list/index': { query: 'orgId=org-branch-1', viewer: 'member' },
  'packages/notice/detail/index': {
    query: 'orgId=org-branch-1&id=notice-demo-study',
    viewer: 'member',
  },
  'packages/notice/publish/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/notice/report/index': {
    query: 'orgId=org-branch-1&id=notice-demo-study',
    viewer: 'secretary',
  },
  'packages/activity/list/index': { query: 'orgId=org-branch-1', viewer: 'member' },
  'packages/activity/detail/index': {
    query: 'orgId=org-branch-1&id=act-demo-volunteer',
    viewer: 'member',
  },
  'packages/activity/publish/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/activity/signin/index': {
    query: 'orgId=org-branch-1&id=act-demo-themeday-now',
    viewer: 'secretary',
  },
  'packages/activity/showcase/index': { query: 'orgId=org-branch-1', viewer: 'member' },
  'packages/issue/submit/index': { viewer: 'resident' },
  'packages/issue/detail/index': { query: 'id={issueId}', viewer: 'resident' },
  'packages/issue/manage/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/issue/board/index': { viewer: 'resident' },
  'packages/lesson/reader/index': { query: 'id=lesson-demo-discipline', viewer: 'member' },
  'packages/lesson/editor/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/lesson/mine/index': { viewer: 'secretary' },
  'packages/lesson/review/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/lesson/stats/index': {
    query: 'id=lesson-demo-discipline&orgId=org-branch-1',
    viewer: 'secretary',
  },
  'packages/meeting/list/index': { query: 'orgId=org-branch-1', viewer: 'member' },
  'packages/meeting/detail/index': { query: 'id=meeting-demo-b1-lecture-now', viewer: 'member' },
  'packages/meeting/edit/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/meeting/signin/index': {
    query: 'id=meeting-demo-b1-lecture-now',
    viewer: 'secretary',
  },
  'packages/meeting/minutes/index': {
    query: 'id=meeting-demo-b1-committee-past',
    viewer: 'secretary',
  },
  'packages/meeting/ledger/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/dues/mine/index': { query: 'orgId=org-branch-1&role=member', viewer: 'member' },
  'packages/dues/month/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/dues/public/index': { query: 'orgId=org-branch-1', viewer: 'member' },
  'packages/dues/rates/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/stats/branch/index': { query: 'orgId=org-branch-1', viewer: 'secretary' },
  'packages/stats/committee/index': { query: 'orgId=org-committee', viewer: 'admin' },
  'packages/local/login/index': { viewer: 'member' },
}

export interface H5Page {
  /** The page path as in src/app.config.ts. */
  path: string
  /** The hash route to open, with its query. */
  route: string
  viewer: DemoIdentityKey
}

/** Every page of src/app.config.ts (main package and subpackages) as the H5 build has them. */
export function configuredPages(): string[] {
  const g = globalThis as unknown as Record<string, unknown>
  g.defineAppConfig ??= (config: unknown) => config
  // The local login subpackage is in the H5 build only: the config reads TARO_ENV when loaded.
  const before = process.env.TARO_ENV
  process.env.TARO_ENV = 'h5'
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the globals it needs
  const config = require('../../src/app.config').default as {
    pages: string[]
    subPackages: { root: string; pages: string[] }[]
  }
  if (before === undefined) delete process.env.TARO_ENV
  else process.env.TARO_ENV = before
  return [
    ...config.pages,
    ...config.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
  ]
}

/**
 * The pages with ids filled in from the running gateway's demo data. Fails on a page the list above
 * does not know, so a new page cannot slip past the accessibility test.
 */
export async function h5Pages(gatewayUrl: string): Promise<H5Page[]> {
  const resident = await gatewayClient(gatewayUrl, 'resident')
  const mine = await resident.call('issue', { action: 'listMine' })
  const issueId: string | undefined = mine.body.result?.data?.items?.[0]?.id
  if (!issueId) throw new Error(`no 诉求 of 刘秀兰 in the demo data: ${JSON.stringify(mine.body)}`)
  return configuredPages().map((path) => {
    const known = QUERIES[path]
    if (!known) throw new Error(`test/helpers/a11y.ts: add ${path} (its query and a viewer)`)
    const query = known.query?.replace('{issueId}', issueId)
    return { path, route: query ? `${path}?${query}` : path, viewer: known.viewer }
  })
}

const ELDER_KEY = 'zhibu.elderMode.'

/** Turns 长辈模式 on or off for a demo person in a browser context (as 我的's switch stores it). */
export async function setElderModeIn(
  context: BrowserContext,
  openid: string,
  on: boolean,
): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      // Taro's H5 setStorageSync writes {"data": value} as JSON.
      if (value) localStorage.setItem(key, JSON.stringify({ data: true }))
      else localStorage.removeItem(key)
    },
    [ELDER_KEY + openid, on] as const,
  )
}

/**
 * Opens a hash route in a fresh tab of the context and waits until the page stops loading. `viaMe`
 * passes through 我的 first: a page that does not load the session itself never learns whose
 * 长辈模式 setting to follow, so opened straight from a link it shows the normal size.
 */
export async function openSettled(
  context: BrowserContext,
  url: string,
  route: string,
  { viaMe = false } = {},
) {
  const page = await context.newPage()
  if (viaMe) {
    await page.goto(`${url}/#/pages/me/index`)
    await page.locator('.me-nickname').waitFor()
  }
  await page.goto(`${url}/#/${route}`, { waitUntil: 'networkidle' })
  await page
    .locator('.page-state--loading')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined)
  await page.waitForLoadState('networkidle')
  // NutUI's transitions (popups, tabs) settle in 300 ms.
  await page.waitForTimeout(300)
  // A toast the page shows on opening (已回到上次读到的位置) is measured mid-fade otherwise: wait it out.
  await page
    .locator('.taro__toast')
    .first()
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .catch(() => undefined)
  return page
}

export interface Finding {
  rule: string
  impact: string
  help: string
  targets: string[]
}

/** axe-core's serious and critical findings on the page, target-size included (WCAG 2.2 AA). */
export async function seriousFindings(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- axe is injected at run time
    const axe = (window as any).axe
    const result = await axe.run(document, { rules: { 'target-size': { enabled: true } } })
    return (
      result.violations as {
        id: string
        impact: string
        help: string
        nodes: {
          target: string[]
          any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } }[]
        }[]
      }[]
    )
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((node) => {
          // color-contrast says which colours it measured: the fix is usually one of them.
          const colors = node.any.find((check) => check.data?.fgColor)?.data
          return colors
            ? `${node.target.join(' ')} (${colors.fgColor} on ${colors.bgColor}: ${colors.contrastRatio})`
            : node.target.join(' ')
        }),
      }))
  })
}

// Plain JavaScript, not a function: the test runners' transpilers wrap named functions in helpers
// (`__name`) that do not exist in the page.
const OVERFLOW_SCRIPT = `(() => {
  const width = window.innerWidth
  const found = []
  const name = (el) =>
    el.tagName.toLowerCase() +
    (typeof el.className === 'string' && el.className.trim()
      ? '.' + el.className.trim().split(/\\s+/).join('.')
      : '') +
    ' «' + (el.textContent || '').trim().slice(0, 20) + '»'
  const scrollsSideways = (el) => {
    for (let at = el.parentElement; at && at !== document.body; at = at.parentElement) {
      const style = getComputedStyle(at)
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && at.scrollWidth > at.clientWidth)
        return true
    }
    return false
  }
  if (document.documentElement.scrollWidth > width)
    found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width)
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el)
    if (style.visibility === 'hidden' || style.display === 'none') continue
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0) continue
    if (el.closest('[aria-hidden="true"]')) continue
    const ownText = Array.from(el.childNodes).some(
      (node) => node.nodeType === Node.TEXT_NODE && (node.textContent || '').trim() !== '',
    )
    if (!ownText || scrollsSideways(el)) continue
    if (rect.right > width + 1 || rect.left < -1) found.push("past the screen's edge: " + name(el))
    else if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
      found.push('text cut off (' + el.scrollWidth + ' > ' + el.clientWidth + '): ' + name(el))
  }
  return found
})()`

/**
 * What does not fit the phone's width: the document scrolling sideways, text reaching past the
 * screen's edge (outside a sideways-scrolling strip), and text cut off by its own box.
 */
export async function overflowFindings(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(OVERFLOW_SCRIPT)
}
