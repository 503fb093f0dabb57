import type { Page } from 'playwright-core'
import { e2eSuite } from '../helpers/browser'

// The member really reads (the server credits at most the wall time between heartbeats), so this
// test takes a little over the 60 % of the short lesson's reading time.
const e2e = e2eSuite(180_000)

const TITLE = '读懂党员的权利和义务'
const FIRST_PARAGRAPH =
  '党章规定，党员必须履行八项义务，同时享有八项权利。义务和权利是统一的，履行义务是享有权利的前提，享有权利是为了更好地履行义务。'
const EXAMPLE = '比如支部的赵丽华同志，每周走访一次独居老人，就是在履行密切联系群众的义务。'

/** The native field inside Taro's web component (which repeats the placeholder on its host). */
function field(page: Page, placeholderStart: string) {
  return page.locator(`:is(input, textarea)[placeholder^="${placeholderStart}"]`)
}

async function openStudyTab(page: Page) {
  await e2e.open(page, 'pages/study/index')
  await page.locator('.study-card').first().waitFor()
}

/** “我写的 N 篇退回” on the 学习 tab. */
async function rejectedCount(page: Page): Promise<number> {
  await page.locator('[data-testid="study-mine"]').waitFor()
  const text = (await page.locator('[data-testid="study-mine"]').textContent()) ?? ''
  return Number(/(\d+) 篇退回/.exec(text)?.[1] ?? 0)
}

/** The 待审核 queue → the lesson → the reviewer's bar. */
async function openForReview(page: Page) {
  await openStudyTab(page)
  await page.locator('[data-testid="study-review"]').click()
  await page.locator('[data-testid="review-item"]', { hasText: TITLE }).click()
  await page.locator('[data-testid="lesson-review-bar"]').waitFor()
}

/** Scrolls the reader like a thumb would until the progress bar is full (the page slides in first). */
async function scrollToEnd(page: Page) {
  await page.mouse.move(195, 420)
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.mouse.wheel(0, 600)
    await page.waitForTimeout(200)
    const width = await page.locator('.lesson-progress-bar__fill').getAttribute('style')
    if (width?.includes('100%')) return
  }
  throw new Error('the reader never reached the end of the lesson')
}

/** 已学完 n / m 人 for 第一党支部 on the lesson's 学习情况 page. */
async function branchCompletion(page: Page, lessonId: string): Promise<number> {
  await e2e.open(page, `packages/lesson/stats/index?id=${lessonId}&orgId=org-branch-1`)
  const count = page.locator(
    '[data-testid="lesson-stats-branch"][data-org="org-branch-1"] [data-testid="stats-branch__count"]',
  )
  await count.waitFor()
  const match = /已学完 (\d+) \/ (\d+) 人/.exec((await count.textContent()) ?? '')
  if (!match) throw new Error('no completion count on the stats page')
  return Number(match[1])
}

describe('微党课 in real Chromium against the local cloud', () => {
  it('goes write → reject with a note → edit and resubmit → publish → read to the end with a reflection → the rate rises', async () => {
    // 支委 李红梅 writes a short lesson for her branch and sends it to review.
    const author = await e2e.as('committee')
    await openStudyTab(author)
    const rejectedBefore = await rejectedCount(author)
    await author.locator('.study-write').click()
    await field(author, '标题').fill(TITLE)
    await field(author, '导语').fill('党章规定的八项义务和八项权利，一篇读完。')
    await field(author, '标签').fill('党章')
    await field(author, '写一段正文').fill(FIRST_PARAGRAPH)
    await author.locator('[data-testid="editor-submit"]').click()
    await author.locator('.lesson-status--pending').waitFor()
    const lessonId = new URL(author.url().replace('#/', '')).searchParams.get('id') ?? ''
    expect(lessonId).toMatch(/^l[a-z0-9]+$/)

    // 书记 王建国 sends it back with a note.
    const secretary = await e2e.as('secretary')
    await openForReview(secretary)
    await secretary.locator('[data-testid="lesson-reject"]').click()
    await secretary.locator('.lesson-reject-dialog textarea').fill('请加一个本支部的例子')
    await secretary.locator('.nut-dialog-footer-ok').click()
    await secretary.locator('.lesson-status--rejected').waitFor()

    // The author sees where it stands and why, edits and resubmits.
    await openStudyTab(author)
    // The tab refreshes quietly when it shows again.
    await author.waitForFunction(
      (expected) =>
        document
          .querySelector('[data-testid="study-mine"]')
          ?.textContent?.includes(`${expected} 篇退回`),
      rejectedBefore + 1,
    )
    await author.locator('[data-testid="study-mine"]').click()
    const mine = author.locator('[data-testid="my-lesson"]', { hasText: TITLE })
    await expect(mine.locator('[data-testid="my-lesson__status"]').textContent()).resolves.toBe(
      '已退回',
    )
    await expect(mine.locator('[data-testid="my-lesson__note"]').textContent()).resolves.toContain(
      '请加一个本支部的例子',
    )
    await mine.click()
    await author.locator('.editor-review-note').waitFor()
    await author.locator('[data-testid="editor-add-text"]').click()
    await field(author, '写一段正文').nth(1).fill(EXAMPLE)
    await author.locator('[data-testid="editor-submit"]').click()
    await author.locator('.lesson-status--pending').waitFor()

    // The secretary publishes it; before anyone reads it, nobody in the branch has finished it.
    await openForReview(secretary)
    await secretary.locator('[data-testid="lesson-publish"]').click()
    await secretary.locator('[data-testid="lesson-leader-tools"]').waitFor()
    expect(await branchCompletion(secretary, lessonId)).toBe(0)

    // 党员 张晓明 finds it on the 学习 tab, reads it to the end and finishes it with a reflection.
    const member = await e2e.as('member')
    await openStudyTab(member)
    await member.locator('.study-card', { hasText: TITLE }).click()
    await member.locator('.lesson-title').waitFor()
    await expect(member.locator('.lesson-paragraph').last().textContent()).resolves.toBe(EXAMPLE)
    await scrollToEnd(member)
    await member.locator('.lesson-completed').waitFor({ timeout: 60_000 })
    await field(member, '例如').fill('权利和义务是统一的')
    await member.locator('.lesson-reflection__save').click()
    await member.getByText('心得已保存').waitFor()
    await openStudyTab(member)
    await expect(
      member
        .locator('.study-card', { hasText: TITLE })
        .locator('.study-card__progress')
        .textContent(),
    ).resolves.toBe('已学完')

    // The secretary sees the branch's completion rise, and the reflection (private to them).
    expect(await branchCompletion(secretary, lessonId)).toBe(1)
    await expect(secretary.locator('.stats-reflection__text').first().textContent()).resolves.toBe(
      '“权利和义务是统一的”',
    )
  })
})
