import type { Browser } from 'playwright-core'
import { launchChromium, openPhonePage } from '../helpers/browser'
import { startGateway, type RunningGateway } from '../helpers/gateway'

jest.setTimeout(90_000)

let gateway: RunningGateway
let browser: Browser

beforeAll(async () => {
  ;[gateway, browser] = await Promise.all([startGateway(), launchChromium()])
})

afterAll(async () => {
  await Promise.all([browser?.close(), gateway?.stop()])
})

describe('我的 in real Chromium against the local cloud', () => {
  it('asks a newcomer to pick a demo identity, then shows that member’s profile', async () => {
    const page = await openPhonePage(browser)
    await page.goto(`${gateway.url}/#/pages/me/index`)
    await page.locator('.me-pick-identity').click()
    await page.locator('.local-identity[data-key="member"]').click()

    await expect(page.locator('.me-nickname').textContent()).resolves.toContain('张晓明')
    await expect(page.locator('.me-membership').first().textContent()).resolves.toContain(
      '第一党支部',
    )
  })

  it('shows the secretary her own profile, not the previous person’s', async () => {
    const page = await openPhonePage(browser)
    await page.goto(`${gateway.url}/#/packages/local/login/index`)
    await page.locator('.local-identity[data-key="secretary"]').click()
    await page.locator('.me-nickname').waitFor()
    await expect(page.locator('.me-nickname').textContent()).resolves.toContain('王建国')
    await expect(page.locator('.me-membership').first().textContent()).resolves.toContain('书记')
  })
})
