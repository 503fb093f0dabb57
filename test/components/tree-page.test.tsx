import { act, fireEvent, render, screen, within } from '@testing-library/react'
import OrgTreePage from '@/packages/org/tree'
import { archiveOrg, createOrg, getTree, reorderOrg } from '@/services/org'
import type { OrgSummary } from '../../types/org'
import { router } from '../stubs/taro'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/org')

const mockedTree = jest.mocked(getTree)
const mockedCreate = jest.mocked(createOrg)
const mockedArchive = jest.mocked(archiveOrg)
const mockedReorder = jest.mocked(reorderOrg)

const org = (id: string, name: string, kind: OrgSummary['kind'], parentId: string) => ({
  id,
  name,
  kind,
  parentId,
})

// As getTree answers: parents before children, by depth then name — not in reading order.
const tree: OrgSummary[] = [
  org('org-general', '幸福社区党总支', 'general_branch', ''),
  org('org-branch-1', '第一党支部', 'branch', 'org-general'),
  org('org-branch-2', '第二党支部', 'branch', 'org-general'),
  org('org-group-1a', '第一党小组', 'group', 'org-branch-1'),
]

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { orgId: 'org-general' }
  mockedTree.mockResolvedValue(ok(tree))
})

function rows(container: HTMLElement) {
  return Array.from(
    container.querySelectorAll('[data-testid="tree-item"]'),
    (item) => item.textContent,
  )
}

test('shows the subtree in reading order with kind labels', async () => {
  const { container } = render(<OrgTreePage />)
  await screen.findByText('幸福社区党总支')
  expect(rows(container).map((text) => text?.replace(/新建下级|改名|上移|下移|归档/g, ''))).toEqual(
    ['幸福社区党总支党总支', '第一党支部党支部', '第一党小组党小组', '第二党支部党支部'],
  )
  // A 党小组 has nothing below it; the root cannot be archived from its own tree.
  const group = container.querySelector('[data-org="org-group-1a"]') as HTMLElement
  expect(within(group).queryByText('新建下级')).toBeNull()
  const root = container.querySelector('[data-org="org-general"]') as HTMLElement
  expect(within(root).queryByText('归档')).toBeNull()
})

test('creates a 党小组 under a branch and reloads the tree', async () => {
  mockedCreate.mockResolvedValue(ok(org('org-new', '第三党小组', 'group', 'org-branch-2')))
  const { container } = render(<OrgTreePage />)
  await screen.findByText('第二党支部')
  const branch2 = container.querySelector('[data-org="org-branch-2"]') as HTMLElement
  fireEvent.click(within(branch2).getByText('新建下级'))

  const dialog = screen.getByRole('dialog')
  expect(within(dialog).getByText('党小组')).toBeTruthy()
  fireEvent.change(within(dialog).getByPlaceholderText(/组织名称/), {
    target: { value: '第三党小组' },
  })
  mockedTree.mockResolvedValue(ok([...tree, org('org-new', '第三党小组', 'group', 'org-branch-2')]))
  await act(async () => {
    fireEvent.click(within(dialog).getByText('保存'))
  })
  expect(mockedCreate).toHaveBeenCalledWith({
    parentId: 'org-branch-2',
    name: '第三党小组',
    kind: 'group',
  })
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(await screen.findByText('第三党小组')).toBeTruthy()
})

test('a refused archive keeps the dialog open with the reason', async () => {
  mockedArchive.mockResolvedValue(refused('CONFLICT', '请先撤销或移走它的下级组织，再归档'))
  const { container } = render(<OrgTreePage />)
  await screen.findByText('第一党支部')
  const branch1 = container.querySelector('[data-org="org-branch-1"]') as HTMLElement
  fireEvent.click(within(branch1).getByText('归档'))
  await act(async () => {
    fireEvent.click(screen.getByText('确认归档'))
  })
  expect(mockedArchive).toHaveBeenCalledWith({ orgId: 'org-branch-1' })
  expect(screen.getByRole('dialog')).toBeTruthy()
  expect(screen.getByText('请先撤销或移走它的下级组织，再归档')).toBeTruthy()
})

test('an admin moves 第二党支部 up; the first sibling cannot move up, the last not down', async () => {
  const { container } = render(<OrgTreePage />)
  await screen.findByText('第二党支部')
  const button = (orgId: string, label: string) =>
    within(container.querySelector(`[data-org="${orgId}"]`) as HTMLElement)
      .getByText(label)
      .closest('button') as HTMLButtonElement
  expect(button('org-branch-1', '上移').disabled).toBe(true)
  expect(button('org-branch-2', '下移').disabled).toBe(true)
  expect(button('org-group-1a', '上移').disabled).toBe(true)

  const reordered = [tree[0], tree[2], tree[1], tree[3]]
  mockedReorder.mockResolvedValue(ok([tree[2], tree[1]]))
  mockedTree.mockResolvedValue(ok(reordered))
  await act(async () => {
    fireEvent.click(button('org-branch-2', '上移'))
  })
  expect(mockedReorder).toHaveBeenCalledWith({
    parentId: 'org-general',
    orgId: 'org-branch-2',
    direction: 'up',
  })
  await screen.findByText('第二党支部')
  expect(rows(container).map((text) => text?.replace(/新建下级|改名|上移|下移|归档/g, ''))).toEqual(
    ['幸福社区党总支党总支', '第二党支部党支部', '第一党支部党支部', '第一党小组党小组'],
  )
})
