import { useEffect, useState } from 'react'
import { holdsAdmin, loadSession, rolesIn } from '../../../services/session'

export interface OrgPermissions {
  /** The caller's openid, so nobody is offered tools on their own row. */
  me: string
  /** 书记 or an admin above: change roles and remove members (the server's setRole/removeMember). */
  managesMembers: boolean
  /** Only an admin may appoint an admin. */
  isAdmin: boolean
}

const NONE: OrgPermissions = { me: '', managesMembers: false, isAdmin: false }

/**
 * Which tools to show in an org, from the shared login (no extra round trip once the tabs have loaded
 * it). Only a hint for the UI: every action is authorised again by the server.
 */
export function useOrgPermissions(orgId: string): OrgPermissions {
  const [permissions, setPermissions] = useState<OrgPermissions>(NONE)
  useEffect(() => {
    let active = true
    void loadSession().then((session) => {
      if (!active || session.status !== 'ready') return
      const { memberships, profile } = session.result
      const isAdmin = holdsAdmin(memberships)
      setPermissions({
        me: profile.openid,
        isAdmin,
        managesMembers: isAdmin || rolesIn(memberships, orgId).includes('secretary'),
      })
    })
    return () => {
      active = false
    }
  }, [orgId])
  return permissions
}
