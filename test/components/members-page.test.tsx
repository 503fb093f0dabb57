import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MembersPage from '@/packages/org/members'
import { listMembers, removeMember, setRole } from '@/services/org'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { pageEvents, router } from '../stubs/taro'
import { branch1, loginWith, member, membership, ok, refused } from './org-fixtures'

jest.mock('@/services/user')
jest.mock('@/services/org')

const mockedList = jest.mocked(listMembers)
const mockedSetRole = jest.mocked(setRole)
const mockedRemove = jest.mocked(removeMember)
const mockedLogin = jest.mocked(login)
const actionSheet = jest.mocked(Taro.showActionSheet) as jest.Mock

const firstPage = Array.from({ length: 20 }, (_, index) => member(index + 1))
const secondPage = [member(21), member(22)]

beforeEach(() => {
  jest.clearAllMocks()
  forgetSession()
  router.params = { orgId: 'org-branch-1' }
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'member')])))
})

function names(container: HTMLElement) {
  return Array.from(
    container.querySelectorAll('[data-testid="member-name"]'),
    (name) => name.textContent,
  )
}

function row(container: HTMLElement, openid: string) {
  return container.querySelector(
    `[data-testid="member-item"][data-openid="${openid}"]`,
  ) as HTMLElement
}

test('shows 20 members, loads the next page on reaching the bottom, then says there are no more', async () => {
  mockedList.mockImplementation(async ({ page }) =>
    page === 1 ? ok({ items: secondPage, nextPage: null }) : ok({ items: firstPage, nextPage: 1 }),
  )
  const { container } = render(<MembersPage />)
  await screen.findByText('成员1')
  expect(names(container)).toHaveLength(20)
  expect(mockedList).toHaveBeenCalledWith({ orgId: 'org-branch-1', page: 0 })
  expect(screen.queryByText('没有更多了')).toBeNull()

  await act(async () => pageEvents.reachBottom())
  expect(names(container)).toHaveLength(22)
  expect(names(container).slice(-2)).toEqual(['成员21', '成员22'])
  expect(mockedList).toHaveBeenLastCalledWith({ orgId: 'org-branch-1', page: 1 })
  expect(screen.getByText('没有更多了')).toBeTruthy()

  await act(async () => pageEvents.reachBottom())
  expect(mockedList).toHaveBeenCalledTimes(2)
})

test('a failed next page keeps the list and retries on tap', async () => {
  mockedList.mockResolvedValueOnce(ok({ items: firstPage, nextPage: 1 }))
  mockedList.mockResolvedValueOnce(refused('INTERNAL', '网络不太好，请检查网络后重试'))
  const { container } = render(<MembersPage />)
  await screen.findByText('成员1')
  await act(async () => pageEvents.reachBottom())
  expect(screen.getByText('网络不太好，请检查网络后重试')).toBeTruthy()
  expect(names(container)).toHaveLength(20)

  mockedList.mockResolvedValueOnce(ok({ items: secondPage, nextPage: null }))
  await act(async () => {
    fireEvent.click(screen.getByText('点此重试'))
  })
  expect(names(container)).toHaveLength(22)
})

test('shows role labels, and masked phones only when the server sends them', async () => {
  mockedList.mockResolvedValue(
    ok({
      items: [
        member(1, { nickname: '王建国', role: 'secretary', phoneMasked: '139****1000' }),
        member(2, { nickname: '张晓明', role: 'probationary' }),
      ],
      nextPage: null,
    }),
  )
  const { container } = render(<MembersPage />)
  await screen.findByText('王建国')
  expect(within(row(container, 'o-member-1')).getByText('书记')).toBeTruthy()
  expect(within(row(container, 'o-member-1')).getByText(/139\*\*\*\*1000/)).toBeTruthy()
  expect(within(row(container, 'o-member-2')).getByText('预备党员')).toBeTruthy()
  expect(row(container, 'o-member-2').querySelector('.member-phone')).toBeNull()
})

test('an 入党积极分子 and a 群众 are listed as such, not as 党员', async () => {
  mockedList.mockResolvedValue(
    ok({
      items: [
        member(1, { nickname: '刘思远', role: 'activist' }),
        member(2, { nickname: '赵大妈', role: 'masses' }),
      ],
      nextPage: null,
    }),
  )
  const { container } = render(<MembersPage />)
  await screen.findByText('刘思远')
  expect(row(container, 'o-member-1').querySelector('.member-role')?.textContent).toBe(
    '入党积极分子',
  )
  expect(row(container, 'o-member-2').querySelector('.member-role')?.textContent).toBe('群众')
})

test.each(['member', 'deputy'] as const)('a %s gets no member tools', async (role) => {
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, role)])))
  mockedList.mockResolvedValue(ok({ items: [member(1)], nextPage: null }))
  const { container } = render(<MembersPage />)
  await screen.findByText('成员1')
  await act(async () => Promise.resolve())
  expect(container.querySelector('[data-testid="member-set-role"]')).toBeNull()
  expect(container.querySelector('[data-testid="member-remove"]')).toBeNull()
})

