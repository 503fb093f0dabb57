import { e2eSuite } from '../helpers/browser'

const e2e = e2eSuite(120_000)

describe('notices with read receipts, in real Chromium against the local cloud', () => {
  it('the secretary publishes; a member reads it from the home; the secretary sees who signed', async () => {
    const secretary = await e2e.as('secretary', 'pages/branch/index')
    await secretary.locator('[data-testid="branch-action-publish"]').click()
    await secretary.locator('.notice-publish__title input').fill('关于周五集中学习的通知')
    await secretary.locator('.notice-publish__body textarea').fill('周五下午三点，社区会议室。')
    await secretary.locator('[data-testid="notice-publish__submit"]').click()
    await expect(secretary.locator('.notice-detail__title').textContent()).resolves.toBe(
      '关于周五集中学习的通知',
    )

    const member = await e2e.as('member', 'pages/branch/index')
    await member.locator('.branch-notice', { hasText: '关于周五集中学习的通知' }).click()
    await expect(member.locator('.notice-detail__body').textContent()).resolves.toContain(
      '社区会议室',
    )
    await expect(member.locator('.notice-detail__signed').textContent()).resolves.toContain(
      '已签阅',
    )
    await expect(member.locator('[data-testid="notice-detail__reads"]').count()).resolves.toBe(0)

    await secretary.locator('[data-testid="notice-detail__reads"]').click()
    // The secretary signed by opening it after publishing; the member by reading it.
    await expect(secretary.locator('.read-report__total').textContent()).resolves.toMatch(
      /已签阅 2 \/ \d+ 人/,
    )
    await expect(
      secretary.locator('.read-report__branch[data-org="org-branch-1"]').textContent(),
    ).resolves.toContain('已读 2')
  })
})
