import { useShareAppMessage } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { Invite } from '../../../../types/org'
import { prepareGroupShare } from '../../../platform/share'
import { createInvite } from '../../../services/org'
import type { ErrorCode } from '../../../../types/errors'

export type InviteState =
  | { status: 'idle' }
  | { status: 'creating' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; invite: Invite }

export function joinPath(code: string): string {
  return `/packages/org/join/index?code=${code}`
}

/** A leader makes an invite and shares it to the branch group as a card. */
export function useInvite(orgId: string) {
  const [state, setState] = useState<InviteState>({ status: 'idle' })

  useEffect(() => {
    // The card opened from the group carries a shareTicket, so the app learns which group it is.
    prepareGroupShare().catch(() => undefined)
  }, [])

  useShareAppMessage(() =>
    state.status === 'ready'
      ? {
          title: `邀请你加入${state.invite.orgName}`,
          path: joinPath(state.invite.code),
        }
      : { title: '智慧支部', path: '/pages/branch/index' },
  )

  const create = useCallback(async () => {
    setState({ status: 'creating' })
    const reply = await createInvite({ orgId })
    setState(
      reply.ok
        ? { status: 'ready', invite: reply.data }
        : { status: 'error', code: reply.code, message: reply.message },
    )
  }, [orgId])

  return { state, create: () => void create() }
}
