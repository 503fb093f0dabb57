import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { Reply, ErrorCode } from '../../../types/errors'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../hooks/use-page-param'

export type DashboardState<T> =
  | { status: 'loading' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; data: T; refreshing: boolean }

/**
 * Loads a dashboard for the page's `?orgId=`, reloads on pull-down (keeping the figures on screen while
 * it does, and if the reload fails).
 */
export function useDashboard<T>(load: (input: { orgId: string }) => Promise<Reply<T>>) {
  const orgId = useOrgIdParam()
  const [state, setState] = useState<DashboardState<T>>({ status: 'loading' })

  const fetchDashboard = useCallback(async () => {
    if (!orgId) {
      setState({ status: 'error', message: MISSING_ORG_MESSAGE })
      return
    }
    const reply = await load({ orgId })
    setState((current) => {
      if (reply.ok) return { status: 'ready', data: reply.data, refreshing: false }
      // A failed refresh keeps what is on screen and says why.
      if (current.status === 'ready') {
        void Taro.showToast({ title: reply.message, icon: 'none' })
        return { ...current, refreshing: false }
      }
      return { status: 'error', code: reply.code, message: reply.message }
    })
  }, [orgId, load])

  useEffect(() => {
    void fetchDashboard()
  }, [fetchDashboard])

  usePullDownRefresh(() => {
    setState((current) => (current.status === 'ready' ? { ...current, refreshing: true } : current))
    void fetchDashboard().finally(() => Taro.stopPullDownRefresh())
  })

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void fetchDashboard()
  }, [fetchDashboard])

  return { orgId, state, retry }
}
