import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import BranchPage from '@/pages/branch'
import { getLocalSession } from '@/platform/local-session'
import { bindGroup, getHome, openFromGroup, requestJoin } from '@/services/org'
import { signIn } from '@/services/meeting'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { pageEvents, storage } from '../stubs/taro'
import { branch1, branch2, home, loginWith, membership, noTodo, ok, refused } from './org-fixtures'

jest.mock('@/services/user')
jest.mock('@/services/org')
jest.mock('@/services/meeting')
jest.mock('@/platform/local-session')

const mockedLogin = jest.mocked(login)
const mockedHome = jest.mocked(getHome)
const mockedOpen = jest.mocked(openFromGroup)
const mockedBind = jest.mocked(bindGroup)
const mockedRequestJoin = jest.mocked(requestJoin)
const enterOptions = jest.mocked(Taro.getEnterOptionsSync) as jest.Mock
const groupEnterInfo = jest.mocked(Taro.getGroupEnterInfo) as unknown as jest.Mock
const taroEnv = process.env.TARO_ENV

const memberOf1 = loginWith([membership(branch1, 'member')])
const secretaryOf1 = loginWith([membership(branch1, 'secretary')])

beforeEach(() => {
  jest.clearAllMocks()
  forgetSession()
  storage.clear()
  enterOptions.mockReturnValue({ scene: 1001, path: 'pages/branch/index', query: {} })
})

afterEach(() => {
  process.env.TARO_ENV = taroEnv
})

function actionLabels(container: HTMLElement) {
  return Array.from(container.querySelectorAll('.branch-tool__label'), (label) => label.textContent)
}

/** Opened from a group card: scene 1044 with a shareTicket, and a fresh cloudID per ask. */
function openedFromGroup() {
  enterOptions.mockReturnValue({
    scene: 1044,
    shareTicket: 'ticket-1',
    path: 'pages/branch/index',
    query: {},
  })
  let issued = 0
  groupEnterInfo.mockImplementation(({ success }: { success: (res: unknown) => void }) => {
    issued += 1
    success({ errMsg: 'getGroupEnterInfo:ok', cloudID: `cloud-${issued}` })
  })
}

