/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Export conditions: jsdom resolves packages for the browser by default, and the emulator's query
// engine (mingo) then loads as ES modules jest cannot run. The Taro build is required by path, so
// its modules are unaffected.
import fs from 'node:fs'
import path from 'node:path'
import { issueIdFor } from '../../cloudfunctions/_shared/records/issue'
import { DEMO_IDENTITIES, type DemoIdentityKey } from '../../emulator/demo/identities'
import { seedDemoData } from '../../emulator/demo/seed'
import { callFunctionAs } from '../../emulator/local-cloud'
import { bootApp, DIST, renderPage, type RenderedPage } from './harness'

/**
 * Every page of the weapp build renders in miniprogram-simulate with the demo data. The fake
 * `wx.cloud.callFunction` runs the real cloud functions on the in-memory emulator as the page's
 * person (the emulator patches the real wx-server-sdk module in place, so the functions' own
 * `require('wx-server-sdk')` gets it without jest's mapping). The page list is the build's app.json,
 * so a new page is rendered without editing this file: as the branch's 书记 with `?orgId=` until it
 * gets a row below.
 */

interface Route {
  who: DemoIdentityKey
  query?: Record<string, string>
  /** Text the page must show once loaded: its heading or first content, a list item or empty state. */
  shows?: string[]
}

const B1 = 'org-branch-1'
const inB1 = (query: Record<string, string> = {}) => ({ orgId: B1, ...query })

let inviteCode = ''

