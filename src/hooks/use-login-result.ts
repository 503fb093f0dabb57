import { useEffect, useState } from 'react'
import type { LoginResult } from '../../types/user'
import { loadSession } from '../services/session'

/**
 * The shared login (no extra round trip once the tabs have loaded it), or null until it is known or
 * when nobody is logged in. For hooks that decide which tools to offer.
 */
export function useLoginResult(): LoginResult | null {
  const [result, setResult] = useState<LoginResult | null>(null)
  useEffect(() => {
    let active = true
    void loadSession().then((session) => {
      if (active && session.status === 'ready') setResult(session.result)
    })
    return () => {
      active = false
    }
  }, [])
  return result
}
