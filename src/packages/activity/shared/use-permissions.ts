import { COMMITTEE } from '../../../../types/roles'
import { useLoginResult } from '../../../hooks/use-login-result'
import { permitsIn } from '../../../services/session'

/**
 * Whether to offer 发布活动 in an org (the server's COMMITTEE policy). Only a hint: the server
 * authorizes every call again and its refusal is shown as it is.
 */
export function useCanPublish(orgId: string): boolean {
  const login = useLoginResult()
  return login !== null && permitsIn(login.memberships, orgId, COMMITTEE)
}
