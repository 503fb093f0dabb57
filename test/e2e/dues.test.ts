import { DUES_FACTS } from '../../emulator/demo/seed-dues'
import { shanghaiMonth } from '../../types/time'
import { e2eSuite } from '../helpers/browser'

const e2e = e2eSuite(180_000)

const { orgId } = DUES_FACTS
/** Unpaid this month only in the demo data (seeded on the gateway's clock). */
const member = { openid: DUES_FACTS.late }

describe('党费 in real Chromium against the local cloud', () => {
  it('a member declares a base and marks the month paid; the secretary confirms receipt and sees the month complete for them', async () => {
    const month = shanghaiMonth(new Date())
    const mine = await e2e.as(member, `packages/dues/mine/index?orgId=${orgId}`)
    await mine.locator('[data-testid="dues-base"]').waitFor()
    // Income went up: 7 500 元 after tax is 1.5 % → 112.50 元 a month from this month.
    await mine.getByText('收入有变化？重新申报').click()
    await mine.locator('[data-testid="dues-declare"] .dues-category--employed').click()
    await mine.locator('[data-testid="dues-base-input"] input').fill('7500')
    await mine.locator('.dues-declare-submit').click()
    await expect(
      mine.locator('[data-testid="dues-base"] .card__title').textContent(),
    ).resolves.toBe('每月应缴 112.50 元')

    const row = mine.locator(`[data-testid="dues-month"][data-month="${month}"]`)
    await expect(row.textContent()).resolves.toContain('应缴 112.50 元')
    await row.locator('.dues-mark').click()
    await mine.locator('.taro-actionsheet__cell', { hasText: '微信转账' }).click()
    await row.locator('.dues-status--marked').waitFor()
    await expect(row.textContent()).resolves.toContain('待确认')

    const secretary = await e2e.as('secretary', `packages/dues/month/index?orgId=${orgId}`)
    const line = secretary.locator(`[data-testid="dues-member"][data-openid="${member.openid}"]`)
    await expect(line.textContent()).resolves.toContain('应缴 112.50 元')
    await line.locator('.dues-confirm', { hasText: '确认收款' }).click()
    await line.locator('.dues-status--paid').waitFor()
    await expect(line.textContent()).resolves.toContain('已缴 112.50 元')
    await expect(line.getByText('确认收款').count()).resolves.toBe(0)

    // The member sees it too, once the page loads again.
    await mine.reload()
    await expect(
      mine
        .locator(`[data-testid="dues-month"][data-month="${month}"] .dues-status--paid`)
        .textContent(),
    ).resolves.toBe('已缴')
  })

  it('the 支委会 corrects a recorded payment with its reason, as a new entry the member sees', async () => {
    const month = shanghaiMonth(new Date())
    // 张晓明 paid this month's 45.00 元 (demo data); 5 元 of it was too much.
    const paid = { openid: 'o_demo_member' }
    const secretary = await e2e.as('secretary', `packages/dues/month/index?orgId=${orgId}`)
    const line = secretary.locator(`[data-testid="dues-member"][data-openid="${paid.openid}"]`)
    await expect(line.textContent()).resolves.toContain('已缴 45.00 元')
    await line.locator('[data-testid="dues-correct"]').click()
    const dialog = secretary.locator('.dues-correct-dialog')
    await dialog.locator('.dues-correct-refund').click()
    await dialog.locator('[data-testid="dues-correct-amount"] input').fill('5')
    await dialog.locator('textarea').fill('多收了 5 元，已现金退还')
    await dialog.locator('.nut-dialog-footer-ok').click()
    await dialog.waitFor({ state: 'detached' })
    await expect(line.textContent()).resolves.toContain('已缴 40.00 元')

    const mine = await e2e.as(paid, `packages/dues/mine/index?orgId=${orgId}`)
    await expect(
      mine.locator(`[data-testid="dues-month"][data-month="${month}"]`).textContent(),
    ).resolves.toContain('已缴 40.00 元')
  })

  it('the 书记 sets the branch’s fixed amount on 党费标准, a member reads it, and 恢复规定标准 goes back', async () => {
    const rates = await e2e.as('secretary', `packages/dues/rates/index?orgId=${orgId}`)
    await rates.locator('.dues-rates-edit').click()
    await rates.locator('[data-testid="dues-rates-fixed-input"] input').fill('0.5')
    await rates.locator('.dues-rates-save').click()
    await rates
      .locator('[data-testid="dues-rates-source"] .card__title', { hasText: '本支部的党费标准' })
      .waitFor()
    await rates.getByText('每月 0.50 元，或经支部研究免交').waitFor()

    const reader = await e2e.as(member, `packages/dues/rates/index?orgId=${orgId}`)
    await reader.getByText('每月 0.50 元，或经支部研究免交').waitFor()
    await expect(reader.locator('.dues-rates-edit').count()).resolves.toBe(0)

    await rates.locator('.dues-rates-reset').click()
    await rates.locator('.taro__modal .taro-model__confirm').click()
    // The modal's own text says 规定标准 too while it fades: read the page's heading.
    const source = rates.locator('[data-testid="dues-rates-source"] .card__title')
    await source.filter({ hasText: '按规定标准' }).waitFor()
    await rates.getByText('每月 0.20 元，或经支部研究免交').waitFor()
  })
})