describe('a member', () => {
  test('sees this quarter’s 三会一课 meter with what is still to do, and what is coming up', async () => {
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(
      ok(
        home({
          upcoming: [
            {
              kind: 'meeting',
              id: 'm-1',
              title: '十二月支委会',
              startsAt: '2026-12-02T07:00:00.000Z',
              live: false,
            },
          ],
          completeness: {
            orgId: 'org-branch-1',
            year: 2026,
            quarter: 4,
            items: [
              { kind: 'congress', required: 1, held: 1, recorded: 1 },
              { kind: 'committee', required: 3, held: 1, recorded: 1 },
              { kind: 'group', required: 3, held: 3, recorded: 2 },
              { kind: 'lecture', required: 1, held: 1, recorded: 1 },
              { kind: 'themeDay', required: 3, held: 3, recorded: 0 },
            ],
            required: 11,
            fulfilled: 9,
            percent: 82,
            rhythm: { congress: 1, committee: 3, group: 3, lecture: 1, themeDay: 3 },
            customRhythm: false,
          },
        }),
      ),
    )
    const { container } = render(<BranchPage />)
    expect(await screen.findByText('82%')).toBeTruthy()
    expect(container.querySelector('.branch-completeness__detail')?.textContent).toBe(
      '还差：支委会 2 次',
    )
    expect(screen.getByText('十二月支委会')).toBeTruthy()
  })

  test('sees the branch, its 书记 and member count, a calm empty agenda and only 成员', async () => {
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(ok(home()))
    const { container } = render(<BranchPage />)

    expect(await screen.findByText('第一党支部')).toBeTruthy()
    expect(container.querySelector('[data-testid="branch-secretary"]')?.textContent).toBe(
      '书记：王建国',
    )
    expect(container.querySelector('.branch-member-count')?.textContent).toBe('党员 12 人')
    expect(screen.getByText('近期没有会议和活动安排')).toBeTruthy()
    expect(screen.getByText('还没有通知')).toBeTruthy()
    expect(actionLabels(container)).toEqual([
      '成员',
      '通知',
      '三会一课',
      '活动',
      '支部风采',
      '反映问题',
    ])
    expect(container.querySelector('.branch-switch-org')).toBeNull()
    expect(mockedHome).toHaveBeenCalledWith({ orgId: 'org-branch-1' })

    fireEvent.click(screen.getByText('成员'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/org/members/index?orgId=org-branch-1',
    })
  })

  test('counts the 党员 apart from the 入党积极分子 and 群众 of the branch', async () => {
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(ok(home({ memberCount: 12, nonPartyCount: 2 })))
    const { container } = render(<BranchPage />)
    await screen.findByText('第一党支部')
    expect(container.querySelector('.branch-member-count')?.textContent).toBe(
      '党员 12 人 · 积极分子、群众 2 人',
    )
  })

  test('upcoming meetings show in Beijing time', async () => {
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(
      ok(
        home({
          upcoming: [
            {
              kind: 'meeting',
              id: 'm1',
              title: '支部党员大会',
              startsAt: '2026-11-03T01:30:00Z',
              live: false,
            },
          ],
        }),
      ),
    )
    render(<BranchPage />)
    expect(await screen.findByText('支部党员大会')).toBeTruthy()
    expect(screen.getByText('11月3日 星期二 09:30')).toBeTruthy()
    expect(screen.queryByText('近期没有会议和活动安排')).toBeNull()
  })

  test('logs in once per app session: showing the tab again only reloads the home', async () => {
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(ok(home()))
    render(<BranchPage />)
    await screen.findByText('第一党支部')
    await act(async () => pageEvents.show())
    expect(mockedLogin).toHaveBeenCalledTimes(1)
    expect(mockedHome).toHaveBeenCalledTimes(2)
  })

  test('pull-down refresh logs in again, reloads and stops the spinner', async () => {
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(ok(home()))
    render(<BranchPage />)
    await screen.findByText('第一党支部')

    mockedHome.mockResolvedValue(ok(home({ memberCount: 13 })))
    await act(async () => pageEvents.pullDownRefresh())
    expect(await screen.findByText('党员 13 人')).toBeTruthy()
    expect(mockedLogin).toHaveBeenCalledTimes(2)
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
  })

  test('an error envelope shows its message, and 重试 loads again', async () => {
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValueOnce(refused('INTERNAL', '服务暂时不可用，请稍后重试'))
    render(<BranchPage />)
    expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeTruthy()

    mockedHome.mockResolvedValueOnce(ok(home()))
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByText('第一党支部')).toBeTruthy()
  })
})

describe('a leader', () => {
  test('with pending requests sees the count on 入支部申请 and the membership tools', async () => {
    mockedLogin.mockResolvedValue(ok(secretaryOf1))
    mockedHome.mockResolvedValue(ok(home({ myRole: 'secretary', pendingJoinRequests: 2 })))
    const { container } = render(<BranchPage />)
    await screen.findByText('第一党支部')

    expect(actionLabels(container)).toEqual([
      '成员',
      '通知',
      '三会一课',
      '活动',
      '支部风采',
      '反映问题',
      '邀请入支部',
      '入支部申请',
      '诉求办理',
      '发通知',
      '统计',
      '组织架构',
      '操作记录',
    ])
    const requests = screen.getByTestId('branch-action-requests')
    expect(requests.querySelector('.branch-tool__badge')?.textContent).toBe('2')
    fireEvent.click(requests)
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/org/requests/index?orgId=org-branch-1',
    })
    fireEvent.click(screen.getByText('邀请入支部'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/org/invite/index?orgId=org-branch-1',
    })
  })

  test('a 副书记 without pending requests gets no count and no 操作记录', async () => {
    mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'deputy')])))
    mockedHome.mockResolvedValue(ok(home({ myRole: 'deputy' })))
    const { container } = render(<BranchPage />)
    await screen.findByText('第一党支部')
    expect(actionLabels(container)).toEqual([
      '成员',
      '通知',
      '三会一课',
      '活动',
      '支部风采',
      '反映问题',
      '邀请入支部',
      '入支部申请',
      '诉求办理',
      '发通知',
      '统计',
      '组织架构',
    ])
  })

  test('an admin of the 党委 sees 组织架构 and 操作记录', async () => {
    const committee = {
      id: 'org-committee',
      name: '幸福街道党工委',
      kind: 'committee' as const,
      parentId: '',
    }
    mockedLogin.mockResolvedValue(ok(loginWith([membership(committee, 'admin')])))
    mockedHome.mockResolvedValue(ok(home({ org: committee, myRole: 'admin' })))
    const { container } = render(<BranchPage />)
    await screen.findByText('幸福街道党工委')
    expect(actionLabels(container)).toEqual([
      '成员',
      '通知',
      '各支部风采',
      '诉求办理',
      '发通知',
      '统计',
      '组织架构',
      '操作记录',
    ])
    expect(screen.getByText('党委')).toBeTruthy()
  })
})