const ROUTES: Record<string, Route> = {
  'pages/branch/index': { who: 'member', shows: ['第一党支部', '本周五召开支部党员大会'] },
  'pages/study/index': { who: 'member', shows: ['纪律处分条例里的六项纪律'] },
  'pages/issues/index': { who: 'member', shows: ['我反映的问题', '垃圾分类点周末无人清运'] },
  'pages/me/index': { who: 'member', shows: ['张晓明', '第一党支部'] },
  'packages/user/profile/index': { who: 'member', shows: ['昵称', '手机号'] },
  'packages/user/inbox/index': { who: 'member', shows: ['已批准加入'] },
  'packages/dues/rates/index': {
    who: 'member',
    query: inB1(),
    shows: ['按规定标准', '3000 元及以下'],
  },
  'packages/org/members/index': { who: 'member', query: inB1(), shows: ['王建国', '张晓明'] },
  'packages/org/invite/index': { who: 'secretary', query: inB1(), shows: ['邀请成员加入支部'] },
  'packages/org/join/index': {
    who: 'resident',
    // The code the 书记 made in beforeAll (the demo data has no open invitation).
    get query() {
      return { code: inviteCode }
    },
    shows: ['第一党支部', '申请加入本支部'],
  },
  'packages/org/requests/index': {
    who: 'secretary',
    query: inB1(),
    shows: ['没有待审批的申请'],
  },
  'packages/org/audit/index': { who: 'secretary', query: inB1(), shows: ['生成入支部邀请'] },
  'packages/org/tree/index': {
    who: 'secretary',
    query: inB1(),
    shows: ['第一党支部', '第一党小组'],
  },
  'packages/notice/list/index': {
    who: 'member',
    query: inB1(),
    shows: ['关于开展本季度专题学习的通知', '本周五召开支部党员大会'],
  },
  'packages/notice/detail/index': {
    who: 'member',
    query: inB1({ id: 'notice-demo-meeting' }),
    shows: ['本周五召开支部党员大会', '已签阅'],
  },
  'packages/notice/publish/index': { who: 'secretary', query: inB1(), shows: ['发布通知'] },
  'packages/notice/report/index': {
    who: 'secretary',
    query: inB1({ id: 'notice-demo-meeting' }),
    shows: ['第一党支部', '未读'],
  },
  'packages/activity/list/index': {
    who: 'member',
    query: inB1(),
    shows: ['“美丽家园”社区环境整治志愿服务'],
  },
  'packages/activity/detail/index': {
    who: 'member',
    query: inB1({ id: 'act-demo-volunteer' }),
    shows: ['“美丽家园”社区环境整治志愿服务', '名额'],
  },
  'packages/activity/publish/index': { who: 'secretary', query: inB1(), shows: ['发布活动'] },
  'packages/activity/signin/index': {
    who: 'secretary',
    query: inB1({ id: 'act-demo-themeday-now' }),
    shows: ['签到码', '已签到'],
  },
  'packages/activity/showcase/index': {
    who: 'member',
    query: inB1(),
    shows: ['上月主题党日：参观革命历史纪念馆'],
  },
  'packages/issue/submit/index': { who: 'member', query: inB1(), shows: ['反映给', '问题类别'] },
  'packages/issue/detail/index': {
    who: 'member',
    query: { id: issueIdFor('o_demo_member', 'seed-garbage') },
    shows: ['垃圾分类点周末无人清运', '办理进度'],
  },
  'packages/issue/manage/index': {
    who: 'secretary',
    query: inB1(),
    shows: ['3 号楼东侧路灯坏了'],
  },
  'packages/issue/board/index': { who: 'member', query: inB1(), shows: ['小花园的长椅坏了'] },
  'packages/lesson/reader/index': {
    who: 'member',
    query: { id: 'lesson-demo-discipline' },
    shows: ['纪律处分条例里的六项纪律', '政治纪律'],
  },
  'packages/lesson/editor/index': {
    who: 'secretary',
    query: inB1(),
    shows: ['发布范围', '提交审核'],
  },
  'packages/lesson/mine/index': { who: 'member', shows: ['还没有写过微党课'] },
  'packages/lesson/review/index': {
    who: 'secretary',
    query: inB1(),
    shows: ['物业纠纷调解中党员能做什么'],
  },
  'packages/lesson/stats/index': {
    who: 'secretary',
    query: inB1({ id: 'lesson-demo-discipline' }),
    shows: ['纪律处分条例里的六项纪律', '已学完'],
  },
  'packages/meeting/list/index': { who: 'member', query: inB1(), shows: ['第四季度支部党员大会'] },
  'packages/meeting/detail/index': {
    who: 'member',
    query: { id: 'meeting-demo-b1-congress-past' },
    shows: ['第三季度支部党员大会', '社区党群服务中心二楼会议室'],
  },
  'packages/meeting/edit/index': {
    who: 'secretary',
    query: inB1(),
    shows: ['为第一党支部安排会议', '会议类型'],
  },
  'packages/meeting/signin/index': {
    who: 'secretary',
    query: { id: 'meeting-demo-b1-lecture-now' },
    shows: ['专题党课：学习新修订的纪律处分条例', '秒后更新'],
  },
  'packages/meeting/minutes/index': {
    who: 'committee',
    query: { id: 'meeting-demo-b1-committee-past' },
    shows: ['十一月支委会', '保存纪要'],
  },
  'packages/meeting/ledger/index': {
    who: 'secretary',
    query: inB1(),
    shows: ['完成度', '支部党员大会', '生成台账'],
  },
  'packages/stats/branch/index': {
    who: 'secretary',
    query: inB1(),
    shows: ['第一党支部', '三会一课（本季度）'],
  },
  'packages/stats/committee/index': {
    who: 'admin',
    query: { orgId: 'org-committee' },
    shows: ['幸福街道党工委', '各支部情况'],
  },
}

/** A page without a row: the branch's 书记 may open every branch page. */
const DEFAULT_ROUTE: Route = { who: 'secretary', query: inB1() }

