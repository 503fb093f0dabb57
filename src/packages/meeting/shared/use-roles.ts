import { COMMITTEE, LEADERS, SECRETARY_ONLY } from '../../../../types/roles'
import type { Role } from '../../../../types/user'
import { useLoginResult } from '../../../hooks/use-login-result'
import { permitsIn } from '../../../services/session'

export interface OrgTools {
  /** 支委 and leaders schedule meetings (the server's COMMITTEE policy). */
  schedules: boolean
  /** 书记 and 副书记 export the 台账 (LEADERS). */
  leads: boolean
  /** 书记 sets the meeting rhythm. */
  isSecretary: boolean
}

/** Which tools to offer in an org. Only a hint: the server authorises every action again. */
export function useOrgTools(orgId: string): OrgTools {
  const login = useLoginResult()
  const may = (wanted: readonly Role[]) =>
    login !== null && permitsIn(login.memberships, orgId, wanted)
  return { schedules: may(COMMITTEE), leads: may(LEADERS), isSecretary: may(SECRETARY_ONLY) }
}
