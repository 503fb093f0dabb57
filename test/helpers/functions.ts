import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '../../cloudfunctions')

/** Every deployable function folder (not _shared). */
export function functionNames(): string[] {
  return readdirSync(ROOT)
    .filter((name) => !name.startsWith('_') && existsSync(join(ROOT, name, 'src', 'index.ts')))
    .sort()
}

/** `fn.action` for every action of every function, read from the routers themselves. */
export function allActions(): { fn: string; action: string }[] {
  return functionNames().flatMap((fn) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- load the real router
    const { main } = require(join(ROOT, fn, 'src', 'index.ts')) as {
      main: { actionNames: string[] }
    }
    return main.actionNames.map((action) => ({ fn, action }))
  })
}
