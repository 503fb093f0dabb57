import type { BrowserContext } from 'playwright-core'
import { DEMO_IDENTITIES, type DemoIdentityKey } from '../../emulator/demo/identities'
import {
  h5Pages,
  openSettled,
  overflowFindings,
  seriousFindings,
  setElderModeIn,
  type H5Page,
} from '../helpers/a11y'
import { e2eSuite, loginAs } from '../helpers/browser'

// Every H5 page, each as one demo identity that may see it (test/helpers/a11y.ts): axe-core finds no
// serious or critical problem (contrast, names, tap targets) at the normal size, and at 长辈模式
// nothing is wider than the phone or cut off. `npm run screens` checks every identity × both sizes.
const e2e = e2eSuite(170_000)

/** Pages checked at once: each is a fresh tab, and two cores serve the gateway too. */
const AT_ONCE = 3

async function eachPage<T>(pages: H5Page[], check: (page: H5Page) => Promise<T>) {
  const results: { page: H5Page; result: T }[] = []
  const queue = [...pages]
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        results.push({ page: next, result: await check(next) })
      }
    }),
  )
  return results
}

/** One logged-in context per viewer (and size), shared by that viewer's pages. */
async function contextsFor(pages: H5Page[], elder: boolean) {
  const contexts = new Map<DemoIdentityKey, BrowserContext>()
  for (const viewer of new Set(pages.map((page) => page.viewer))) {
    const login = await e2e.newcomer()
    const context = login.context()
    const { openid } = DEMO_IDENTITIES.find((identity) => identity.key === viewer)!
    await setElderModeIn(context, openid, elder)
    await loginAs(login, e2e.url, viewer)
    await login.close()
    contexts.set(viewer, context)
  }
  return contexts
}

describe('accessibility of every H5 page', () => {
  let pages: H5Page[]
  beforeAll(async () => {
    pages = await h5Pages(e2e.url)
  })

  it('has no serious or critical axe-core finding on any page', async () => {
    const contexts = await contextsFor(pages, false)
    const results = await eachPage(pages, async ({ route, viewer }) => {
      const tab = await openSettled(contexts.get(viewer)!, e2e.url, route)
      const findings = await seriousFindings(tab)
      await tab.close()
      return findings
    })
    const offenders = results
      .filter(({ result }) => result.length > 0)
      .map(
        ({ page, result }) =>
          `${page.route} (as ${page.viewer}):\n` +
          result
            .map((f) => `  ${f.impact} ${f.rule} — ${f.help}: ${f.targets.join(' | ')}`)
            .join('\n'),
      )
    expect(results).toHaveLength(pages.length)
    expect(offenders.join('\n')).toBe('')
  })

  it('fits every page in the phone’s width at 长辈模式', async () => {
    const contexts = await contextsFor(pages, true)
    const results = await eachPage(pages, async ({ route, viewer }) => {
      const tab = await openSettled(contexts.get(viewer)!, e2e.url, route, { viaMe: true })
      const elder = await tab.locator('.zhibu-elder').count()
      const overflow = await overflowFindings(tab)
      await tab.close()
      return { elder, overflow }
    })
    // The local login screen is the one page shown before anyone is known, so never at 长辈模式.
    const notScaled = results
      .filter(
        ({ page, result }) => result.elder === 0 && page.path !== 'packages/local/login/index',
      )
      .map(({ page }) => page.route)
    const offenders = results
      .filter(({ result }) => result.overflow.length > 0)
      .map(({ page, result }) => `${page.route} (as ${page.viewer}): ${result.overflow.join('; ')}`)
    expect(notScaled).toEqual([])
    expect(offenders.join('\n')).toBe('')
  })
})
