// Bundles each cloud function's src/index.ts (with _shared/, types/ and zod) into its own deployable
// index.js. wx-server-sdk stays external: WeChat installs it from the function's package.json.
// `npm run deploy` calls buildFunctions() with the release constants and its own output folder.
import { build } from 'esbuild'
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'cloudfunctions')

export function functionNames() {
  return readdirSync(root).filter(
    (name) => !name.startsWith('_') && existsSync(join(root, name, 'src', 'index.ts')),
  )
}

/** outDir(name) is where `index.js` goes (default: the function's own folder). */
export async function buildFunctions({ define = {}, outDir = (name) => join(root, name) } = {}) {
  const names = functionNames()
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [join(root, name, 'src', 'index.ts')],
        outfile: join(outDir(name), 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node16',
        format: 'cjs',
        external: ['wx-server-sdk'],
        define,
        minify: false,
        legalComments: 'none',
        logLevel: 'warning',
      }),
    ),
  )
  return names
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now()
  const names = await buildFunctions()
  console.log(
    `built ${names.length} cloud functions (${names.join(', ')}) in ${Date.now() - started} ms`,
  )
}
