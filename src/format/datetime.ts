import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { MINUTE_MS, SHANGHAI_OFFSET_MS } from '../../types/time'
import 'dayjs/locale/zh-cn'

dayjs.extend(utc)
dayjs.locale('zh-cn')

/**
 * Times are stored in UTC and shown in Asia/Shanghai. China keeps UTC+8 all year (no daylight saving
 * since 1991), so a fixed offset is exact and needs no Intl time-zone data, which some Android WeChat
 * JS engines lack.
 */
const SHANGHAI_OFFSET_MINUTES = SHANGHAI_OFFSET_MS / MINUTE_MS

export function formatShanghai(iso: string, pattern = 'YYYY-MM-DD HH:mm'): string {
  const time = dayjs(iso)
  return time.isValid() ? time.utcOffset(SHANGHAI_OFFSET_MINUTES).format(pattern) : ''
}
