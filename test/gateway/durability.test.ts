import { DEMO_IDENTITY_KEYS } from '../../emulator/demo/identities'
import { gatewayClient, startGateway } from '../helpers/gateway'

jest.setTimeout(90_000)

async function waitUntil(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('the gateway killed with SIGKILL while it writes', () => {
  it('loses no acknowledged write and the store opens again', async () => {
    const gateway = await startGateway()
    const clients = await Promise.all(
      DEMO_IDENTITY_KEYS.map(async (key) => ({
        key,
        client: await gatewayClient(gateway.url, key),
      })),
    )
    const acknowledged = new Map<string, number>()
    let running = true
    const writers = clients.map(async ({ key, client }) => {
      for (let round = 1; running && round <= 5000; round++) {
        try {
          const { body } = await client.call('user', {
            action: 'updateProfile',
            nickname: `第${round}次写入`,
          })
          if (body.result?.ok) acknowledged.set(key, round)
        } catch {
          return // the connection died with the gateway
        }
      }
    })
    const total = () => [...acknowledged.values()].reduce((sum, round) => sum + round, 0)
    await waitUntil(() => total() >= 150, 60_000)
    await gateway.kill()
    running = false
    await Promise.all(writers)

    const again = await startGateway(gateway.dataDir)
    try {
      for (const { key } of clients) {
        const client = await gatewayClient(again.url, key)
        const { body } = await client.call('user', { action: 'getProfile' })
        const round = acknowledged.get(key) ?? 0
        // The last acknowledged write is there; the one in flight at the kill may be there too.
        expect([`第${round}次写入`, `第${round + 1}次写入`]).toContain(
          body.result.data.profile.nickname,
        )
      }
    } finally {
      await again.stop()
    }
    expect(total()).toBeGreaterThanOrEqual(150)
  })
})
