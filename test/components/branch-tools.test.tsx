import fs from 'node:fs'
import path from 'node:path'
import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { QuickActions } from '@/pages/branch/quick-actions'
import { TOOL_ICONS } from '@/pages/branch/tool-icons'
import type { OrgSummary } from '../../types/org'
import type { Role } from '../../types/user'
import { branch1, home } from './org-fixtures'

const committee: OrgSummary = {
  id: 'org-committee',
  name: '幸福街道党工委',
  kind: 'committee',
  parentId: '',
}

/** Each tool: its label and where it goes (for org-branch-1, or the committee for 各支部风采). */
const TOOLS = {
  members: ['成员', '/packages/org/members/index?orgId=org-branch-1'],
  notices: ['通知', '/packages/notice/list/index?orgId=org-branch-1'],
  meetings: ['三会一课', '/packages/meeting/list/index?orgId=org-branch-1'],
  activities: ['活动', '/packages/activity/list/index?orgId=org-branch-1'],
  showcase: ['支部风采', '/packages/activity/showcase/index?orgId=org-branch-1'],
  'report-issue': ['反映问题', '/packages/issue/submit/index?orgId=org-branch-1'],
  invite: ['邀请入支部', '/packages/org/invite/index?orgId=org-branch-1'],
  requests: ['入支部申请', '/packages/org/requests/index?orgId=org-branch-1'],
  issues: ['诉求办理', '/packages/issue/manage/index?orgId=org-branch-1'],
  publish: ['发通知', '/packages/notice/publish/index?orgId=org-branch-1'],
  stats: ['统计', '/packages/stats/branch/index?orgId=org-branch-1'],
  tree: ['组织架构', '/packages/org/tree/index?orgId=org-branch-1'],
  audit: ['操作记录', '/packages/org/audit/index?orgId=org-branch-1'],
} as const
type Tool = keyof typeof TOOLS

const EVERYONE: Tool[] = [
  'members',
  'notices',
  'meetings',
  'activities',
  'showcase',
  'report-issue',
]
const LEADS: Tool[] = [...EVERYONE, 'invite', 'requests', 'issues', 'publish', 'stats', 'tree']

const BRANCH_TOOLS: Record<Role, Tool[]> = {
  secretary: [...LEADS, 'audit'],
  admin: [...LEADS, 'audit'],
  deputy: LEADS,
  committee: [...EVERYONE, 'issues', 'stats'],
  member: EVERYONE,
  probationary: EVERYONE,
  activist: EVERYONE,
  masses: EVERYONE,
}

function tiles(container: HTMLElement) {
  return Array.from(container.querySelectorAll<HTMLElement>('.branch-tool'), (tile) => ({
    key: tile.dataset.action,
    label: tile.querySelector('.branch-tool__label')?.textContent,
    icon: tile.querySelector('img')?.getAttribute('src'),
    badge: tile.querySelector('.branch-tool__badge')?.textContent ?? null,
    tile,
  }))
}

beforeEach(() => jest.clearAllMocks())

describe.each(Object.entries(BRANCH_TOOLS))('a %s of a branch', (role, tools) => {
  test('sees each of their tools as an icon with its label, and a tap opens it', () => {
    const { container } = render(
      <QuickActions home={home({ org: branch1, myRole: role as Role })} />,
    )
    const shown = tiles(container)
    expect(shown.map((tile) => tile.key)).toEqual(tools)
    for (const { key, label, icon, badge, tile } of shown) {
      const [expectedLabel, url] = TOOLS[key as Tool]
      expect(label).toBe(expectedLabel)
      expect(icon).toBe(`${key}.svg`)
      expect(badge).toBeNull()
      fireEvent.click(tile)
      expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url })
    }
  })
})

test('a secretary sees the waiting join requests as a count on 入支部申请', () => {
  const { container } = render(
    <QuickActions home={home({ myRole: 'secretary', pendingJoinRequests: 3 })} />,
  )
  const requests = tiles(container).find((tile) => tile.key === 'requests')
  expect(requests?.label).toBe('入支部申请')
  expect(requests?.badge).toBe('3')
  expect(tiles(container).filter((tile) => tile.badge !== null)).toHaveLength(1)
})

test('more than 99 waiting reads 99+, so the badge stays on the icon', () => {
  const { container } = render(
    <QuickActions home={home({ myRole: 'secretary', pendingJoinRequests: 120 })} />,
  )
  expect(tiles(container).find((tile) => tile.key === 'requests')?.badge).toBe('99+')
})

test.each([
  ['admin', ['members', 'notices', 'showcase', 'issues', 'publish', 'stats', 'tree', 'audit']],
  ['member', ['members', 'notices', 'showcase']],
] as const)('a %s of a 党委 sees its tools, 各支部风采 among them', (role, tools) => {
  const { container } = render(<QuickActions home={home({ org: committee, myRole: role })} />)
  const shown = tiles(container)
  expect(shown.map((tile) => tile.key)).toEqual(tools)
  expect(shown.find((tile) => tile.key === 'showcase')?.label).toBe('各支部风采')
  for (const { key, icon } of shown) expect(icon).toBe(`${key}.svg`)
  fireEvent.click(shown.find((tile) => tile.key === 'showcase')!.tile)
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: '/packages/activity/showcase/index?orgId=org-committee',
  })
})

/** 参考文档：https://developers.weixin.qq.com/miniprogram/dev/component/image.html */
test('every tool icon is an SVG WeChat’s <image> draws: fixed size, no % units, no <style>', () => {
  const dir = path.resolve(__dirname, '../../src/assets/tools')
  const files = fs.readdirSync(dir)
  // Each file is one tool's icon (the member's tools and the newcomer's), and nothing else ships.
  expect(files.sort()).toEqual(
    Object.keys(TOOL_ICONS)
      .map((key) => `${key}.svg`)
      .sort(),
  )
  for (const file of files) {
    const svg = fs.readFileSync(path.join(dir, file), 'utf8')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="48" height="48"/)
    expect(svg).not.toMatch(/%|<style|<image|href=/)
  }
})
