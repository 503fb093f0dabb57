import { useRouter } from '@tarojs/taro'

/** The `orgId` a page was opened with (`?orgId=`); empty when the link lacks it. */
export function useOrgIdParam(): string {
  const { params } = useRouter()
  return typeof params.orgId === 'string' ? params.orgId : ''
}

export const MISSING_ORG_MESSAGE = '链接缺少组织信息，请从支部首页重新进入'
