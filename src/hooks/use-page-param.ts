import { useRouter } from '@tarojs/taro'

/** A query parameter the page was opened with (`?id=`, `?orgId=`); empty when the link lacks it. */
export function usePageParam(name: string): string {
  const { params } = useRouter()
  const value = params[name]
  return typeof value === 'string' ? decodeURIComponent(value) : ''
}

/** The `orgId` a page was opened with (`?orgId=`); empty when the link lacks it. */
export function useOrgIdParam(): string {
  return usePageParam('orgId')
}

export const MISSING_ORG_MESSAGE = '链接缺少组织信息，请从支部首页重新进入'
