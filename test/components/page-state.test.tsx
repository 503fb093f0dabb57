import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { PageState } from '@/components/page-state'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { branch1, loginWith, membership, ok } from './org-fixtures'

jest.mock('@/services/user')

const mockedLogin = jest.mocked(login)

beforeEach(() => {
  forgetSession()
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'member')])))
})

test('loading shows a busy indicator with its text', () => {
  const { container } = render(<PageState kind="loading" />)
  expect(screen.getByText('加载中…')).toBeTruthy()
  expect(container.querySelector('[aria-busy]')).not.toBeNull()
})

test('empty shows the title, the description and an optional action', () => {
  render(
    <PageState
      kind="empty"
      title="支部首页即将上线"
      description="这里将显示近期会议"
      action={<button type="button">去看看</button>}
    />,
  )
  expect(screen.getByText('支部首页即将上线')).toBeTruthy()
  expect(screen.getByText('这里将显示近期会议')).toBeTruthy()
  expect(screen.getByRole('button', { name: '去看看' })).toBeTruthy()
})

test('error shows the message and 重试 calls back', () => {
  const onRetry = jest.fn()
  render(<PageState kind="error" message="网络不太好，请检查网络后重试" onRetry={onRetry} />)
  expect(screen.getByRole('alert').textContent).toContain('网络不太好，请检查网络后重试')
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(onRetry).toHaveBeenCalledTimes(1)
})

test('error without a retry handler offers no 重试 button', () => {
  render(<PageState kind="error" message="没有权限" />)
  expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
})

test('another branch’s link says 没有权限查看 and offers the way back, not a 重试 that cannot help', () => {
  const onRetry = jest.fn()
  render(<PageState kind="error" code="FORBIDDEN" message="你没有权限" onRetry={onRetry} />)
  expect(screen.getByText('没有权限查看')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
  // Opened straight from a card: no page behind it, so the way forward is the 支部 home.
  fireEvent.click(screen.getByRole('button', { name: '回到支部首页' }))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/branch/index' })
  expect(onRetry).not.toHaveBeenCalled()
})

test('a record that is gone offers 返回 to the page the person came from', () => {
  jest.mocked(Taro.getCurrentPages).mockReturnValue([{}, {}] as never)
  render(<PageState kind="error" code="NOT_FOUND" message="会议不存在" onRetry={jest.fn()} />)
  expect(screen.getByText('找不到这项内容')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '返回' }))
  expect(Taro.navigateBack).toHaveBeenCalled()
})

test('a failure that may pass still offers 重试', () => {
  const onRetry = jest.fn()
  render(<PageState kind="error" code="INTERNAL" message="服务暂时出了点问题" onRetry={onRetry} />)
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(onRetry).toHaveBeenCalledTimes(1)
})

test('someone in no branch refused a page is offered 申请加入, which opens the join page', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([])))
  render(<PageState kind="error" code="FORBIDDEN" message="你还不是这个支部的成员" />)
  fireEvent.click(await screen.findByRole('button', { name: '申请加入' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/org/join/index' })
  expect(screen.queryByRole('button', { name: '联系书记' })).toBeNull()
})

test('a member refused the review queue is offered 联系书记, naming the branch whose 书记 can help', async () => {
  render(<PageState kind="error" code="FORBIDDEN" message="只有支委可以审核" />)
  fireEvent.click(await screen.findByRole('button', { name: '联系书记' }))
  expect(Taro.showModal).toHaveBeenCalledWith(
    expect.objectContaining({ content: expect.stringContaining('「第一党支部」书记') }),
  )
  expect(screen.queryByRole('button', { name: '申请加入' })).toBeNull()
})

test('the 书记 refused a page is not told to 联系书记 — only the way back', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'secretary')])))
  render(<PageState kind="error" code="FORBIDDEN" message="只有上级管理员可以操作" />)
  // Once the login is known (it decides which ways to offer), still only the way back.
  await act(async () => {})
  expect(mockedLogin).toHaveBeenCalled()
  expect(screen.getByTestId('page-error-back')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '联系书记' })).toBeNull()
  expect(screen.queryByRole('button', { name: '申请加入' })).toBeNull()
})
