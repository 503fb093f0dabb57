import type { Page } from 'playwright-core'
import { e2eSuite } from '../helpers/browser'

const e2e = e2eSuite(180_000)

/** A 1×1 PNG, as a phone photo would arrive from the file picker. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const BODY = '小区 3 号楼东侧的路灯坏了一个多星期，晚上老人出门很不方便。'

function openIssue(page: Page, id: string) {
  return e2e.open(page, `packages/issue/detail/index?id=${id}`)
}

/** The detail page after a step: waits until the case shows `status`. */
async function waitForStatus(page: Page, status: string) {
  await page.locator(`[data-testid="issue-detail"][data-status="${status}"]`).waitFor()
}

describe('诉求 in real Chromium against the local cloud', () => {
  it('a resident reports with a photo; the 书记 accepts and assigns, the 支委 replies, the resident confirms', async () => {
    // 群众 刘秀兰 reports a broken street lamp to 第一党支部 with a photo.
    const resident = await e2e.as('resident', 'pages/issues/index')
    await resident.locator('[data-testid="issues-submit"]').click()
    await resident.locator('[data-testid="issue-branch-option"][data-id="org-branch-1"]').click()
    await resident.locator('[data-testid="issue-category"][data-key="facility"]').click()
    await resident.locator('[data-testid="issue-body"] textarea').fill(BODY)
    const [chooser] = await Promise.all([
      resident.waitForEvent('filechooser'),
      resident.locator('[data-testid="issue-add-photo"]').click(),
    ])
    await chooser.setFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: PHOTO })
    await resident.locator('.issue-photo[data-file]').waitFor()
    await resident.locator('[data-testid="issue-place"] input').fill('幸福小区 3 号楼东侧')
    await resident.locator('[data-testid="issue-submit"]').click()
    await expect(resident.locator('.issue-submitted').textContent()).resolves.toContain(
      '第一党支部',
    )
    await resident.locator('[data-testid="issue-view-progress"]').click()
    await waitForStatus(resident, 'submitted')
    const issueId = new URL(resident.url().replace('/#/', '/')).searchParams.get('id') ?? ''
    expect(issueId).toMatch(/^is_/)
    await expect(resident.locator('[data-testid="issue-detail-photo"]').count()).resolves.toBe(1)

    // The 书记 finds it in 待受理, accepts it and assigns it to 李红梅.
    const secretary = await e2e.as('secretary', 'pages/issues/index')
    await secretary.locator('[data-testid="issues-manage"][data-org="org-branch-1"]').click()
    await secretary.locator(`[data-testid="issue-item"][data-id="${issueId}"]`).click()
    await expect(
      secretary.locator('[data-testid="issue-detail-body"]').textContent(),
    ).resolves.toContain(BODY)
    await expect(
      secretary.locator('[data-testid="issue-detail"]').textContent(),
    ).resolves.toContain('刘秀兰')
    await secretary.locator('[data-testid="issue-accept"]').click()
    await waitForStatus(secretary, 'accepted')
    await secretary.locator('[data-testid="issue-assign"]').click()
    await secretary.locator('.issue-assignee[data-id="o_demo_committee"]').click()
    await waitForStatus(secretary, 'assigned')

    // The 支委 starts and replies.
    const committee = await e2e.as('committee')
    await openIssue(committee, issueId)
    await committee.locator('[data-testid="issue-start"]').click()
    await waitForStatus(committee, 'in_progress')
    await committee.locator('[data-testid="issue-reply"]').click()
    await committee
      .locator('[data-testid="issue-reply-body"] textarea')
      .fill('已联系物业更换灯泡，今晚起恢复照明。')
    await committee.locator('[data-testid="issue-reply-submit"]').click()
    await waitForStatus(committee, 'replied')

    // The resident sees the reply, confirms and rates it.
    await openIssue(resident, issueId)
    await waitForStatus(resident, 'replied')
    await expect(
      resident.locator('[data-testid="issue-reply-text"]').textContent(),
    ).resolves.toContain('更换灯泡')
    await resident.locator('[data-testid="issue-confirm"]').click()
    await resident.locator('.issue-star[data-value="5"]').click()
    await resident.locator('[data-testid="issue-confirm-submit"]').click()
    await waitForStatus(resident, 'resolved')
    await expect(
      resident.locator('[data-testid="issue-rating"]').getAttribute('data-rating'),
    ).resolves.toBe('5')

    // The timeline shows every step, newest first.
    const kinds = await resident
      .locator('.issue-timeline-entry')
      .evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-kind')))
    expect(kinds).toEqual(['resolved', 'replied', 'started', 'assigned', 'accepted', 'submitted'])
    const timeline = await resident.locator('[data-testid="issue-timeline"]').textContent()
    expect(timeline).toContain('王建国（书记）')
    expect(timeline).toContain('李红梅（支委）')

    // And the 诉求 tab lists it as 已办结.
    await e2e.open(resident, 'pages/issues/index')
    await expect(
      resident.locator(`[data-testid="issue-item"][data-id="${issueId}"]`).textContent(),
    ).resolves.toContain('已办结')
  })

  it('keeps a draft when the resident leaves the page, and holds risky text calmly', async () => {
    const member = await e2e.as('member', 'pages/issues/index')
    await member.locator('[data-testid="issues-submit"]').click()
    await member.locator('[data-testid="issue-category"][data-key="other"]').click()
    await member
      .locator('[data-testid="issue-body"] textarea')
      .fill('活动室晚上有人聚众赌博，吵得睡不着。')
    // Closing the app (or WeChat killing it) loses nothing typed.
    await member.reload()
    await member.locator('[data-testid="issue-draft-restored"]').waitFor()
    await expect(
      member.locator('[data-testid="issue-body"] textarea').inputValue(),
    ).resolves.toContain('赌博')
    await member.locator('[data-testid="issue-submit"]').click()
    await expect(member.locator('.issue-submitted').textContent()).resolves.toContain('审核')
    await member.locator('[data-testid="issue-view-progress"]').click()
    await member.locator('[data-testid="issue-held-note"]').waitFor()
    await expect(member.locator('.issue-status').first().textContent()).resolves.toBe('审核中')
  })
})
