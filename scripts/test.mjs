// `npm test`: typecheck, lint, build (functions, weapp, h5), the main-package size check, then every jest
// project — cloud functions on the emulator, React components, weapp rendering, the gateway and the
// real-Chromium e2e. Ends with the plain line `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const env = { ...process.env, TZ: 'UTC', FORCE_COLOR: process.env.CI ? '0' : '1' }
const failures = []

function step(title, command, args, options = {}) {
  const started = Date.now()
  console.log(`\n▶ ${title}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status === 0) {
    console.log(`✔ ${title} (${seconds} s)`)
    return true
  }
  console.log(`✘ ${title} failed (${seconds} s)`)
  failures.push(title)
  return false
}

step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])
step('lint', bin('eslint'), ['.', '--max-warnings=0'])
step('format', bin('prettier'), ['--check', '.', '--log-level=warn'])
step('build cloud functions', process.execPath, ['scripts/build-functions.mjs'])
if (step('build weapp', bin('taro'), ['build', '--type', 'weapp'])) {
  step('main package size', process.execPath, ['scripts/size.mjs'])
}
step('build h5', bin('taro'), ['build', '--type', 'h5'])

const reportDir = mkdtempSync(join(tmpdir(), 'zhibu-jest-'))
const report = join(reportDir, 'report.json')
step('jest', bin('jest'), ['--ci', '--json', `--outputFile=${report}`, ...process.argv.slice(2)])

let passed = 0
let failed = failures.filter((title) => title !== 'jest').length
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8'))
  passed += summary.numPassedTests
  failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites
}
rmSync(reportDir, { recursive: true, force: true })

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failures.length ? 1 : 0)
