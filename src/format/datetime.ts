import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import 'dayjs/locale/zh-cn'

dayjs.extend(utc)
dayjs.locale('zh-cn')

/**
 * Times are stored in UTC and shown in Asia/Shanghai. China keeps UTC+8 all year (no daylight saving
 * since 1991), so a fixed offset is exact and needs no Intl time-zone data, which some Android WeChat
 * JS engines lack.
 */
const SHANGHAI_OFFSET_MINUTES = 8 * 60

export function formatShanghai(iso: string, pattern = 'YYYY-MM-DD HH:mm'): string {
  const time = dayjs(iso)
  return time.isValid() ? time.utcOffset(SHANGHAI_OFFSET_MINUTES).format(pattern) : ''
}
