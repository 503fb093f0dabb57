// `npm run bench`: database round trips and time per screen load, run through the real functions on
// the emulator (in memory) with the demo data, then the dashboards on the large committee set. Prints
// one table and the large section; exits 1 if a screen is over budget.
import { copiesSoFar } from '../emulator/db/isolation'
import { call, seedDemo } from '../test/helpers/cloud'
import { SCREENS } from './bench/index'
import { queriesOf, summarise } from './bench/queries'
import { benchLargeCommittee } from './bench/large'

const RUNS = 20
const DEFAULT_BUDGET = 3

/** Chinese characters take two columns in a terminal. */
function pad(text: string, width: number): string {
  const columns = [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  return text + ' '.repeat(Math.max(0, width - columns))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function measure() {
  await seedDemo()
  const rows: {
    screen: string
    roundTrips: number
    budget: number
    ms: number
    copied: number
    copyMs: number
    examined: number
    returned: number
    unserved: number
  }[] = []
  for (const screen of SCREENS) {
    const times: number[] = []
    let roundTrips = 0
    const copiesBefore = copiesSoFar()
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint()
      let trips = 0
      for (const { fn, event } of screen.calls) {
        const reply = await call(screen.who, fn, event)
        if (!reply.ok) throw new Error(`${screen.name}: ${reply.code} ${reply.message}`)
        trips += reply.roundTrips
      }
      times.push(Number(process.hrtime.bigint() - started) / 1e6)
      roundTrips = Math.max(roundTrips, trips)
    }
    // Once more, watched: the documents an index would make the server examine vs. those returned.
    const watched = summarise(await queriesOf(screen))
    rows.push({
      screen: screen.name,
      examined: watched.examined,
      returned: watched.returned,
      unserved: watched.unserved.length,
      roundTrips,
      budget: screen.budget ?? DEFAULT_BUDGET,
      ms: median(times),
      // Per load: documents the store copied so that no stage could write into a stored one.
      copied: (copiesSoFar().documents - copiesBefore.documents) / RUNS,
      copyMs: (copiesSoFar().ms - copiesBefore.ms) / RUNS,
    })
  }
  return rows
}

measure().then(
  async (rows) => {
    const width = 40
    console.log(
      `${pad('screen', width)}round trips  budget  median ms (${RUNS} runs)  docs copied  copy ms  examined  returned`,
    )
    for (const row of rows) {
      const flag =
        (row.roundTrips > row.budget ? '  OVER BUDGET' : '') +
        (row.unserved > 0 ? `  ${row.unserved} QUERIES WITHOUT AN INDEX` : '')
      console.log(
        `${pad(row.screen, width)}${String(row.roundTrips).padStart(11)}  ${String(row.budget).padStart(6)}  ${row.ms.toFixed(2).padStart(19)}  ${String(row.copied).padStart(11)}  ${row.copyMs.toFixed(2).padStart(7)}  ${String(row.examined).padStart(8)}  ${String(row.returned).padStart(8)}${flag}`,
      )
    }
    const largeWithinBudget = await benchLargeCommittee()
    process.exit(rows.some((row) => row.roundTrips > row.budget) || !largeWithinBudget ? 1 : 0)
  },
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