const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) as {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
}
const PAGES = [
  ...app.pages,
  ...(app.subPackages ?? []).flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`)),
]
const routeOf = (page: string) => ROUTES[page] ?? DEFAULT_ROUTE
// One person after another: the app keeps its login for the session, so a change of person is
// followed by the 我的 tab, which logs in again (as WeChat would after a switch of account).
const WHO_ORDER = [...new Set(PAGES.map((page) => routeOf(page).who))]
const ORDERED = [...PAGES].sort(
  (a, b) => WHO_ORDER.indexOf(routeOf(a).who) - WHO_ORDER.indexOf(routeOf(b).who),
)

const openidOf = (key: DemoIdentityKey) =>
  DEMO_IDENTITIES.find((identity) => identity.key === key)?.openid ?? ''

let who: DemoIdentityKey = ORDERED.length ? routeOf(ORDERED[0]).who : 'member'
let sessionOf: DemoIdentityKey = who
/** Replies that were not ok, for the page being rendered. */
let refused: string[] = []

beforeAll(async () => {
  await seedDemoData()
  const invite = await callFunctionAs(
    'org',
    { action: 'createInvite', orgId: B1 },
    { openid: openidOf('secretary') },
  )
  inviteCode = (invite.result as { data: { code: string } }).data.code
  bootApp(async (name, data) => {
    const { result } = await callFunctionAs(name, data, { openid: openidOf(who) })
    const reply = result as { ok?: boolean; code?: string; message?: string } | null
    if (!reply?.ok) refused.push(`${name}.${String(data.action)}: ${reply?.code} ${reply?.message}`)
    return result
  })
})

const LOADED_MS = 5000

/** Polls until the page shows something that is not the loading state. */
async function waitUntilLoaded(page: RenderedPage) {
  const started = Date.now()
  while (!page.text() || page.has('page-state--loading')) {
    if (Date.now() - started > LOADED_MS) {
      throw new Error(`still loading after ${LOADED_MS} ms; page text: ${page.text()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function switchTo(person: DemoIdentityKey) {
  who = person
  if (sessionOf === person) return
  const me = await renderPage('pages/me/index')
  await me.waitForText(
    DEMO_IDENTITIES.find((identity) => identity.key === person)?.nickname ?? '',
    LOADED_MS,
  )
  me.close()
  sessionOf = person
}

const rendered: string[] = []

// The route table names only pages the build has (a removed page leaves no stale row behind).
test('every row of the route table is a page of the build', () => {
  expect(Object.keys(ROUTES).filter((route) => !PAGES.includes(route))).toEqual([])
})

test.each(ORDERED)(
  '%s renders with demo data',
  async (route) => {
    const spec = routeOf(route)
    await switchTo(spec.who)
    refused = []
    const errors = jest.spyOn(console, 'error')
    // WeChat's "Template … not found" warning is checked precisely below, with page.undrawable().
    const warn = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!/Template `tmpl_\w+` not found/.test(String(args[0]))) console.info('[warn]', ...args)
    })
    let page: RenderedPage | undefined
    try {
      page = await renderPage(route, spec.query)
      await waitUntilLoaded(page)
      // An error state or a refused call fails at once, with the page's text, not after a wait.
      if (page.has('page-state--error') || refused.length) {
        throw new Error(`error state or refused call ${JSON.stringify(refused)}: ${page.text()}`)
      }
      for (const text of spec.shows ?? []) await page.waitForText(text, LOADED_MS)
      expect(page.has('page-state--error')).toBe(false)
      expect(refused).toEqual([])
      // NutUI draws its icons as `<i>`, which has no template without @tarojs/plugin-html: WeChat would
      // drop them. Today the only ones are NutUI Input's clear icons, always hidden (nobody sets
      // `clearable`); a visible one would be lost on the phone.
      expect(page.undrawable().filter((node) => !node.hidden)).toEqual([])
      expect(errors.mock.calls).toEqual([])
      rendered.push(route)
    } finally {
      page?.close()
      errors.mockRestore()
      warn.mockRestore()
    }
  },
  15_000,
)

afterAll(() => {
  const short = (route: string) => route.replace(/\/index$/, '')
  const withoutRow = PAGES.filter((page) => !ROUTES[page])
  console.info(
    `weapp pages: ${rendered.length} rendered (${rendered.map(short).join(', ')})` +
      (withoutRow.length
        ? `; ${withoutRow.length} without a row, rendered as the 书记 of ${B1}: ${withoutRow.map(short).join(', ')}`
        : ''),
  )
})