test('another branch’s list is refused with the server’s message and no names', async () => {
  router.params = { orgId: 'org-branch-2' }
  mockedList.mockResolvedValue(
    refused('FORBIDDEN', '你没有权限进行这个操作，如有需要请联系支部书记'),
  )
  const { container } = render(<MembersPage />)
  expect(await screen.findByText('你没有权限进行这个操作，如有需要请联系支部书记')).toBeTruthy()
  expect(container.querySelector('[data-testid="member-item"]')).toBeNull()
})

describe('the secretary', () => {
  beforeEach(() => {
    mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'secretary')], 'o-secretary')))
    mockedList.mockResolvedValue(
      ok({
        items: [
          member(0, { openid: 'o-secretary', nickname: '王建国', role: 'secretary' }),
          member(1),
          member(2),
        ],
        nextPage: null,
      }),
    )
  })

  test('is not offered tools on their own row', async () => {
    const { container } = render(<MembersPage />)
    await screen.findByText('成员1')
    await screen.findAllByRole('button', { name: '移出' })
    expect(row(container, 'o-secretary').querySelector('[data-testid="member-remove"]')).toBeNull()
    expect(
      row(container, 'o-member-1').querySelector('[data-testid="member-remove"]'),
    ).not.toBeNull()
  })

  test('sets a role from the action sheet and the row shows it', async () => {
    actionSheet.mockResolvedValueOnce({ tapIndex: 1, errMsg: 'showActionSheet:ok' })
    mockedSetRole.mockResolvedValue(ok(member(1, { role: 'committee' })))
    const { container } = render(<MembersPage />)
    await screen.findByText('成员1')
    const setRoleButton = await within(row(container, 'o-member-1')).findByText('职务')
    await act(async () => {
      fireEvent.click(setRoleButton)
    })

    // Roles the member does not hold yet, without 管理员 (only an admin may appoint one).
    expect(actionSheet).toHaveBeenCalledWith({
      itemList: ['书记', '副书记', '支委', '预备党员', '入党积极分子', '群众'],
    })
    expect(mockedSetRole).toHaveBeenCalledWith({
      orgId: 'org-branch-1',
      memberId: 'o-member-1',
      role: 'deputy',
    })
    expect(within(row(container, 'o-member-1')).getByText('支委')).toBeTruthy()
  })

  test('removes a member only with a reason; a refusal keeps the dialog and the reason', async () => {
    const { container } = render(<MembersPage />)
    await screen.findByText('成员1')
    fireEvent.click(await within(row(container, 'o-member-2')).findByText('移出'))
    const dialog = screen.getByRole('dialog')
    expect(within(dialog).getByText(/将“成员2”移出本组织/)).toBeTruthy()

    await act(async () => {
      fireEvent.click(within(dialog).getByText('确认移出'))
    })
    expect(within(dialog).getByText('请写明移出原因')).toBeTruthy()
    expect(mockedRemove).not.toHaveBeenCalled()

    const reason = within(dialog).getByPlaceholderText(/移出原因/) as HTMLTextAreaElement
    fireEvent.change(reason, { target: { value: '组织关系转出' } })
    mockedRemove.mockResolvedValueOnce(refused('FORBIDDEN', '只有支部书记可以移出成员'))
    await act(async () => {
      fireEvent.click(within(dialog).getByText('确认移出'))
    })
    expect(screen.getByRole('dialog')).toBeTruthy()
    expect(screen.getByText('只有支部书记可以移出成员')).toBeTruthy()
    expect((screen.getByPlaceholderText(/移出原因/) as HTMLTextAreaElement).value).toBe(
      '组织关系转出',
    )

    mockedRemove.mockResolvedValueOnce(ok({ removed: true }))
    await act(async () => {
      fireEvent.click(screen.getByText('确认移出'))
    })
    expect(mockedRemove).toHaveBeenLastCalledWith({
      orgId: 'org-branch-1',
      memberId: 'o-member-2',
      reason: '组织关系转出',
    })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(names(container)).toEqual(['王建国', '成员1'])
  })
})

test('a link without an org says where to go', async () => {
  router.params = {}
  render(<MembersPage />)
  expect(screen.getByText('链接缺少组织信息，请从支部首页重新进入')).toBeTruthy()
  expect(mockedList).not.toHaveBeenCalled()
})

test('an admin, with 7 roles to offer (a sheet holds 6), picks 职务 or 身份 first, then the role', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'admin')], 'o-admin')))
  mockedList.mockResolvedValue(ok({ items: [member(1)], nextPage: null }))
  actionSheet
    .mockResolvedValueOnce({ tapIndex: 1, errMsg: 'showActionSheet:ok' })
    .mockResolvedValueOnce({ tapIndex: 2, errMsg: 'showActionSheet:ok' })
  mockedSetRole.mockResolvedValue(ok(member(1, { role: 'masses' })))
  const { container } = render(<MembersPage />)
  await screen.findByText('成员1')
  await act(async () => {
    fireEvent.click(await within(row(container, 'o-member-1')).findByText('职务'))
  })
  expect(actionSheet).toHaveBeenNthCalledWith(1, {
    itemList: ['调整职务（书记、副书记、支委、管理员）', '调整身份（党员、积极分子、群众）'],
  })
  expect(actionSheet).toHaveBeenNthCalledWith(2, { itemList: ['预备党员', '入党积极分子', '群众'] })
  expect(mockedSetRole).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    memberId: 'o-member-1',
    role: 'masses',
  })
})
