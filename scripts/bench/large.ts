// The large committee (docs/ARCHITECTURE.md §9): 200 branches, ~6 000 members, ~50 000 attendance rows, in
// a fresh in-memory database, and the dashboards over it. Part of `npm run bench`.
import { LARGE, seedLargeCommittee } from '../../emulator/demo/large-committee'
import { copiesSoFar } from '../../emulator/db/isolation'
import { closeEmulator, cloud } from '../../emulator/local-cloud'
import { call } from '../../test/helpers/cloud'

const RUNS = 5
const COMMITTEE_BUDGET = 6
const BRANCH_BUDGET = 3

/** Chinese characters take two columns in a terminal. */
function pad(text: string, width: number): string {
  const columns = [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  return text + ' '.repeat(Math.max(0, width - columns))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function measure(action: string, orgId: string) {
  const times: number[] = []
  let roundTrips = 0
  const copiesBefore = copiesSoFar()
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint()
    const reply = await call({ openid: LARGE.admin }, 'stats', { action, orgId })
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
    if (!reply.ok) throw new Error(`stats.${action}: ${reply.code} ${reply.message}`)
    roundTrips = Math.max(roundTrips, reply.roundTrips)
  }
  const copied = (copiesSoFar().documents - copiesBefore.documents) / RUNS
  const copyMs = (copiesSoFar().ms - copiesBefore.ms) / RUNS
  return { roundTrips, ms: median(times), copied, copyMs }
}

/** Prints the section; answers whether both dashboards stayed within their round-trip budgets. */
export async function benchLargeCommittee(): Promise<boolean> {
  // Drop the demo database: the next database call opens a fresh, empty in-memory one.
  await closeEmulator()
  const started = Date.now()
  const counts = await seedLargeCommittee(cloud.database(), new Date())
  const seededMs = Date.now() - started
  console.log('')
  console.log(
    `large committee (seeded in ${(seededMs / 1000).toFixed(1)} s): ` +
      Object.entries(counts)
        .map(([collection, count]) => `${collection} ${count}`)
        .join(', '),
  )
  const committee = await measure('getCommitteeDashboard', LARGE.committee)
  const branch = await measure('getBranchDashboard', 'lg-branch-001')
  const rows = [
    { name: '统计 committee dashboard', budget: COMMITTEE_BUDGET, ...committee },
    { name: '统计 branch dashboard', budget: BRANCH_BUDGET, ...branch },
  ]
  const width = 40
  console.log(
    `${pad('screen (large committee)', width)}round trips  budget  median ms (${RUNS} runs)  docs copied  copy ms`,
  )
  for (const row of rows) {
    const flag = row.roundTrips > row.budget ? '  OVER BUDGET' : ''
    console.log(
      `${pad(row.name, width)}${String(row.roundTrips).padStart(11)}  ${String(row.budget).padStart(6)}  ${row.ms.toFixed(2).padStart(18)}  ${String(row.copied).padStart(11)}  ${row.copyMs.toFixed(2).padStart(7)}${flag}`,
    )
  }
  return rows.every((row) => row.roundTrips <= row.budget)
}
