import { z } from 'zod'
import { defineAction } from '../../cloudfunctions/_shared/action'
import { createRouter } from '../../cloudfunctions/_shared/router'
import { runInScope } from '../../emulator/context'
import { ANY_ROLE } from '../../types/roles'
import { seedDemo } from '../helpers/cloud'

const scope = (openid: string) => ({
  openid,
  appid: 'wx-test',
  unionid: '',
  source: 'wx_client',
  functionName: 'test',
  clientIp: '127.0.0.1',
  roundTrips: 0,
})

const main = createRouter('test', {
  explode: defineAction({
    schema: z.object({}).strict(),
    policy: { kind: 'signedIn' },
    async run() {
      throw new Error('secret detail at /srv/app.js:12')
    },
  }),
  whoAmI: defineAction({
    schema: z.object({ note: z.string().max(5, '备注最多 5 个字') }).strict(),
    policy: { kind: 'signedIn' },
    async run(input, { caller }) {
      return { openid: caller.openid, note: input.note }
    },
  }),
  explodeInBranch: defineAction({
    schema: z.object({}).strict(),
    policy: { kind: 'org', roles: ANY_ROLE, orgOf: () => 'org-branch-1' },
    async run() {
      throw new Error('store down')
    },
  }),
  tick: defineAction({
    schema: z.object({}).strict(),
    policy: { kind: 'timer' },
    async run() {
      return 'ticked'
    },
  }),
})

describe('router', () => {
  beforeAll(() => seedDemo())

  it('turns an unexpected throw into INTERNAL without leaking the stack or the message', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const reply = await runInScope(scope('o_a'), () => main({ action: 'explode' }))
    spy.mockRestore()
    expect(reply).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(JSON.stringify(reply)).not.toMatch(/secret|app\.js|at /)
  })

  it('tells a member who fails to ask the 书记, and the 书记 to ask the org above, not herself', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const asMember = await runInScope(scope('o_demo_member'), () =>
      main({ action: 'explodeInBranch' }),
    )
    const asSecretary = await runInScope(scope('o_demo_secretary'), () =>
      main({ action: 'explodeInBranch' }),
    )
    spy.mockRestore()
    expect(asMember).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(asMember.ok ? '' : asMember.message).toContain('联系支部书记')
    expect(asSecretary).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(asSecretary.ok ? '' : asSecretary.message).not.toContain('支部书记')
    expect(asSecretary.ok ? '' : asSecretary.message).toContain('上级党组织')
  })

  it('passes validated input and the platform identity to the action', async () => {
    const reply = await runInScope(scope('o_a'), () =>
      main({ action: 'whoAmI', note: 'hi', openid: 'o_forged', userInfo: { openId: 'o_forged' } }),
    )
    expect(reply).toEqual({ ok: true, data: { openid: 'o_a', note: 'hi' } })
  })

  it('shows the schema’s Chinese message for invalid input', async () => {
    const reply = await runInScope(scope('o_a'), () =>
      main({ action: 'whoAmI', note: '太长了太长了' }),
    )
    expect(reply).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '备注最多 5 个字' })
  })

  it('refuses timer-only actions from the app', async () => {
    const reply = await runInScope(scope('o_a'), () => main({ action: 'tick' }))
    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const fromTimer = await runInScope({ ...scope(''), source: 'wx_trigger' }, () =>
      main({ action: 'tick' }),
    )
    expect(fromTimer).toEqual({ ok: true, data: 'ticked' })
  })

  it.each([null, 'login', 42, ['login']])(
    'answers UNKNOWN_ACTION for the event %p',
    async (event) => {
      const reply = await runInScope(scope('o_a'), () => main(event))
      expect(reply).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' })
    },
  )
})
