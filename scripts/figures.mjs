// `npm run figures`: runs the bench (`npm run bench`) and the package size check (scripts/size.mjs) and
// writes what they print to docs/FIGURES.md, with the date, commit and machine it was made on. Builds
// the weapp first when dist<suffix>/ is missing or older than the sources, so sizes are never stale.
// Writes the page even when a figure is over budget (that is worth reading), then exits 1.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const suffix = process.env.ZHIBU_BUILD_SUFFIX ?? ''
const distName = `dist${suffix}`
const dist = path.join(root, distName)
const appJson = path.join(dist, 'app.json')
const output = path.join(root, 'docs', 'FIGURES.md')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

/** Runs a command in the project, its stderr shown as it comes; returns its stdout and status. */
function run(title, command, args, { capture = true } = {}) {
  console.log(`▶ ${title}`)
  const result = spawnSync(command, args, {
    cwd: root,
    env: process.env,
    encoding: 'utf8',
    stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.error) throw result.error
  if (capture) process.stdout.write(result.stdout)
  return { stdout: result.stdout ?? '', status: result.status ?? 1 }
}

/** The newest modification time under the paths that decide what the weapp build contains. */
function newestSource() {
  const inputs = [
    'src',
    'types',
    'config',
    'babel.config.js',
    'project.config.json',
    'package.json',
  ]
  let newest = 0
  const visit = (file) => {
    if (!fs.existsSync(file)) return
    const stat = fs.statSync(file)
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file)) visit(path.join(file, entry))
    } else {
      newest = Math.max(newest, stat.mtimeMs)
    }
  }
  for (const input of inputs) visit(path.join(root, input))
  return newest
}

function ensureWeappBuild() {
  let reason = ''
  if (!fs.existsSync(appJson)) reason = `${distName}/app.json is missing`
  else if (fs.statSync(appJson).mtimeMs < newestSource()) reason = `${distName}/ is older than src/`
  if (!reason) return
  console.log(`${reason}: building the weapp first`)
  const { status } = run(
    `taro build --type weapp (${distName}/)`,
    bin('taro'),
    ['build', '--type', 'weapp'],
    {
      capture: false,
    },
  )
  if (status !== 0 || !fs.existsSync(appJson)) {
    console.error('figures: the weapp build failed; no figures written.')
    process.exit(2)
  }
}

// name, round trips, budget, median ms, then (since the bench watches queries) docs copied, copy ms,
// documents examined and returned, then its flags.
const SCREEN_ROW =
  /^(.*?)\s+(\d+)\s+(\d+)\s+([\d.]+)(?:\s+[\d.]+\s+[\d.]+\s+(\d+)\s+(\d+))?(\s+OVER BUDGET)?(\s+\d+ QUERIES WITHOUT AN INDEX)?\s*$/

/** The bench's screen table (header + rows up to the first blank line) and whatever follows it. */
function parseBench(stdout) {
  const lines = stdout.replace(/\r/g, '').split('\n')
  const header = lines.findIndex(
    (line) => line.startsWith('screen') && line.includes('round trips'),
  )
  if (header < 0) return { runs: '', rows: [], rest: stdout.trim() }
  const runs = /median ms \(([^)]*)\)/.exec(lines[header])?.[1] ?? ''
  const rows = []
  let index = header + 1
  for (; index < lines.length && lines[index].trim(); index++) {
    const match = SCREEN_ROW.exec(lines[index])
    if (!match) break
    const [, screen, roundTrips, budget, ms, examined = '', returned = '', over, unserved] = match
    rows.push({
      screen: screen.trim(),
      roundTrips,
      budget,
      ms,
      examined,
      returned,
      over: Boolean(over || unserved),
    })
  }
  return { runs, rows, rest: lines.slice(index).join('\n').trim() }
}

const SIZE_ROW = /^(\S+)\s+([\d.]+) KB(?:\s+\(budget (\d+) KB\))?(\s+OVER BUDGET)?\s*$/

