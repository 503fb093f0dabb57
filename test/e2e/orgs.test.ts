import { e2eSuite } from '../helpers/browser'

const e2e = e2eSuite(120_000)

describe('joining a branch, in real Chromium against the local cloud', () => {
  it('secretary binds the group and invites; a resident asks; the secretary approves; the resident is in', async () => {
    const secretary = await e2e.as('secretary')

    // Opened from the branch's WeChat group (simulated): the group is not bound yet.
    await e2e.open(secretary, '/pages/branch/index?fromGroup=demo-group-1')
    const bindCard = secretary.locator('[data-testid="branch-bind-card"]')
    await expect(bindCard.textContent()).resolves.toContain('把本群绑定到“第一党支部”')
    await secretary.locator('[data-testid="branch-bind-group"]').click()
    await expect(
      secretary.locator('[data-testid="branch-group-bound"]').textContent(),
    ).resolves.toBe('本群已绑定到“第一党支部”')

    // 邀请入支部 → an 8-character code.
    await secretary.locator('[data-testid="branch-action-invite"]').click()
    await secretary.locator('[data-testid="invite-create"]').click()
    const code = ((await secretary.locator('.invite-code').textContent()) ?? '').trim()
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
    await expect(secretary.locator('.invite-link').textContent()).resolves.toContain(
      `#/packages/org/join/index?code=${code}`,
    )

    // A resident, in a browser of their own, opens the link and asks to join.
    const resident = await e2e.as('resident', `/packages/org/join/index?code=${code}`)
    await expect(resident.locator('.join-org-name').textContent()).resolves.toBe('第一党支部')
    await resident.locator('[data-testid="join-request"]').click()
    await expect(resident.locator('.join-pending').textContent()).resolves.toBe(
      '已提交，等待书记审批',
    )

    // The secretary approves on the requests page.
    await e2e.open(secretary, '/packages/org/requests/index?orgId=org-branch-1')
    const request = secretary.locator('[data-testid="request-item"]', { hasText: '刘秀兰' })
    await request.locator('[data-testid="request-approve"]').click()
    // 批准 asks which standing first (Taro's action sheet in H5): 刘秀兰 is one of the 群众.
    await secretary.locator('.taro-actionsheet__cell', { hasText: '群众' }).click()
    await request.waitFor({ state: 'detached' })
    await expect(secretary.locator('.page-state__title').textContent()).resolves.toBe(
      '没有待审批的申请',
    )

    // The resident looks again, enters, and the 支部 tab is 第一党支部's home.
    await resident.reload()
    await resident.locator('[data-testid="join-enter"]').click()
    await expect(resident.locator('.branch-org-name').textContent()).resolves.toBe('第一党支部')
    await expect(resident.locator('[data-testid="branch-secretary"]').textContent()).resolves.toBe(
      '书记：王建国',
    )
    // …and the resident is now on its member list.
    await resident.locator('[data-testid="branch-action-members"]').click()
    await expect(
      resident.locator('[data-testid="member-name"]', { hasText: '刘秀兰' }).textContent(),
    ).resolves.toBe('刘秀兰')
  })

  it('a 党员 of 第一党支部 cannot read 第二党支部’s member list', async () => {
    const member = await e2e.as('member', '/packages/org/members/index?orgId=org-branch-2')

    const alert = member.locator('[data-testid="page-error"]')
    await expect(alert.textContent()).resolves.toContain('没有权限')
    expect(await member.locator('[data-testid="member-item"]').count()).toBe(0)
    // 孙伟 is 第二党支部's secretary in the demo data.
    await expect(member.locator('body').textContent()).resolves.not.toContain('孙伟')
  })
})
