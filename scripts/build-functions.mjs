// Bundles each cloud function's src/index.ts (with _shared/, types/ and zod) into its own deployable
// index.js. wx-server-sdk stays external: WeChat installs it from the function's package.json.
import { build } from 'esbuild'
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'cloudfunctions')
const names = readdirSync(root).filter(
  (name) => !name.startsWith('_') && existsSync(join(root, name, 'src', 'index.ts')),
)

const started = Date.now()
await Promise.all(
  names.map((name) =>
    build({
      entryPoints: [join(root, name, 'src', 'index.ts')],
      outfile: join(root, name, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      minify: false,
      legalComments: 'none',
      logLevel: 'warning',
    }),
  ),
)
console.log(
  `built ${names.length} cloud functions (${names.join(', ')}) in ${Date.now() - started} ms`,
)
