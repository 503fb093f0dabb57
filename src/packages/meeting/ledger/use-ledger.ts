import { useCallback, useState } from 'react'
import type { LedgerExport, MeetingRhythm } from '../../../../types/meeting'
import { formatShanghai } from '../../../format/datetime'
import { useAction } from '../../../hooks/use-action'
import { useReply } from '../../../hooks/use-reply'
import { exportLedger, getCompleteness, setRhythm } from '../../../services/meeting'
import { openDocument } from '../../../platform/documents'

export interface Quarter {
  year: number
  quarter: number
}

export function currentQuarter(now = new Date()): Quarter {
  const [year, month] = formatShanghai(now.toISOString(), 'YYYY-M').split('-').map(Number)
  return { year, quarter: Math.floor((month - 1) / 3) + 1 }
}

export function shiftQuarter({ year, quarter }: Quarter, by: number): Quarter {
  const index = year * 4 + (quarter - 1) + by
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 }
}

/** `YYYY-MM-DD` bounds of a quarter (inclusive). */
export function quarterRange({ year, quarter }: Quarter): { from: string; to: string } {
  const startMonth = (quarter - 1) * 3 + 1
  const endMonth = startMonth + 2
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate()
  const pad = (n: number) => String(n).padStart(2, '0')
  return { from: `${year}-${pad(startMonth)}-01`, to: `${year}-${pad(endMonth)}-${lastDay}` }
}

/**
 * The 台账 page: completeness of a quarter against the org's rhythm (which the secretary may set),
 * and the Word/Excel export of any period up to a year.
 */
export function useLedger(orgId: string) {
  const [quarter, setQuarter] = useState<Quarter>(() => currentQuarter())
  const [range, setRange] = useState(() => quarterRange(currentQuarter()))
  const [exported, setExported] = useState<LedgerExport | null>(null)

  const fetchCompleteness = useCallback(
    () => getCompleteness({ orgId, ...quarter }),
    [orgId, quarter],
  )
  const { state, retry, reload } = useReply(fetchCompleteness)
  const { busy, error, setError, run } = useAction<'export' | 'rhythm'>({ reload })

  const generate = useCallback(async () => {
    if (range.to < range.from) return setError('结束日期不能早于开始日期')
    setExported(null)
    await run('export', () => exportLedger({ orgId, ...range }), {
      reload: false,
      then: setExported,
    })
  }, [orgId, range, run, setError])

  const open = useCallback(
    async (which: 'docx' | 'xlsx') => {
      if (!exported) return
      setError(await openDocument(exported[which], which))
    },
    [exported, setError],
  )

  /** Resolves to '' or the message; on success the meter shows the new rhythm at once. */
  const saveRhythm = useCallback(
    (rhythm: MeetingRhythm) => run('rhythm', () => setRhythm({ orgId, rhythm }), { inline: true }),
    [orgId, run],
  )

  return {
    quarter,
    setQuarter,
    state,
    retry,
    range,
    setRange: (patch: Partial<{ from: string; to: string }>) => {
      setExported(null)
      setRange((previous) => ({ ...previous, ...patch }))
    },
    exporting: busy === 'export',
    exported,
    error,
    generate,
    open,
    savingRhythm: busy === 'rhythm',
    saveRhythm,
  }
}
