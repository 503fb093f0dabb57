import { fireEvent, render, screen } from '@testing-library/react'
import { PageState } from '@/components/page-state'

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
