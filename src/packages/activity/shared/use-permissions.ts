import { useEffect, useState } from 'react'
import type { Role } from '../../../../types/user'
import { holdsAdmin, loadSession, rolesIn } from '../../../services/session'

/** 书记/副书记/支委 (the server's COMMITTEE policy). */
const COMMITTEE_ROLES: readonly Role[] = ['secretary', 'deputy', 'committee']

/**
 * Whether to offer 发布活动 in an org, from the shared login (no extra round trip). Only a hint: the
 * server authorizes every call again and its refusal is shown as it is.
 */
export function useCanPublish(orgId: string): boolean {
  const [canPublish, setCanPublish] = useState(false)
  useEffect(() => {
    let active = true
    void loadSession().then((session) => {
      if (!active || session.status !== 'ready') return
      const { memberships } = session.result
      setCanPublish(
        holdsAdmin(memberships) ||
          rolesIn(memberships, orgId).some((role) => COMMITTEE_ROLES.includes(role)),
      )
    })
    return () => {
      active = false
    }
  }, [orgId])
  return canPublish
}