describe('someone in several orgs', () => {
  const both = loginWith([membership(branch1, 'member'), membership(branch2, 'committee')])

  test('switches with the picker, and the choice is remembered', async () => {
    mockedLogin.mockResolvedValue(ok(both))
    mockedHome.mockImplementation(async ({ orgId }) =>
      ok(home({ org: orgId === branch2.id ? branch2 : branch1 })),
    )
    render(<BranchPage />)
    await screen.findByText('第一党支部', { selector: '.branch-org-name' })

    const picker = screen.getByLabelText('picker') as HTMLSelectElement
    expect(Array.from(picker.options, (option) => option.textContent)).toEqual([
      '第一党支部',
      '第二党支部',
    ])
    fireEvent.change(picker, { target: { value: '1' } })
    expect(await screen.findByText('第二党支部', { selector: '.branch-org-name' })).toBeTruthy()
    expect(Taro.setStorageSync).toHaveBeenCalledWith('zhibu.currentOrg', 'org-branch-2')
    expect(mockedHome).toHaveBeenLastCalledWith({ orgId: 'org-branch-2' })
  })

  test('opens on the org picked last time', async () => {
    storage.set('zhibu.currentOrg', 'org-branch-2')
    mockedLogin.mockResolvedValue(ok(both))
    mockedHome.mockResolvedValue(ok(home({ org: branch2 })))
    render(<BranchPage />)
    await screen.findByText('第二党支部', { selector: '.branch-org-name' })
    expect(mockedHome).toHaveBeenCalledWith({ orgId: 'org-branch-2' })
  })
})