function parseSize(stdout) {
  return stdout
    .split('\n')
    .map((line) => SIZE_ROW.exec(line.trim()))
    .filter(Boolean)
    .map(([, name, kb, budget, over]) => ({ name, kb, budget: budget ?? '', over: Boolean(over) }))
}

function git(args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : ''
}

const cell = (text) => String(text).replace(/\|/g, '\\|')

ensureWeappBuild()
const bench = run('npm run bench', 'npm', ['run', '--silent', 'bench'])
const size = run(`node scripts/size.mjs (${distName}/)`, process.execPath, ['scripts/size.mjs'])

const { runs, rows, rest } = parseBench(bench.stdout)
const packages = parseSize(size.stdout)
if (!rows.length || !packages.length) {
  console.error('figures: could not read the bench or size tables; docs/FIGURES.md left as it was.')
  process.exit(2)
}

const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown'
const subject = git(['log', '-1', '--format=%s']).slice(0, 72)
const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== ''
const made = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'medium',
  timeStyle: 'short',
  hourCycle: 'h23',
}).format(new Date())
const builtAt = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'medium',
  timeStyle: 'short',
  hourCycle: 'h23',
}).format(fs.statSync(appJson).mtime)
const cpus = os.cpus()
const overBudget = [
  ...rows.filter((row) => row.over).map((row) => row.screen),
  ...packages.filter((pkg) => pkg.over).map((pkg) => pkg.name),
]

const md = [
  '# Figures',
  '',
  '<!-- Generated by `npm run figures` (scripts/figures.mjs). Do not edit by hand: run it again. -->',
  '',
  `- Made ${made} (Asia/Shanghai) from commit \`${commit}\` (${cell(subject)})` +
    (dirty ? ', **with uncommitted changes in the working tree**' : ''),
  `- Machine: ${cpus[0]?.model?.trim() ?? 'unknown CPU'} × ${cpus.length}, Node ${process.version}, ${os.platform()} ${os.arch()}`,
  `- Weapp build measured: \`${distName}/\`, built ${builtAt}`,
  overBudget.length
    ? `- **Over budget: ${overBudget.join(', ')}**`
    : '- Every screen and package is within its budget.',
  '',
  '## Screens: database round trips and time per load',
  '',
  '`npm run bench`: each screen’s cloud-function calls, run through the real functions on the emulator',
  '(in memory) with the demo data. Round trips are counted by the emulator (the most any run needed);',
  `the time is the median of ${runs || 'the runs'} on this machine, without network.`,
  '',
  'Examined / returned: the documents an index would make the server look at, and those it returns.',
  '',
  '| Screen | Round trips | Budget | Median ms | Examined | Returned |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (row) =>
      `| ${cell(row.screen)} | ${row.roundTrips}${row.over ? ' **over**' : ''} | ${row.budget} | ${row.ms} | ${row.examined} | ${row.returned} |`,
  ),
  '',
  ...(rest
    ? [
        '## More from the bench (large data set)',
        '',
        'As the bench printed it:',
        '',
        '```text',
        rest,
        '```',
        '',
      ]
    : []),
  '## Package size',
  '',
  `\`node scripts/size.mjs\`: KB of every file under \`${distName}/\`, by owner (main package or subpackage).`,
  '',
  '| Package | Size KB | Budget KB |',
  '| --- | ---: | ---: |',
  ...packages.map(
    (pkg) => `| ${cell(pkg.name)} | ${pkg.kb}${pkg.over ? ' **over**' : ''} | ${pkg.budget} |`,
  ),
  '',
].join('\n')

fs.mkdirSync(path.dirname(output), { recursive: true })
fs.writeFileSync(output, md)
console.log(`\nwrote ${path.relative(root, output)}`)
if (bench.status !== 0 || size.status !== 0) {
  console.error(
    `figures: ${overBudget.length ? `over budget: ${overBudget.join(', ')}` : 'bench or size failed'}`,
  )
  process.exit(1)
}
