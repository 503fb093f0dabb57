import { DEMO_ORGS } from '../../emulator/demo/org-tree'
import type { Locator, Page } from 'playwright-core'
import type { BranchDashboard, CommitteeDashboard } from '../../types/stats'
import { e2eSuite } from '../helpers/browser'
import { gatewayClient } from '../helpers/gateway'

const e2e = e2eSuite(120_000)

/** A chart is there when its canvas has a size on screen and something drawn on it. */
async function expectDrawn(chart: Locator) {
  const canvas = chart.locator('canvas')
  await canvas.waitFor()
  const box = await canvas.boundingBox()
  expect(box?.width).toBeGreaterThan(100)
  expect(box?.height).toBeGreaterThan(50)
  // Drawing happens after the page renders: wait for the pixels.
  const painted = () =>
    canvas.evaluate((element: HTMLCanvasElement) => {
      const context = element.getContext('2d')
      if (!context || element.width === 0) return 0
      const { data } = context.getImageData(0, 0, element.width, element.height)
      let count = 0
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count += 1
      return count
    })
  let pixels = 0
  for (let attempt = 0; attempt < 50 && pixels < 500; attempt++) {
    pixels = await painted()
    if (pixels < 500) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  expect(pixels).toBeGreaterThan(500)
}

async function text(page: Page, selector: string) {
  return (await page.locator(selector).first().textContent()) ?? ''
}

describe('dashboards, in real Chromium against the local cloud', () => {
  it('the 党委 admin opens the committee dashboard, sees charts and figures, and drills into a branch', async () => {
    const admin = gatewayClient(e2e.url, 'admin')
    const committee = (
      await (await admin).call('stats', { action: 'getCommitteeDashboard', orgId: 'org-committee' })
    ).body.result as { ok: true; data: CommitteeDashboard }
    expect(committee.ok).toBe(true)

    const page = await e2e.as('admin', 'packages/stats/committee/index?orgId=org-committee')
    await page.locator('[data-testid="stats-committee"][data-org="org-committee"]').waitFor()

    // The figures are written out, and they are the function's own.
    const { totals } = committee.data
    await expect(
      text(page, '[data-testid="stats-figure-completeness"] .stats-figure__value'),
    ).resolves.toBe(`${totals.completeness.percent}%`)
    await expect(
      text(page, '[data-testid="stats-figure-held"] .stats-figure__value'),
    ).resolves.toBe(`${totals.completeness.fulfilled} / ${totals.completeness.required}`)
    await expect(
      text(page, '[data-testid="stats-figure-open"] .stats-figure__value'),
    ).resolves.toBe(String(totals.issues.open))
    await expect(text(page, '[data-testid="stats-committee"] .stats-header')).resolves.toContain(
      '3 个党支部',
    )

    // Two charts drawn: 三会一课 by kind and the attendance trend.
    await expectDrawn(page.locator('[data-testid="stats-section-completeness"] .stats-chart'))
    await expectDrawn(page.locator('[data-testid="stats-section-attendance"] .stats-chart'))

    // The table lists every branch by name, not by a score.
    const rows = page.locator('.stats-branch-row')
    await expect(rows.count()).resolves.toBe(3)
    // In the tree's display order (第一 before 第二), not by pinyin.
    const names = await page.locator('.stats-branch-row__name').allTextContents()
    expect(names).toEqual(
      DEMO_ORGS.filter((org) => org.parentId === 'org-general').map((org) => org.name),
    )

    // Drill down: 第一党支部's own dashboard.
    await page.locator('.stats-branch-row[data-org="org-branch-1"]').click()
    await page.locator('[data-testid="stats-branch"][data-org="org-branch-1"]').waitFor()
    await expect(text(page, '[data-testid="stats-branch"] .stats-header__title')).resolves.toBe(
      '第一党支部',
    )
    const branch = (
      await (await admin).call('stats', { action: 'getBranchDashboard', orgId: 'org-branch-1' })
    ).body.result as { ok: true; data: BranchDashboard }
    await expect(
      text(
        page,
        '[data-testid="stats-branch"] [data-testid="stats-figure-held"] .stats-figure__value',
      ),
    ).resolves.toBe(
      `${branch.data.figures.completeness.fulfilled} / ${branch.data.figures.completeness.required}`,
    )
    await expect(page.locator('[data-testid="stats-branch"] .stats-lesson').count()).resolves.toBe(
      branch.data.lessons.length,
    )
    await expectDrawn(
      page.locator(
        '[data-testid="stats-branch"] [data-testid="stats-section-attendance"] .stats-chart',
      ),
    )
  })

  it('the admin opens the 总支 below from the 党委 dashboard, with its own charts', async () => {
    const page = await e2e.as('admin', 'packages/stats/committee/index?orgId=org-committee')
    await page.locator('.stats-suborg[data-org="org-general"]').click()
    const general = page.locator('[data-testid="stats-committee"][data-org="org-general"]')
    await general.waitFor()
    await expect(general.locator('.stats-header__title').textContent()).resolves.toBe(
      '幸福社区党总支',
    )
    await expect(general.locator('.stats-branch-row').count()).resolves.toBe(3)
    // The 党委 page stays mounted underneath: the 总支's charts are drawn on their own canvases.
    await expectDrawn(general.locator('[data-testid="stats-section-attendance"] .stats-chart'))
  })

  it('a member is told the dashboard is not theirs', async () => {
    const page = await e2e.as('member', 'packages/stats/branch/index?orgId=org-branch-1')
    await expect(text(page, '[data-testid="page-error-message"]')).resolves.toContain('没有权限')
  })
})