describe('someone with no membership', () => {
  test('is told how to join and can enter an invite code', async () => {
    mockedLogin.mockResolvedValue(ok(loginWith([])))
    render(<BranchPage />)

    expect(await screen.findByText('你还没有加入支部')).toBeTruthy()
    expect(screen.getByText(/支部群里分享的邀请卡片/)).toBeTruthy()
    expect(mockedHome).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: '输入邀请码' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/org/join/index' })
  })

  test('a 群众 finds 反映问题, 我的诉求, 诉求公示栏 and the public lessons on the 支部 tab, as icons', async () => {
    mockedLogin.mockResolvedValue(ok(loginWith([])))
    render(<BranchPage />)
    await screen.findByText('你还没有加入支部')
    fireEvent.click(screen.getByText('反映问题'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/issue/submit/index' })
    fireEvent.click(screen.getByText('我的诉求'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/issues/index' })
    fireEvent.click(screen.getByText('诉求公示栏'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/issue/board/index' })
    fireEvent.click(screen.getByText('公开微党课'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/study/index' })
    // The same icon grid as a member's tools: one distinct icon on each tile.
    const icons = Array.from(document.querySelectorAll('[data-testid^="newcomer-"] img'), (img) =>
      img.getAttribute('src'),
    )
    expect(icons).toHaveLength(4)
    expect(new Set(icons).size).toBe(4)
  })

  test('a pending applicant sees 已提交，等待审批, not another 输入邀请码', async () => {
    mockedLogin.mockResolvedValue(
      ok({ ...loginWith([]), applications: [{ orgId: 'org-branch-1', orgName: '第一党支部' }] }),
    )
    render(<BranchPage />)
    expect(await screen.findByText('已提交，等待审批')).toBeTruthy()
    expect(screen.getByText(/你申请加入「第一党支部」/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: '输入邀请码' })).toBeNull()
  })

  test('is asked again on the next show, so an approval shows up without restarting', async () => {
    mockedLogin.mockResolvedValueOnce(ok(loginWith([])))
    render(<BranchPage />)
    await screen.findByText('你还没有加入支部')

    mockedLogin.mockResolvedValueOnce(ok(memberOf1))
    mockedHome.mockResolvedValue(ok(home()))
    await act(async () => pageEvents.show())
    expect(await screen.findByText('第一党支部')).toBeTruthy()
  })
})

describe('opened from a group card', () => {
  test('a secretary binds an unbound group to the branch with a fresh cloudID', async () => {
    openedFromGroup()
    mockedLogin.mockResolvedValue(ok(secretaryOf1))
    mockedHome.mockResolvedValue(ok(home({ myRole: 'secretary' })))
    mockedOpen.mockResolvedValue(ok({ bound: false }))
    mockedBind.mockResolvedValue(ok({ org: branch1 }))
    render(<BranchPage />)

    expect(await screen.findByText('把本群绑定到“第一党支部”')).toBeTruthy()
    expect(mockedOpen).toHaveBeenCalledWith({ groupCloudId: 'cloud-1' })

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '绑定本群' }))
    })
    expect(mockedBind).toHaveBeenCalledWith({ orgId: 'org-branch-1', groupCloudId: 'cloud-2' })
    expect(await screen.findByText('本群已绑定到“第一党支部”')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '绑定本群' })).toBeNull()
  })

  test('a refused bind keeps the card and says why', async () => {
    openedFromGroup()
    mockedLogin.mockResolvedValue(ok(secretaryOf1))
    mockedHome.mockResolvedValue(ok(home({ myRole: 'secretary' })))
    mockedOpen.mockResolvedValue(ok({ bound: false }))
    mockedBind.mockResolvedValue(refused('CONFLICT', '这个群已绑定到其他支部'))
    render(<BranchPage />)

    fireEvent.click(await screen.findByRole('button', { name: '绑定本群' }))
    expect(await screen.findByText('这个群已绑定到其他支部')).toBeTruthy()
    expect(screen.getByRole('button', { name: '绑定本群' })).toBeTruthy()
  })

  test('a plain member of an unbound group is not offered the bind', async () => {
    openedFromGroup()
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(ok(home()))
    mockedOpen.mockResolvedValue(ok({ bound: false }))
    render(<BranchPage />)
    await screen.findByText('第一党支部')
    expect(screen.queryByRole('button', { name: '绑定本群' })).toBeNull()
  })

  test('a member of the bound branch lands on it', async () => {
    openedFromGroup()
    mockedLogin.mockResolvedValue(
      ok(loginWith([membership(branch1, 'member'), membership(branch2, 'member')])),
    )
    mockedOpen.mockResolvedValue(ok({ bound: true, org: branch2, status: 'active' }))
    mockedHome.mockResolvedValue(ok(home({ org: branch2 })))
    render(<BranchPage />)

    await screen.findByText('第二党支部', { selector: '.branch-org-name' })
    expect(mockedHome).toHaveBeenCalledWith({ orgId: 'org-branch-2' })
    expect(Taro.setStorageSync).toHaveBeenCalledWith('zhibu.currentOrg', 'org-branch-2')
  })

  test('a resident sees the group’s branch and asks to join it', async () => {
    openedFromGroup()
    mockedLogin.mockResolvedValue(ok(loginWith([])))
    mockedOpen.mockResolvedValue(ok({ bound: true, org: branch1, status: 'none' }))
    mockedRequestJoin.mockResolvedValue(ok({ status: 'pending', org: branch1 }))
    render(<BranchPage />)

    expect(await screen.findByText('你还没有加入支部')).toBeTruthy()
    expect(screen.getByText('第一党支部')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '申请加入本支部' }))
    })
    expect(mockedRequestJoin).toHaveBeenCalledWith({ groupCloudId: 'cloud-2' })
    expect(await screen.findByText('已提交，等待书记审批')).toBeTruthy()
  })

  test('a resident whose request was declined sees 已拒绝 with the reason, and no button until the day is over', async () => {
    openedFromGroup()
    mockedLogin.mockResolvedValue(ok(loginWith([])))
    mockedOpen.mockResolvedValue(
      ok({
        bound: true,
        org: branch1,
        status: 'declined',
        declined: { reason: '请先到社区登记', reapplyAt: '2099-01-01T00:00:00.000Z' },
      }),
    )
    render(<BranchPage />)
    expect(await screen.findByText('已拒绝')).toBeTruthy()
    expect(screen.getByText('书记的说明：请先到社区登记')).toBeTruthy()
    expect(screen.getByText('1月1日 08:00 以后可以重新申请')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '申请加入本支部' })).toBeNull()
    expect(screen.queryByRole('button', { name: '重新申请加入' })).toBeNull()
  })

  test('an entry the platform says is not from a group (40097) shows the home with no warning', async () => {
    enterOptions.mockReturnValue({ scene: 1008, path: 'pages/branch/index', query: {} })
    groupEnterInfo.mockImplementation(({ fail }: { fail: (err: unknown) => void }) =>
      fail({ errMsg: 'getGroupEnterInfo:fail:', err_code: '40097' }),
    )
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(ok(home()))
    render(<BranchPage />)

    expect(await screen.findByText('第一党支部')).toBeTruthy()
    expect(groupEnterInfo).toHaveBeenCalled()
    expect(screen.queryByText('请从微信群里打开卡片')).toBeNull()
    expect(mockedOpen).not.toHaveBeenCalled()
  })

  test.each([[{ errMsg: 'getGroupEnterInfo:fail', errCode: 65206 }, '你已不在这个群里']])(
    'a platform refusal (%j) is explained and the home still shows',
    async (error, message) => {
      enterOptions.mockReturnValue({ scene: 1044, shareTicket: 't', path: '', query: {} })
      groupEnterInfo.mockImplementation(({ fail }: { fail: (err: unknown) => void }) => fail(error))
      mockedLogin.mockResolvedValue(ok(memberOf1))
      mockedHome.mockResolvedValue(ok(home()))
      render(<BranchPage />)

      expect(await screen.findByText(message)).toBeTruthy()
      expect(screen.getByText('第一党支部')).toBeTruthy()
      expect(mockedOpen).not.toHaveBeenCalled()
    },
  )

  test('the group is asked about once, not on every show of the tab', async () => {
    openedFromGroup()
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(ok(home()))
    mockedOpen.mockResolvedValue(ok({ bound: true, org: branch1, status: 'active' }))
    render(<BranchPage />)
    await screen.findByText('本群已绑定到“第一党支部”')
    await act(async () => pageEvents.show())
    expect(mockedOpen).toHaveBeenCalledTimes(1)
  })
})

