import { createServer } from 'node:http'
import Module from 'node:module'
import { join, resolve } from 'node:path'
import { DEMO_IDENTITIES } from './demo/identities'
import { seedDemoData } from './demo/seed'
import { createGateway } from './gateway'
import { closeEmulator, configureEmulator, localDatabase } from './local-cloud'
import { passEveryImage } from './message-push'

/**
 * `npm start` runs this: the local cloud (built functions + patched SDK + durable store) behind the
 * gateway on 127.0.0.1. Environment: PORT (default 8787), ZHIBU_DATA_DIR (default .data).
 */
const root = resolve(__dirname, '..')
const port = Number(process.env.PORT ?? 8787)
const dataDir = resolve(process.env.ZHIBU_DATA_DIR ?? join(root, '.data'))
/** How long after a photo's upload the local "WeChat" pushes its (always pass) verdict. */
const IMAGE_VERDICT_DELAY_MS = 300

// Every function bundle's `require('wx-server-sdk')` resolves to the one patched instance.
const sdkPath = Module.createRequire(__filename).resolve('./sdk')
type Resolve = (request: string, ...rest: unknown[]) => string
const moduleWithResolver = Module as unknown as { _resolveFilename: Resolve }
const resolveFilename = moduleWithResolver._resolveFilename
moduleWithResolver._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'wx-server-sdk' ? sdkPath : request, ...rest)
}

async function start() {
  configureEmulator({
    dataDir,
    functions: { root: join(root, 'cloudfunctions'), entry: 'bundle' },
    publicUrl: `http://127.0.0.1:${port}`,
  })
  localDatabase()
  // Locally every image passes; its verdict is pushed a moment after the check, as WeChat would.
  passEveryImage(IMAGE_VERDICT_DELAY_MS)
  const seeded = await seedDemoData()
  const gateway = createGateway({
    staticDir: join(root, `dist-h5${process.env.ZHIBU_BUILD_SUFFIX ?? ''}`),
    storageDir: join(dataDir, 'storage'),
  })
  const server = createServer((request, response) => void gateway(request, response))
  server.listen(port, '127.0.0.1', () => {
    const address = server.address()
    const actualPort = typeof address === 'object' && address ? address.port : port
    // With PORT=0 the port is known only now; temp file URLs must point at it.
    configureEmulator({ publicUrl: `http://127.0.0.1:${actualPort}` })
    console.log(`Zhibu local cloud listening on http://127.0.0.1:${actualPort}`)
    console.log(`data: ${dataDir}${seeded ? ' (demo data seeded)' : ''}`)
    console.log('demo identities (pick one on the login screen):')
    for (const identity of DEMO_IDENTITIES) {
      console.log(`  ${identity.key.padEnd(10)} ${identity.label} ${identity.nickname}`)
    }
  })
  const stop = () => {
    server.close()
    void closeEmulator().finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

start().catch((error) => {
  console.error(error)
  process.exit(1)
})
