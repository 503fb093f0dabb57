import { useEffect, useState } from 'react'
import { holdsAdmin, loadSession, rolesIn } from '../../../services/session'

export interface OrgTools {
  /** 支委 and leaders schedule meetings (the server's COMMITTEE policy). */
  schedules: boolean
  /** 书记 and 副书记 export the 台账 (LEADERS). */
  leads: boolean
  /** 书记 sets the meeting rhythm. */
  isSecretary: boolean
}

const NONE: OrgTools = { schedules: false, leads: false, isSecretary: false }

/**
 * Which tools to offer in an org, from the shared login (no extra call once the tabs have loaded it).
 * Only a hint: the server authorises every action again and its refusal is shown.
 */
export function useOrgTools(orgId: string): OrgTools {
  const [tools, setTools] = useState(NONE)
  useEffect(() => {
    let active = true
    void loadSession().then((session) => {
      if (!active || session.status !== 'ready') return
      const { memberships } = session.result
      const admin = holdsAdmin(memberships)
      const roles = rolesIn(memberships, orgId)
      setTools({
        schedules:
          admin || roles.some((role) => ['secretary', 'deputy', 'committee'].includes(role)),
        leads: admin || roles.some((role) => role === 'secretary' || role === 'deputy'),
        isSecretary: admin || roles.includes('secretary'),
      })
    })
    return () => {
      active = false
    }
  }, [orgId])
  return tools
}
