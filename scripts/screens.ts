// `npm run screens`: every H5 page × every demo identity × normal and 长辈模式, at 390×844. Saves a
// screenshot of each into .screens/ (not committed), runs axe-core on it (serious and critical
// findings) and, at 长辈模式, looks for what does not fit the width. Prints one table; exits 1 when
// anything was found. Needs the built functions and dist-h5 (ZHIBU_BUILD_SUFFIX picks dist-h5-<x>):
//   npm run build:functions && npx taro build --type h5 && npm run screens
// `npm run screens -- member` checks one identity; `-- member pages/me/index` one page too.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_IDENTITIES, DEMO_IDENTITY_KEYS } from '../emulator/demo/identities'
import {
  h5Pages,
  openSettled,
  overflowFindings,
  seriousFindings,
  setElderModeIn,
  type Finding,
} from '../test/helpers/a11y'
import { launchChromium, loginAs, openPhonePage } from '../test/helpers/browser'
import { startGateway } from '../test/helpers/gateway'

const OUT = join(__dirname, '..', '.screens')

interface Row {
  page: string
  identity: string
  elder: boolean
  findings: Finding[]
  overflow: string[]
}

function count(findings: Finding[], impact: string): number {
  return findings.filter((f) => f.impact === impact).reduce((sum, f) => sum + f.targets.length, 0)
}

async function main() {
  const [onlyIdentity, onlyPage] = process.argv.slice(2)
  const started = Date.now()
  mkdirSync(OUT, { recursive: true })
  const [gateway, browser] = await Promise.all([startGateway(), launchChromium()])
  const rows: Row[] = []
  try {
    const pages = (await h5Pages(gateway.url)).filter((page) => !onlyPage || page.path === onlyPage)
    const keys = DEMO_IDENTITY_KEYS.filter((key) => !onlyIdentity || key === onlyIdentity)
    for (const key of keys) {
      const identity = DEMO_IDENTITIES.find((candidate) => candidate.key === key)!
      for (const elder of [false, true]) {
        const login = await openPhonePage(browser)
        const context = login.context()
        await setElderModeIn(context, identity.openid, elder)
        await loginAs(login, gateway.url, key)
        await login.close()
        for (const { path, route } of pages) {
          const page = await openSettled(context, gateway.url, route, { viaMe: elder })
          const file = `${path.replace(/\/index$/, '').replace(/\//g, '_')}.${identity.key}${elder ? '.elder' : ''}.png`
          await page.screenshot({ path: join(OUT, file) })
          const findings = await seriousFindings(page)
          const overflow = elder ? await overflowFindings(page) : []
          rows.push({ page: path, identity: identity.key, elder, findings, overflow })
          process.stderr.write('.')
          await page.close()
        }
        await context.close()
      }
    }
  } finally {
    await Promise.all([browser.close(), gateway.stop()])
  }
  process.stderr.write('\n')

  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(i === 0 ? 36 : 10)).join(' ')
  console.log(line(['page', 'identity', 'mode', 'serious', 'critical', 'overflow']))
  for (const row of rows) {
    console.log(
      line([
        row.page,
        row.identity,
        row.elder ? '长辈' : 'normal',
        String(count(row.findings, 'serious')),
        String(count(row.findings, 'critical')),
        row.elder ? String(row.overflow.length) : '-',
      ]),
    )
  }
  const offenders = rows.filter((row) => row.findings.length > 0 || row.overflow.length > 0)
  if (offenders.length > 0) console.log('\nfindings:')
  for (const row of offenders) {
    console.log(`${row.page} · ${row.identity} · ${row.elder ? '长辈模式' : 'normal'}`)
    for (const f of row.findings)
      console.log(`  ${f.impact} ${f.rule} (${f.help}): ${f.targets.slice(0, 40).join(' | ')}`)
    for (const o of row.overflow.slice(0, 8)) console.log(`  overflow: ${o}`)
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  console.log(
    `\n${rows.length} screens in ${seconds} s, screenshots in .screens/; ${offenders.length} with findings`,
  )
  process.exitCode = offenders.length > 0 ? 1 : 0
}

void main()
