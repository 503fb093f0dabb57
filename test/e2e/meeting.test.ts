import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { Page } from 'playwright-core'
import { CODE_WINDOW_SECONDS, currentSignInCode } from '../../cloudfunctions/_shared/signin-code'
import { e2eSuite } from '../helpers/browser'

const e2e = e2eSuite(180_000)

const TITLE = '十一月第二次支委会'

/**
 * The meeting's sign-in secret as the gateway stored it: the last write of that meeting in the data
 * folder's log and snapshot files (one JSON document per line). The secret never reaches a client,
 * so this is how the test makes a code from two windows ago — with the production code function.
 */
type StoredMeeting = { _id?: string; secret?: string }

function storedSecret(dataDir: string, meetingId: string): string {
  const dir = join(dataDir, 'db')
  let secret = ''
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue
      // Log lines are {"o":[["p",coll,doc],…]}; snapshot lines {"c":coll,"d":doc} (emulator/db/store.ts).
      const entry = JSON.parse(line) as { o?: unknown[][]; c?: string; d?: StoredMeeting }
      const docs: (StoredMeeting | undefined)[] = entry.o
        ? entry.o
            .filter(([op, coll]) => op === 'p' && coll === 'meetings')
            .map(([, , doc]) => doc as StoredMeeting)
        : entry.c === 'meetings'
          ? [entry.d]
          : []
      for (const doc of docs) if (doc?._id === meetingId && doc.secret) secret = doc.secret
    }
  }
  if (!secret) throw new Error(`meeting ${meetingId} not found in ${dir}`)
  return secret
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').trim()
}

