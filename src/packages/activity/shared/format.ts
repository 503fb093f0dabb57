import { formatShanghai } from '../../../format/datetime'

/** “11月23日 周一 09:00–11:00”, or both dates when it runs past midnight. */
export function formatWindow(startsAt: string, endsAt: string): string {
  const start = formatShanghai(startsAt, 'M月D日 dddd HH:mm')
  const sameDay = formatShanghai(startsAt, 'YYYY-MM-DD') === formatShanghai(endsAt, 'YYYY-MM-DD')
  return `${start}–${formatShanghai(endsAt, sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}

export function formatDeadline(signUpBy: string): string {
  return `${formatShanghai(signUpBy, 'M月D日 HH:mm')} 截止报名`
}
