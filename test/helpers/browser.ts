import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { DemoIdentityKey } from '../../emulator/demo/identities'
import { startGateway, type RunningGateway } from './gateway'

/** Debian's chromium (apt-get install chromium; .ci/run installs it). Never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: run \`apt-get install chromium\` (as .ci/run does)`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A phone-sized page. */
export async function openPhonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  return context.newPage()
}

/** Logs in on the local login screen as a demo identity and lands on 我的. */
export async function loginAs(page: Page, baseUrl: string, key: DemoIdentityKey): Promise<void> {
  await page.goto(`${baseUrl}/#/packages/local/login/index`)
  await page.locator(`.local-identity[data-key="${key}"]`).click()
  await page.locator('.me-nickname').waitFor()
}

/**
 * Logs in as any other seeded demo member by openid (the gateway takes those too, for load tests; the
 * login screen lists only the five named ones), and lands on 我的.
 */
export async function loginAsMember(page: Page, baseUrl: string, openid: string): Promise<void> {
  const reply = await page.request.post(`${baseUrl}/__local/login`, { data: { key: openid } })
  if (!reply.ok()) throw new Error(`login as ${openid} failed: ${reply.status()}`)
  await page.goto(`${baseUrl}/#/pages/me/index`)
  await page.locator('.me-nickname').waitFor()
}

/** One e2e file's world: a fresh local cloud with the demo data and one Chromium, with phone pages. */
export interface E2eSuite {
  /** The gateway's base URL, e.g. http://127.0.0.1:41234. */
  readonly url: string
  /** The running gateway (its data folder, to read what it stored). */
  readonly gateway: RunningGateway
  /**
   * A phone-sized page logged in as a demo identity (or any seeded demo member, `{ openid }`), opened
   * at a hash route when given.
   */
  as(key: DemoIdentityKey | { openid: string }, route?: string): Promise<Page>
  /** A phone-sized page where nobody has logged in yet. */
  newcomer(): Promise<Page>
  /** Opens a hash route (`/pages/me/index` or `pages/me/index`) in a page. */
  open(page: Page, route: string): Promise<void>
}

/**
 * The setup every e2e file shares: call it once at the top of the file. It starts the gateway and
 * Chromium before the file's tests, stops both after, and sets the file's test timeout.
 */
export function e2eSuite(timeoutMs = 120_000): E2eSuite {
  jest.setTimeout(timeoutMs)
  let gateway: RunningGateway | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    ;[gateway, browser] = await Promise.all([startGateway(), launchChromium()])
  })
  afterAll(async () => {
    await Promise.all([browser?.close(), gateway?.stop()])
  })

  const running = () => {
    if (!gateway || !browser) throw new Error('e2eSuite: the gateway or Chromium did not start')
    return { gateway, browser }
  }
  const open = async (page: Page, route: string) => {
    await page.goto(`${running().gateway.url}/#/${route.replace(/^\//, '')}`)
  }
  return {
    get url() {
      return running().gateway.url
    },
    get gateway() {
      return running().gateway
    },
    async as(key, route) {
      const page = await openPhonePage(running().browser)
      if (typeof key === 'string') await loginAs(page, running().gateway.url, key)
      else await loginAsMember(page, running().gateway.url, key.openid)
      if (route) await open(page, route)
      return page
    },
    newcomer: () => openPhonePage(running().browser),
    open,
  }
}
