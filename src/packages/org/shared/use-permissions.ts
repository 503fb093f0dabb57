import { ADMINS, SECRETARY_ONLY } from '../../../../types/roles'
import { useLoginResult } from '../../../hooks/use-login-result'
import { permitsIn } from '../../../services/session'

export interface OrgPermissions {
  /** The caller's openid, so nobody is offered tools on their own row. */
  me: string
  /** 书记 or an admin above: change roles and remove members (the server's setRole/removeMember). */
  managesMembers: boolean
  /** Only an admin may appoint an admin. */
  isAdmin: boolean
}

/** Which tools to show in an org. Only a hint for the UI: every action is authorised by the server. */
export function useOrgPermissions(orgId: string): OrgPermissions {
  const login = useLoginResult()
  if (!login) return { me: '', managesMembers: false, isAdmin: false }
  return {
    me: login.profile.openid,
    isAdmin: permitsIn(login.memberships, orgId, ADMINS),
    managesMembers: permitsIn(login.memberships, orgId, SECRETARY_ONLY),
  }
}