describe('三会一课 in real Chromium against the local cloud', () => {
  it('schedule → sign in with the rotating code → leave approved → minutes → 台账 that opens', async () => {
    // The secretary schedules a 支委会 starting now, for every member of the branch.
    const secretary = await e2e.as('secretary', 'packages/meeting/list/index?orgId=org-branch-1')
    await secretary.locator('[data-testid="meeting-create"]').click()
    await secretary.locator('[data-testid="meeting-form-title"] input').fill(TITLE)
    await secretary.locator('[data-testid="meeting-form-now"]').click()
    await secretary.locator('[data-testid="meeting-form-place"] input').fill('党群服务中心小会议室')
    await secretary
      .locator('[data-testid="meeting-form-agenda"] textarea')
      .fill('1. 研究年底志愿服务安排')
    // A 支委会 expects the committee by default; this one is open to every member.
    await secretary.locator('[data-testid="meeting-form-expected-all"]').click()
    await secretary.locator('[data-testid="meeting-form-submit"]').click()
    await secretary
      .locator('[data-testid="meeting-detail"] [data-testid="meeting-title"]', { hasText: TITLE })
      .waitFor()
    const meetingId = new URL(secretary.url().replace('/#/', '/')).searchParams.get('id') ?? ''
    expect(meetingId).toMatch(/^mtg-/)

    // …and holds up the sign-in code.
    await secretary.locator('[data-testid="meeting-show-code"]').click()
    await secretary.locator('.signin-code__digit').first().waitFor()
    const shownCode = async () =>
      (await secretary.locator('.signin-code__digit').allTextContents()).join('')
    expect(await shownCode()).toMatch(/^\d{6}$/)

    // 李红梅 (支委) types the code she sees.
    const committee = await e2e.as('committee', `packages/meeting/detail/index?id=${meetingId}`)
    await committee.locator('[data-testid="sign-in-code"] input').fill(await shownCode())
    await committee.locator('[data-testid="sign-in-submit"]').click()
    await committee.locator('[data-testid="meeting-my-status"][data-status="present"]').waitFor()

    // 张晓明 tries a code from two windows ago (a forwarded screenshot): refused.
    const member = await e2e.as('member', `packages/meeting/detail/index?id=${meetingId}`)
    const secret = storedSecret(e2e.gateway.dataDir, meetingId)
    const stale = currentSignInCode(
      secret,
      new Date(Date.now() - 2 * CODE_WINDOW_SECONDS * 1000),
    ).code
    await member.locator('[data-testid="sign-in-code"] input').fill(stale)
    await member.locator('[data-testid="sign-in-submit"]').click()
    await expect(member.locator('[data-testid="sign-in-error"]').textContent()).resolves.toContain(
      '签到码不正确或已过期',
    )
    // He has to leave for duty, so he asks for leave instead.
    await member.locator('[data-testid="meeting-ask-leave"]').click()
    await member.locator('.meeting-reason-dialog textarea').fill('社区临时安排值班')
    await member.locator('.meeting-reason-dialog .nut-dialog-footer-ok').click()
    await member.locator('[data-testid="meeting-my-status"][data-status="pending"]').waitFor()

    // The host's screen counts 李红梅; the secretary approves the leave from the roster.
    await secretary.locator('.signin-code__count', { hasText: '已签到 1/' }).waitFor()
    await e2e.open(secretary, `packages/meeting/detail/index?id=${meetingId}`)
    const request = secretary.locator('.meeting-roster-item', { hasText: '张晓明' })
    await request.locator('.meeting-roster-item__note', { hasText: '社区临时安排值班' }).waitFor()
    await request.locator('[data-testid="meeting-approve"]').click()
    await secretary
      .locator('.meeting-roster-item', { hasText: '张晓明' })
      .locator('[data-testid="meeting-roster-status"][data-status="leave"]')
      .waitFor()

    // 李红梅 is the recorder: she writes the minutes once.
    await e2e.open(committee, `packages/meeting/detail/index?id=${meetingId}`)
    await committee.locator('[data-testid="meeting-write-minutes"]').click()
    await committee
      .locator('[data-testid="minutes-summary"] textarea')
      .fill('会议研究了年底志愿服务安排，明确了各小组的分工和时间。')
    await committee.locator('.minutes-resolution input').first().fill('十二月开展两次社区志愿服务')
    await committee.locator('[data-testid="minutes-submit"]').click()
    await committee.locator('[data-testid="meeting-minutes-summary"]').waitFor()
    await expect(text(committee, '[data-testid="meeting-minutes-absentees"]')).resolves.toContain(
      '张晓明（请假：社区临时安排值班）',
    )
    await expect(text(committee, '[data-testid="meeting-minutes-counts"]')).resolves.toMatch(
      /实到 1 人/,
    )

    // The secretary exports the 台账; both files open and name the meeting.
    await e2e.open(secretary, 'packages/meeting/ledger/index?orgId=org-branch-1')
    await secretary.locator('[data-testid="ledger-generate"]').click()
    await secretary.locator('[data-testid="ledger-result-count"]').waitFor({ timeout: 30_000 })
    const folder = mkdtempSync(join(tmpdir(), 'zhibu-ledger-'))
    const [docxDownload] = await Promise.all([
      secretary.waitForEvent('download'),
      secretary.locator('[data-testid="ledger-open-docx"]').click(),
    ])
    const docxPath = join(folder, 'ledger.docx')
    await docxDownload.saveAs(docxPath)
    const zip = await JSZip.loadAsync(readFileSync(docxPath))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(xml).toContain(TITLE)
    expect(xml).toContain('十二月开展两次社区志愿服务')
    expect(xml).toContain('社区临时安排值班')

    const [xlsxDownload] = await Promise.all([
      secretary.waitForEvent('download'),
      secretary.locator('[data-testid="ledger-open-xlsx"]').click(),
    ])
    const xlsxPath = join(folder, 'ledger.xlsx')
    await xlsxDownload.saveAs(xlsxPath)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(xlsxPath)
    const sheet = workbook.getWorksheet('会议台账')
    const row = sheet
      ?.getSheetValues()
      .find((values) => Array.isArray(values) && values.includes(TITLE)) as unknown[] | undefined
    expect(row).toBeDefined()
    expect(row).toEqual(expect.arrayContaining(['支委会', TITLE]))
  })
})
