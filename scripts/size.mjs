// Prints the weapp main package and each subpackage size (KB of file contents under dist/) and
// fails when one is over budget (docs/ARCHITECTURE.md §9). Run `npm run build:weapp` first.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const MAIN_BUDGET_KB = 500
const SUBPACKAGE_BUDGET_KB = 2048
/** Charts live only in the stats subpackage, and even there they stay small (docs/ARCHITECTURE.md §9). */
const SUBPACKAGE_BUDGETS_KB = { 'packages/stats': 600 }
const dist = fileURLToPath(
  new URL(`../dist${process.env.ZHIBU_BUILD_SUFFIX ?? ''}`, import.meta.url),
)
const appJsonPath = path.join(dist, 'app.json')

if (!fs.existsSync(appJsonPath)) {
  console.error(`size: ${appJsonPath} not found — run \`npm run build:weapp\` first.`)
  process.exit(2)
}

const appJson = JSON.parse(fs.readFileSync(appJsonPath, 'utf8'))
const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((sub) =>
  sub.root.replace(/\/+$/, ''),
)

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

// Every file counts (licence banners too): over-counting is the safe side of a budget.
const bytes = { main: 0, ...Object.fromEntries(roots.map((root) => [root, 0])) }
for (const file of filesUnder(dist)) {
  const rel = path.relative(dist, file).split(path.sep).join('/')
  const owner = roots.find((root) => rel === root || rel.startsWith(`${root}/`)) ?? 'main'
  bytes[owner] += fs.statSync(file).size
}

const kb = (n) => Math.round((n / 1024) * 10) / 10
let over = false
const rows = [
  ['main', bytes.main, MAIN_BUDGET_KB],
  ...roots.map((r) => [r, bytes[r], SUBPACKAGE_BUDGETS_KB[r] ?? SUBPACKAGE_BUDGET_KB]),
]
for (const [name, size, budget] of rows) {
  const tooBig = kb(size) > budget
  over ||= tooBig
  console.log(
    `${name.padEnd(24)} ${String(kb(size)).padStart(8)} KB  (budget ${budget} KB)${tooBig ? '  OVER BUDGET' : ''}`,
  )
}
const total = Object.values(bytes).reduce((a, b) => a + b, 0)
console.log(`${'total'.padEnd(24)} ${String(kb(total)).padStart(8)} KB`)
process.exit(over ? 1 : 0)
