/**
 * @jest-environment jsdom
 */
import path from 'node:path'
import simulate from 'miniprogram-simulate'
import { qrDataUrl } from '../../src/components/signin-code-view/qr-data-url'

/**
 * The native sign-in code component (src/components/signin-code) rendered by miniprogram-simulate from
 * its wxml/wxss/js/json, as WeChat would: digits, the QR image the page drew, the count,
 * the page's hint (a meeting's and an activity's differ), a countdown that asks for the next code once,
 * and a tap that asks for a refresh.
 */
const COMPONENT = path.resolve(__dirname, '../../src/components/signin-code/index')
const QR = qrDataUrl('zhibu:signin:meeting:mtg-abc:482913')

/**
 * What the QR <image> shows. The simulator's built-in <image> keeps no `src`, so this reads the data the
 * template binds to it (`src="{{qrsrc}}"`), after checking the <image> is drawn.
 */
function qrShown(component: ReturnType<typeof simulate.render>): unknown {
  if (!component.querySelector('.signin-code__qr')) return undefined
  return (component.data as { qrsrc?: string }).qrsrc
}

let componentId = ''

function render(properties: Record<string, unknown>) {
  componentId ||= simulate.load(COMPONENT, 'signin-code')
  const id = componentId
  const component = simulate.render(id, properties)
  component.attach(document.createElement('parent-wrapper'))
  return component
}

test('shows the six digits, the QR image the page drew, the count and the page’s hint', async () => {
  const component = render({
    code: '482913',
    qrsrc: QR,
    rotates: new Date(Date.now() + 20_000).toISOString(),
    attended: 14,
    expected: 20,
    hint: '请报名的同志用“扫一扫”扫码，或在活动页面输入上方 6 位签到码',
  })
  await simulate.sleep(0)
  const digits = component
    .querySelectorAll('.signin-code__digit')
    .map((node) => node.dom?.textContent)
  expect(digits).toEqual(['4', '8', '2', '9', '1', '3'])
  expect(qrShown(component)).toBe(QR)
  expect(component.querySelector('.signin-code__count')?.dom?.textContent).toBe('已签到 14/20')
  expect(component.querySelector('.signin-code__countdown')?.dom?.textContent).toMatch(
    /^(19|20) 秒后更新$/,
  )
  expect(component.querySelector('.signin-code__hint')?.dom?.textContent).toBe(
    '请报名的同志用“扫一扫”扫码，或在活动页面输入上方 6 位签到码',
  )
  component.detach()
})

test('draws no hint line when the page gives none', async () => {
  const component = render({ code: '482913', qrsrc: QR })
  await simulate.sleep(0)
  expect(component.querySelector('.signin-code__hint')).toBeFalsy()
  component.detach()
})

test('redraws the QR when the code rotates', async () => {
  const next = qrDataUrl('zhibu:signin:meeting:m:222222')
  const component = render({ code: '111111', qrsrc: qrDataUrl('zhibu:signin:meeting:m:111111') })
  component.setData({ code: '222222', qrsrc: next })
  await simulate.sleep(0)
  expect(qrShown(component)).toBe(next)
  expect(component.querySelector('.signin-code__digit')?.dom?.textContent).toBe('2')
  component.detach()
})

test('asks once for the next code when the current one is due, and on a tap', async () => {
  const component = render({
    code: '482913',
    qrsrc: QR,
    rotates: new Date(Date.now() + 1_000).toISOString(),
  })
  const expired: unknown[] = []
  const refreshed: unknown[] = []
  // j-component's listener API, missing from miniprogram-simulate's typings.
  const events = component as unknown as {
    addEventListener(name: string, handler: (event: { detail: unknown }) => void): void
  }
  events.addEventListener('expire', (event: { detail: unknown }) => expired.push(event.detail))
  events.addEventListener('refresh', () => refreshed.push(true))
  await simulate.sleep(2_300)
  expect(expired).toHaveLength(1)
  component.querySelector('.signin-code__digits')?.dispatchEvent('tap')
  await simulate.sleep(0)
  expect(refreshed).toHaveLength(1)
  component.detach()
})
