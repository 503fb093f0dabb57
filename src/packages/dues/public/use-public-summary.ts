import { useCallback } from 'react'
import { shanghaiParts } from '../../../../types/time'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { badLink, useReply } from '../../../hooks/use-reply'
import { publicSummary } from '../../../services/dues'

/** 党务公开 for the branch of `?orgId=`: this year's totals per month. */
export function usePublicSummary() {
  const orgId = useOrgIdParam()
  const fetch = useCallback(
    () =>
      orgId
        ? publicSummary({ orgId, year: shanghaiParts(new Date()).year })
        : badLink(MISSING_ORG_MESSAGE),
    [orgId],
  )
  return useReply(fetch)
}
