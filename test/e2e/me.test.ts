import { e2eSuite } from '../helpers/browser'

const e2e = e2eSuite(90_000)

describe('我的 in real Chromium against the local cloud', () => {
  it('asks a newcomer to pick a demo identity, then shows that member’s profile', async () => {
    const page = await e2e.newcomer()
    await e2e.open(page, 'pages/me/index')
    await page.locator('[data-testid="me-pick-identity"]').click()
    await page.locator('.local-identity[data-key="member"]').click()

    await expect(page.locator('.me-nickname').textContent()).resolves.toContain('张晓明')
    await expect(page.locator('.me-membership').first().textContent()).resolves.toContain(
      '第一党支部',
    )
  })

  it('shows the secretary her own profile, not the previous person’s', async () => {
    const page = await e2e.newcomer()
    await e2e.open(page, 'packages/local/login/index')
    await page.locator('.local-identity[data-key="secretary"]').click()
    await page.locator('.me-nickname').waitFor()
    await expect(page.locator('.me-nickname').textContent()).resolves.toContain('王建国')
    await expect(page.locator('.me-membership').first().textContent()).resolves.toContain('书记')
  })
})