describe('H5 local preview', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
  })

  test('without a demo identity it shows the same prompt as 我的 and does not log in', async () => {
    jest.mocked(getLocalSession).mockResolvedValue(null)
    render(<BranchPage />)
    expect(await screen.findByText('本地预览：请先选择一个演示身份')).toBeTruthy()
    expect(mockedLogin).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: '选择演示身份' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/local/login/index' })
  })
})

describe('今日待办', () => {
  test('the 书记 sees the meeting open for sign-in and every waiting request first, with counts, one tap away', async () => {
    mockedLogin.mockResolvedValue(ok(secretaryOf1))
    mockedHome.mockResolvedValue(
      ok(
        home({
          myRole: 'secretary',
          pendingJoinRequests: 2,
          todo: noTodo({
            signIn: [
              {
                id: 'm-now',
                title: '十二月党课',
                endsAt: '2026-12-03T03:00:00Z',
                mine: 'toSignIn',
              },
            ],
            attendanceRequests: { count: 3, meetingId: 'm-now' },
            issues: { unanswered: 7, overdue: 2, held: 1 },
            lessonsToReview: 2,
            activityReviews: { count: 2, activityId: 'act-last' },
            requiredLessons: { count: 1, lessonId: 'lesson-due' },
            unreadNotices: 1,
          }),
        }),
      ),
    )
    const { container } = render(<BranchPage />)
    await screen.findByText('签到中：十二月党课')
    const todo = container.querySelector('[data-testid="branch-todo"]') as HTMLElement
    // 今日待办 comes before every other section of the home.
    expect(container.querySelector('.branch-section')).toBe(todo)
    const rows = Array.from(todo.querySelectorAll('.branch-todo__item'), (row) => row.textContent)
    expect(rows).toEqual([
      '签到中：十二月党课11:00 结束去签到',
      '请假/补签待审批3去处理',
      '入支部申请待审批2去处理',
      '群众诉求待受理7 件待受理，2 件已超期7去处理',
      '诉求内容待审核自动检查未放行，审核后才转给支部1去处理',
      '微党课待审核2去处理',
      '活动内容待审核照片、心得或活动2去处理',
      '规定动作 7 天内到期1去学习',
      '未读通知1去签阅',
    ])
    fireEvent.click(screen.getByText('签到中：十二月党课'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/meeting/detail/index?id=m-now&orgId=org-branch-1',
    })
    for (const [label, url] of [
      ['诉求内容待审核', '/packages/issue/manage/index?orgId=org-branch-1&view=held'],
      ['微党课待审核', '/packages/lesson/review/index?orgId=org-branch-1'],
      ['活动内容待审核', '/packages/activity/detail/index?orgId=org-branch-1&id=act-last'],
      ['规定动作 7 天内到期', '/packages/lesson/reader/index?id=lesson-due'],
    ]) {
      fireEvent.click(screen.getByText(label))
      expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url })
    }
  })

  test('a member who signed in sees it done, and nothing of the branch’s waiting work', async () => {
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(
      ok(
        home({
          todo: noTodo({
            signIn: [
              {
                id: 'm-now',
                title: '十二月党课',
                endsAt: '2026-12-03T03:00:00Z',
                mine: 'signedIn',
              },
            ],
          }),
        }),
      ),
    )
    const { container } = render(<BranchPage />)
    await screen.findByText('签到中：十二月党课')
    expect(screen.getByText('已签到')).toBeTruthy()
    expect(container.querySelector('.branch-todo__badge')).toBeNull()
    expect(screen.queryByText('请假/补签待审批')).toBeNull()
  })

  test('with nothing waiting it says so, and unread notices are marked 未读', async () => {
    mockedLogin.mockResolvedValue(ok(memberOf1))
    mockedHome.mockResolvedValue(
      ok(
        home({
          notices: [
            {
              id: 'n1',
              title: '关于开展主题党日的通知',
              publishedAt: '2026-12-01T02:00:00Z',
              read: false,
            },
            { id: 'n2', title: '学习通知', publishedAt: '2026-11-20T02:00:00Z', read: true },
          ],
        }),
      ),
    )
    const { container } = render(<BranchPage />)
    await screen.findByText('今天没有需要你处理的事')
    const notices = Array.from(
      container.querySelectorAll('.branch-notice__title'),
      (title) => title.textContent,
    )
    expect(notices).toEqual(['未读关于开展主题党日的通知', '学习通知'])
  })
})

