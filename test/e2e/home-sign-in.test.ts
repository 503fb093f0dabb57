import type { Locator } from 'playwright-core'
import { e2eSuite } from '../helpers/browser'

const e2e = e2eSuite(150_000)

/** The demo's 党课 of 第一党支部 that started 10 minutes before the gateway seeded: open for sign-in. */
const MEETING = 'meeting-demo-b1-lecture-now'

/**
 * Every tap the member makes goes through `tap`, so the test counts them; typing the code is not a
 * tap. Opening the group card is the first.
 */
function tapCounter() {
  let taps = 0
  return {
    get taps() {
      return taps
    },
    cardTapped() {
      taps += 1
    },
    async tap(locator: Locator) {
      taps += 1
      await locator.click()
    },
  }
}

describe('from the group card to signed in, in real Chromium against the local cloud', () => {
  it('张晓明 opens the branch’s group card, types the code on 今日待办 and is signed in within 2 taps', async () => {
    // The 书记 has bound 第一党支部's group, so its cards open the branch home (the share path
    // '/pages/branch/index', with the group's shareTicket — `fromGroup` in the H5 preview)…
    const secretary = await e2e.as('secretary', '/pages/branch/index?fromGroup=demo-group-1')
    await secretary.locator('[data-testid="branch-bind-group"]').click()
    await secretary.locator('[data-testid="branch-group-bound"]').waitFor()
    // …and holds up the rotating code of the 党课 that is on now.
    await e2e.open(secretary, `/packages/meeting/signin/index?id=${MEETING}`)
    await secretary.locator('.signin-code__digit').first().waitFor()

    const member = await e2e.as('member')
    const counter = tapCounter()
    counter.cardTapped()
    await e2e.open(member, '/pages/branch/index?fromGroup=demo-group-1')
    const row = member.locator(`[data-testid="todo-sign-in-${MEETING}"]`)
    await expect(row.textContent()).resolves.toContain('去签到')

    const code = (await secretary.locator('.signin-code__digit').allTextContents()).join('')
    expect(code).toMatch(/^\d{6}$/)
    await member
      .locator('[data-testid="branch-todo"] [data-testid="sign-in-code"] input')
      .fill(code)
    await counter.tap(member.locator('[data-testid="branch-todo"] [data-testid="sign-in-submit"]'))

    await row.filter({ hasText: '已签到' }).waitFor()
    expect(counter.taps).toBeLessThanOrEqual(2)
    process.stdout.write(`group card → 已签到: ${counter.taps} taps (the card and 签到)\n`)
  })
})
