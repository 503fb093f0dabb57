import { useRouter } from '@tarojs/taro'

/** A query parameter of the page (`?id=` or `?orgId=`); empty when the link lacks it. */
export function usePageParam(name: 'id' | 'orgId'): string {
  const { params } = useRouter()
  const value = params[name]
  return typeof value === 'string' ? decodeURIComponent(value) : ''
}

export const MISSING_MEETING = '链接缺少会议信息，请从支部首页的“三会一课”重新进入'
export const MISSING_ORG = '链接缺少组织信息，请从支部首页重新进入'
