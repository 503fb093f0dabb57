import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_APPID } from '../../emulator/functions'
import { issueCloudId, localOpengid } from '../../emulator/open-data'
import { groupEnterOpenData } from '../../emulator/platform/open-data'
import { cloud } from '../../emulator/local-cloud'
import { call, callOk, seedDemo } from '../helpers/cloud'

beforeAll(() => seedDemo())

const root = join(__dirname, '..', '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || name === 'index.js') return []
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

describe('opening the app from a WeChat group card', () => {
  it('lands a member on the bound branch from exactly the open data the platform documents', async () => {
    // 第二党支部's group is bound in the demo data; the cloudID carries { opengid, …, watermark }.
    const data = groupEnterOpenData(localOpengid('demo-group-2'), DEMO_APPID)
    expect(Object.keys(data).sort()).toEqual(
      ['chat_type', 'group_openid', 'open_single_roomid', 'opengid', 'watermark'].sort(),
    )
    const entry = await callOk<{ bound: boolean; org?: { id: string } }>('member', 'org', {
      action: 'openFromGroup',
      groupCloudId: issueCloudId('o_demo_member', data),
    })
    expect(entry).toMatchObject({ bound: true, org: { id: 'org-branch-2' } })
  })

  it('an expired card says so, but a failure of the platform call is not passed off as one', async () => {
    const expired = await call('member', 'org', {
      action: 'openFromGroup',
      groupCloudId: 'cloudid-that-was-never-issued',
    })
    expect(expired).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    const data = groupEnterOpenData(localOpengid('demo-group-2'), DEMO_APPID)
    const spy = jest
      .spyOn(cloud as unknown as { getOpenData: () => Promise<unknown> }, 'getOpenData')
      .mockRejectedValueOnce(new Error('connect ECONNRESET'))
    try {
      const failed = await call('member', 'org', {
        action: 'openFromGroup',
        groupCloudId: issueCloudId('o_demo_member', data),
      })
      expect(failed).toMatchObject({ ok: false, code: 'INTERNAL' })
    } finally {
      spy.mockRestore()
    }
  })

  it('no code reads the old getShareInfo key openGId (the platform sends lower-case opengid)', () => {
    const readers = [join(root, 'cloudfunctions'), join(root, 'src')]
      .flatMap(sourceFiles)
      .filter((file) => /openGId/.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(root.length + 1))
    expect(readers).toEqual([])
  })
})
