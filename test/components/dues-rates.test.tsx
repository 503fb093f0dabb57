import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import DuesRatesPage from '@/packages/dues/rates'
import { bandLabels, basisPointsOf } from '@/packages/dues/rates/rate-table'
import { getRates, setRates } from '@/services/dues'
import { DEFAULT_DUES_RATES, type RatesView } from '../../types/dues'
import { router } from '../stubs/taro'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/dues')

const view = (overrides: Partial<RatesView> = {}): RatesView => ({
  rates: DEFAULT_DUES_RATES,
  custom: false,
  canEdit: false,
  ...overrides,
})

const rows = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.dues-rate-row'), (row) => row.textContent)

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { orgId: 'org-branch-1' }
})

test('the 规定’s bands in its own words', () => {
  expect(bandLabels(DEFAULT_DUES_RATES.employed)).toEqual([
    '3000 元及以下',
    '3000–5000 元',
    '5000–10000 元',
    '10000 元以上',
  ])
  expect(bandLabels(DEFAULT_DUES_RATES.retired)).toEqual(['5000 元及以下', '5000 元以上'])
  expect(basisPointsOf('1.5')).toBe(150)
  for (const bad of ['', '-1', '10.5', '1.555', 'abc']) expect(basisPointsOf(bad)).toBeNull()
})

test('a member reads the table and is told who sets it; nothing to change', async () => {
  jest.mocked(getRates).mockResolvedValue(ok(view()))
  const { container } = render(<DuesRatesPage />)
  expect(await screen.findByText('按规定标准')).toBeTruthy()
  expect(rows(container)).toEqual([
    '3000 元及以下0.5%',
    '3000–5000 元1%',
    '5000–10000 元1.5%',
    '10000 元以上2%',
    '5000 元及以下0.5%',
    '5000 元以上1%',
  ])
  expect(screen.getByText('每月 0.20 元，或经支部研究免交')).toBeTruthy()
  expect(screen.getByText('党费标准由支部书记或副书记设定。')).toBeTruthy()
  expect(screen.queryByText('修改本支部标准')).toBeNull()
})

test('the 书记 changes a percentage and the fixed amount; a bad value is said and nothing is sent', async () => {
  jest.mocked(getRates).mockResolvedValue(ok(view({ canEdit: true })))
  jest.mocked(setRates).mockResolvedValue(ok(view({ canEdit: true, custom: true })))
  const { container } = render(<DuesRatesPage />)
  fireEvent.click(await screen.findByText('修改本支部标准'))
  const inputs = container.querySelectorAll<HTMLInputElement>('.dues-rate-input')
  expect(inputs).toHaveLength(7) // 4 employed bands, 2 retired, the fixed amount
  fireEvent.input(inputs[1], { target: { value: '12' } })
  await act(async () => {
    fireEvent.click(screen.getByText('保存'))
  })
  expect(screen.getByText('比例请填 0 到 10 之间的数，最多两位小数，如 1.5')).toBeTruthy()
  expect(setRates).not.toHaveBeenCalled()

  fireEvent.input(inputs[1], { target: { value: '1.2' } })
  fireEvent.input(inputs[6], { target: { value: '0.5' } })
  await act(async () => {
    fireEvent.click(screen.getByText('保存'))
  })
  expect(setRates).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    rates: {
      ...DEFAULT_DUES_RATES,
      employed: DEFAULT_DUES_RATES.employed.map((band, index) =>
        index === 1 ? { ...band, basisPoints: 120 } : band,
      ),
      fixedFen: 50,
    },
  })
  await waitFor(() => expect(container.querySelectorAll('.dues-rate-input')).toHaveLength(0))
})

test('a refused save keeps the form and what was typed', async () => {
  jest.mocked(getRates).mockResolvedValue(ok(view({ canEdit: true })))
  jest.mocked(setRates).mockResolvedValue(refused('FORBIDDEN', '只有支部书记或副书记可以修改'))
  const { container } = render(<DuesRatesPage />)
  fireEvent.click(await screen.findByText('修改本支部标准'))
  const fixed = container.querySelector('[data-testid="dues-rates-fixed-input"]') as HTMLElement
  fireEvent.input(fixed, { target: { value: '0.8' } })
  await act(async () => {
    fireEvent.click(screen.getByText('保存'))
  })
  expect(screen.getByText('只有支部书记或副书记可以修改')).toBeTruthy()
  expect(
    (container.querySelector('[data-testid="dues-rates-fixed-input"]') as HTMLInputElement).value,
  ).toBe('0.8')
})

test('恢复规定标准 asks first, then goes back to the 规定’s table', async () => {
  jest.mocked(getRates).mockResolvedValue(ok(view({ canEdit: true, custom: true })))
  jest.mocked(setRates).mockResolvedValue(ok(view({ canEdit: true })))
  render(<DuesRatesPage />)
  expect(await screen.findByText('本支部的党费标准')).toBeTruthy()
  jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'ok' })
  await act(async () => {
    fireEvent.click(screen.getByText('恢复规定标准'))
  })
  expect(setRates).not.toHaveBeenCalled()
  jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'ok' })
  await act(async () => {
    fireEvent.click(screen.getByText('恢复规定标准'))
  })
  expect(setRates).toHaveBeenCalledWith({ orgId: 'org-branch-1', rates: null })
})
