import { callFunctionAs } from '../../emulator/local-cloud'
import type { Reply } from '../../types/errors'
import { call, storeContents } from '../../test/helpers/cloud'
import { ROOT_ORG_ID } from './src/bootstrap'

/**
 * The first admin: `npm run deploy -- --bootstrap` invokes `setup` through the management API, which
 * carries no OPENID and no `wx_…` SOURCE. This file's store starts empty (no demo seed).
 */
const FIRST_ADMIN = 'o_first_admin_0001'
const bootstrap = { action: 'bootstrapRoot', name: '城关街道党工委', kind: 'committee' }

async function asOperator(event: Record<string, unknown>) {
  const { result } = await callFunctionAs('setup', event, { openid: '', source: '' })
  return result as Reply<{ orgId: string; adminMembershipId: string }>
}

describe('first admin bootstrap', () => {
  it('refuses the mini-program, whoever calls, and writes nothing', async () => {
    const before = storeContents()
    const attempts = [
      { openid: 'o_attacker', source: 'wx_client' },
      { openid: '', source: 'wx_client' }, // 未登录 / 单页模式
      { openid: 'o_attacker', source: 'wx_devtools' },
      { openid: '', source: 'wx_http' },
      { openid: '', source: 'wx_client,scf' }, // a client call forwarded by another function
      { openid: 'o_attacker', source: '' },
    ]
    for (const invoker of attempts) {
      const { result } = await callFunctionAs(
        'setup',
        { ...bootstrap, adminOpenid: 'o_attacker' },
        invoker,
      )
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(storeContents()).toEqual(before)
  })

  it('rejects a bad openid or an unknown field before touching the store', async () => {
    const before = storeContents()
    expect(await asOperator({ ...bootstrap, adminOpenid: '{"$ne":1}' })).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
    })
    expect(
      await asOperator({ ...bootstrap, adminOpenid: FIRST_ADMIN, role: 'admin' }),
    ).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    expect(storeContents()).toEqual(before)
  })

  it('on an empty environment creates the root org, whose first admin can then set up branches', async () => {
    const reply = await asOperator({ ...bootstrap, adminOpenid: FIRST_ADMIN })
    expect(reply).toEqual({
      ok: true,
      data: { orgId: ROOT_ORG_ID, adminMembershipId: `${ROOT_ORG_ID}_${FIRST_ADMIN}` },
    })
    const store = storeContents()
    expect(store.orgs).toEqual([
      expect.objectContaining({ _id: ROOT_ORG_ID, name: '城关街道党工委', ancestors: [] }),
    ])
    expect(store.memberships).toEqual([
      expect.objectContaining({ orgId: ROOT_ORG_ID, openid: FIRST_ADMIN, role: 'admin' }),
    ])
    expect(store.audit).toEqual([expect.objectContaining({ action: 'setup.bootstrapRoot' })])

    const branch = await call({ openid: FIRST_ADMIN }, 'org', {
      action: 'createOrg',
      parentId: ROOT_ORG_ID,
      name: '第一党支部',
      kind: 'general_branch',
    })
    expect(branch).toMatchObject({ ok: true })
  })

  it('refuses once any org exists, and writes nothing', async () => {
    const before = storeContents()
    const again = await asOperator({ ...bootstrap, adminOpenid: 'o_second_admin_01' })
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(storeContents()).toEqual(before)
  })
})
