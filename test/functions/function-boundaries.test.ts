import { execFileSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(__dirname, '../..')

interface LintMessage {
  ruleId: string | null
  message: string
}

/** The repo's own ESLint config on `code` as if it were `file` (jest cannot load eslint.config.mjs). */
function lint(code: string, file: string): LintMessage[] {
  let out: string
  try {
    out = execFileSync(
      path.join(root, 'node_modules/.bin/eslint'),
      ['--format', 'json', '--stdin', '--stdin-filename', file],
      { cwd: root, input: code, encoding: 'utf8' },
    )
  } catch (error) {
    // eslint exits 1 when it found problems; the report is still on stdout.
    out = (error as { stdout?: string }).stdout ?? ''
    if (!out) throw error
  }
  const [result] = JSON.parse(out) as { messages: LintMessage[] }[]
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports')
}

describe('one cloud function never imports another function’s src', () => {
  it('refuses stats importing issue/src and says to move the shape to _shared/records/', () => {
    const found = lint(
      "import { OPEN_STATUSES } from '../../issue/src/issues'\nexport const open = OPEN_STATUSES\n",
      'cloudfunctions/stats/src/facts-example.ts',
    )
    expect(found).toHaveLength(1)
    expect(found[0].message).toContain('_shared/records/')
  })

  it('refuses a type-only import from another function’s src in a cron job', () => {
    const found = lint(
      "import type { MeetingRecord } from '../../../meeting/src/meetings'\nexport type M = MeetingRecord\n",
      'cloudfunctions/cron/src/jobs/example.ts',
    )
    expect(found).toHaveLength(1)
  })

  it('lets a function import its own modules and _shared/records/', () => {
    const found = lint(
      "import { findMembership } from '../members'\nimport { membershipId } from '../../../_shared/records/membership'\nexport const both = [findMembership, membershipId]\n",
      'cloudfunctions/org/src/actions/example.ts',
    )
    expect(found).toEqual([])
  })
})