test('from the group card to signed in: the code goes in right on the home, and the row then says 已签到', async () => {
  const open = (mine: 'toSignIn' | 'signedIn') =>
    ok(
      home({
        todo: noTodo({
          signIn: [{ id: 'm-now', title: '十二月党课', endsAt: '2026-12-03T03:00:00Z', mine }],
        }),
      }),
    )
  mockedLogin.mockResolvedValue(ok(memberOf1))
  mockedHome.mockResolvedValueOnce(open('toSignIn')).mockResolvedValue(open('signedIn'))
  jest
    .mocked(signIn)
    .mockResolvedValue(ok({ status: 'present', at: '2026-12-03T01:50:00Z' } as never))
  const { container } = render(<BranchPage />)
  await screen.findByText('去签到')
  fireEvent.change(container.querySelector('[data-testid="sign-in-code"]') as HTMLElement, {
    target: { value: '123456' },
  })
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="sign-in-submit"]') as HTMLElement)
  })
  expect(signIn).toHaveBeenCalledWith({ meetingId: 'm-now', code: '123456', via: 'code' })
  expect(await screen.findByText('已签到')).toBeTruthy()
  expect(container.querySelector('[data-testid="sign-in-code"]')).toBeNull()
})

test('the host of the meeting open now is offered 出示签到码, not a code box', async () => {
  mockedLogin.mockResolvedValue(ok(secretaryOf1))
  mockedHome.mockResolvedValue(
    ok(
      home({
        myRole: 'secretary',
        todo: noTodo({
          signIn: [
            { id: 'm-now', title: '十二月党课', endsAt: '2026-12-03T03:00:00Z', mine: 'host' },
          ],
        }),
      }),
    ),
  )
  const { container } = render(<BranchPage />)
  fireEvent.click(await screen.findByText('出示签到码'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/meeting/signin/index?id=m-now' })
  expect(container.querySelector('[data-testid="sign-in-code"]')).toBeNull()
})

test('a 党委 home names the branch of each activity it lists', async () => {
  mockedLogin.mockResolvedValue(ok(secretaryOf1))
  mockedHome.mockResolvedValue(
    ok(
      home({
        upcoming: [
          {
            kind: 'activity',
            id: 'a1',
            title: '社区环境整治志愿服务',
            startsAt: '2026-12-07T02:00:00Z',
            live: false,
            orgName: '第二党支部',
          },
        ],
      }),
    ),
  )
  render(<BranchPage />)
  expect(await screen.findByText(/第二党支部 · 12月7日/)).toBeTruthy()
})
