import { CREATOR_ONLY, clientDatabase, type SecurityRule } from '../../emulator/client-database'
import { COLLECTION_NAMES } from '../../deploy/manifest'
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
  it('succeeds where collections keep the console’s creator-only preset (why the lock matters)', async () => {
    const preset = new Map<string, SecurityRule>(
      COLLECTION_NAMES.map((name) => [name, CREATOR_ONLY]),
    )
    const client = clientDatabase(ATTACKER, preset)
    await client.collection('memberships').add({ data: forgedAdmin })
    expect(await createBranch()).toMatchObject({ ok: true })
    // Undo, so the next case starts from the demo data again.
    await client.collection('memberships').doc(forgedAdmin._id).remove()
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
