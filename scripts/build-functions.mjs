// Bundles each cloud function's src/index.ts (with _shared/, types/ and zod) into its own deployable
// index.js. wx-server-sdk stays external: WeChat installs it from the function's package.json.
// `npm run deploy` calls buildFunctions() with the release constants and its own output folder.
import { build } from 'esbuild'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const { templateIdsFromEnv, missingTemplatesWarning } = require('../config/subscribe-templates.js')
const { FUNCTIONS_RUNTIME, ESBUILD_TARGET } = require('../config/functions-runtime.js')

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'cloudfunctions')

export function functionNames() {
  return readdirSync(root).filter(
    (name) => !name.startsWith('_') && existsSync(join(root, name, 'src', 'index.ts')),
  )
}

/** Bakes template ids into the bundles (`{}` in source means "read ZHIBU_TEMPLATE_* at run time"). */
export function templateIdsDefine(ids) {
  return Object.keys(ids).length > 0
    ? { 'process.env.ZHIBU_TEMPLATE_IDS': JSON.stringify(JSON.stringify(ids)) }
    : {}
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
        // Must agree with the runtime the functions are created with (config/functions-runtime.js).
        target: ESBUILD_TARGET,
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
  // Template ids configured at build time are baked in; without them the functions read the
  // ZHIBU_TEMPLATE_* environment variables at run time (the deploy configuration may set them there).
  const templates = templateIdsFromEnv(process.env)
  const started = Date.now()
  const names = await buildFunctions({ define: templateIdsDefine(templates.ids) })
  console.log(
    `built ${names.length} cloud functions (${names.join(', ')}) for ${FUNCTIONS_RUNTIME} in ${
      Date.now() - started
    } ms`,
  )
  const warning = missingTemplatesWarning(
    templates.missing,
    'This functions build (unless the deployment sets them as environment variables)',
  )
  if (warning) console.warn(warning)
}
