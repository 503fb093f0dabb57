import { CREATOR_ONLY, clientDatabase, type SecurityRule } from '../../emulator/client-database'
import { COLLECTION_NAMES } from '../../deploy/manifest'
import { cloud } from '../../emulator/local-cloud'
import { call, seedDemo, storeContents } from '../helpers/cloud'

/**
 * A tampered client can call `wx.cloud.database()` itself. With the console's 仅创建者可读写 preset it
 * may add records it creates — e.g. an admin membership for itself at the root — and the functions
 * would then trust it. The manifest locks every collection (`{ read: false, write: false }`).
 */
beforeAll(() => seedDemo())

const ATTACKER = 'o_attacker'
const forgedAdmin = {
  _id: `org-committee_${ATTACKER}`,
  orgId: 'org-committee',
  openid: ATTACKER,
  role: 'admin',
  status: 'active',
}
const createBranch = () =>
  call({ openid: ATTACKER }, 'org', {
    action: 'createOrg',
    parentId: 'org-committee',
    name: '攻击者的支部',
    kind: 'branch',
  })

describe('a client that makes itself admin through the database', () => {
  it('can write the row where collections keep the console’s creator-only preset (why the lock matters)', async () => {
    const preset = new Map<string, SecurityRule>(
      COLLECTION_NAMES.map((name) => [name, CREATOR_ONLY]),
    )
    const client = clientDatabase(ATTACKER, preset)
    await client.collection('memberships').add({ data: forgedAdmin })
    expect(storeContents().memberships).toContainEqual(
      expect.objectContaining({ _id: forgedAdmin._id, role: 'admin', _openid: ATTACKER }),
    )
    // …but a client-written row grants nothing: the functions trust only rows they wrote themselves.
    expect(await createBranch()).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await client.collection('memberships').doc(forgedAdmin._id).remove()
  })

  it('grants nothing from a membership whose id is not orgId_openid, even with admin fields', async () => {
    // A row like the one a client's add() would leave with an automatic id (written here server-side,
    // so it carries no _openid: only the id is wrong).
    const db = cloud.database()
    await db.collection('memberships').add({ data: { ...forgedAdmin, _id: 'auto-id-8f3a2c' } })
    expect(await createBranch()).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await db.collection('memberships').doc('auto-id-8f3a2c').remove()
  })

  it('is refused under the manifest’s rules, writes nothing, and gets no admin power', async () => {
    const before = storeContents()
    const client = clientDatabase(ATTACKER)
    await expect(client.collection('memberships').add({ data: forgedAdmin })).rejects.toMatchObject(
      {
        errCode: -502003,
      },
    )
    await expect(client.collection('memberships').get({ _openid: ATTACKER })).rejects.toMatchObject(
      {
        errCode: -502003,
      },
    )
    expect(storeContents().memberships).toEqual(before.memberships)
    expect(await createBranch()).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it.each(COLLECTION_NAMES.map((name) => [name]))(
    'every collection (%s) refuses a client’s read and write',
    async (name) => {
      const client = clientDatabase('o_demo_member')
      await expect(client.collection(name).add({ data: { x: 1 } })).rejects.toMatchObject({
        errCode: -502003,
      })
      await expect(client.collection(name).get({})).rejects.toMatchObject({ errCode: -502003 })
    },
  )
})
