import { e2eSuite } from '../helpers/browser'

const e2e = e2eSuite(150_000)

const TITLE = '主题党日：重温入党誓词（e2e）'

describe('支部活动 in real Chromium against the local cloud', () => {
  it('publish → two members sign up for one seat → check-in → 心得 → 支部风采', async () => {
    // The secretary publishes a 主题党日 with one seat; the form's default start is a quarter of an
    // hour or so away, so sign-up is open and check-in (30 minutes before the start) already is.
    const secretary = await e2e.as(
      'secretary',
      '/packages/activity/publish/index?orgId=org-branch-1',
    )
    await secretary.locator('.activity-kind-option[data-kind="themeDay"]').click()
    await secretary.locator('[data-testid="activity-form-title"] input').fill(TITLE)
    await secretary.locator('[data-testid="activity-form-place"] input').fill('党员活动室')
    await secretary
      .locator('[data-testid="activity-form-body"] textarea')
      .fill('集体重温入党誓词，请佩戴党员徽章。')
    await secretary.locator('[data-testid="activity-form-capacity"] input').fill('1')
    await secretary.locator('[data-testid="activity-form-submit"]').click()
    await expect(secretary.locator('[data-testid="activity-title"]').textContent()).resolves.toBe(
      TITLE,
    )
    const detailPath = new URL(secretary.url()).hash.slice(1)
    expect(detailPath).toMatch(/^\/packages\/activity\/detail\/index\?orgId=org-branch-1&id=\w+/)

    // Both open the activity while the seat is free; 张晓明 takes it first.
    const member = await e2e.as('member', detailPath)
    const committee = await e2e.as('committee', detailPath)
    await committee.locator('[data-testid="activity-sign-up"]').waitFor()
    await member.locator('[data-testid="activity-sign-up"]').click()
    await expect(member.locator('.activity-signed-up').textContent()).resolves.toContain('你已报名')
    await expect(member.locator('[data-testid="activity-seats"]').textContent()).resolves.toContain(
      '1/1',
    )

    // 李红梅 taps 报名 on her (now stale) screen and is told plainly that it is full.
    await committee.locator('[data-testid="activity-sign-up"]').click()
    await expect(
      committee.locator('[data-testid="activity-action-error"]').textContent(),
    ).resolves.toContain('名额已满')
    // …and her screen now shows the activity as it is: full, with the button off.
    await expect(
      committee.locator('[data-testid="activity-full"]').textContent(),
    ).resolves.toContain('名额已满')
    await expect(
      committee.locator('[data-testid="activity-sign-up"]').getAttribute('class'),
    ).resolves.toContain('nut-button-disabled')
    await expect(committee.locator('.activity-signup').allTextContents()).resolves.toEqual([
      '张晓明',
    ])

    // The secretary shows the rotating code; the member types it in.
    await secretary.reload()
    await secretary.locator('[data-testid="activity-show-code"]').click()
    // The same code view as a meeting's (src/components/signin-code-view): digits, QR and count.
    await secretary.locator('.signin-code__digit').first().waitFor()
    await expect(secretary.locator('.signin-code__qr').count()).resolves.toBe(1)
    const code = (await secretary.locator('.signin-code__digit').allTextContents()).join('')
    expect(code).toMatch(/^\d{6}$/)
    await member.locator('[data-testid="sign-in-code"] input').fill(code)
    await member.locator('[data-testid="sign-in-submit"]').click()
    await expect(member.locator('.activity-checked-in').textContent()).resolves.toContain('已签到')
    // The host's screen asks again every few seconds: the count moves to 1 of the 1 signed up.
    await secretary.locator('.signin-code__count', { hasText: '已签到 1/1' }).waitFor()

    // A participant's 心得, published at once because it passes the content check.
    const reflection = '重温入党誓词，初心更加坚定，要在社区工作中带好头。'
    await member.locator('[data-testid="activity-reflection-input"] textarea').fill(reflection)
    await member.locator('[data-testid="activity-reflection-submit"]').click()
    await expect(
      member
        .locator('.activity-reflection[data-status="approved"] .activity-reflection__text')
        .textContent(),
    ).resolves.toBe(reflection)

    // The activity is now part of 第一党支部's 风采, which the 党委 sees across its branches.
    const admin = await e2e.as('admin', '/packages/activity/showcase/index?orgId=org-committee')
    const id = new URLSearchParams(detailPath.split('?')[1]).get('id')
    const card = admin.locator(`[data-testid="showcase-item"][data-id="${id}"]`)
    await expect(card.locator('[data-testid="showcase-item__title"]').textContent()).resolves.toBe(
      TITLE,
    )
    await expect(card.locator('.showcase-reflection__text').textContent()).resolves.toContain(
      reflection,
    )
    await e2e.open(member, 'packages/activity/showcase/index?orgId=org-branch-1')
    await expect(
      member
        .locator(
          `[data-testid="showcase-item"][data-id="${id}"] [data-testid="showcase-item__title"]`,
        )
        .textContent(),
    ).resolves.toBe(TITLE)
  })

  it('lists the branch’s activities with their state, and a member of another branch is refused', async () => {
    const member = await e2e.as('member', '/packages/activity/list/index?orgId=org-branch-1')
    await member.locator('[data-testid="activity-item"]').first().waitFor()
    await expect(
      member
        .locator('[data-testid="activity-item"][data-id="act-demo-study"] .activity-phase')
        .textContent(),
    ).resolves.toBe('名额已满')
    await expect(
      member
        .locator(
          '[data-testid="activity-item"][data-id="act-demo-themeday-now"] [data-testid="activity-item__mine"]',
        )
        .textContent(),
    ).resolves.toBe('已报名')
    await expect(member.locator('[data-testid="activity-publish"]').count()).resolves.toBe(0)

    const resident = await e2e.as('resident', '/packages/activity/list/index?orgId=org-branch-1')
    await expect(
      resident.locator('[data-testid="page-error-message"]').textContent(),
    ).resolves.toContain('权限')
  })
})
