import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { BranchOption, SubmitResult } from '../../../../types/issue'
import { fetchGroupCloudId, groupEntryKey } from '../../../platform/group-entry'
import { listBranches, submitIssue } from '../../../services/issue'
import { openFromGroup } from '../../../services/org'
import { loadSession } from '../../../services/session'
import { CAN_PICK_ON_MAP, pickPlaceOnMap } from '../shared/location'
import { askToSubscribe } from '../../../platform/subscribe'
import { useAction } from '../../../hooks/use-action'
import { draftProblem, toSubmitInput, useIssueDraft } from './use-issue-draft'
import type { ErrorCode } from '../../../../types/errors'

export type BranchesState =
  | { status: 'loading' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; options: BranchOption[]; mineIds: string[] }

/**
 * Where an issue goes: the person's own branch; for a resident the branch of the WeChat group the app
 * was opened from; otherwise one they pick.
 */
async function loadBranches(
  fromLink: string,
): Promise<{ state: BranchesState; preferred: string }> {
  const [session, branches] = await Promise.all([loadSession(), listBranches()])
  if (!branches.ok)
    return {
      state: { status: 'error', code: branches.code, message: branches.message },
      preferred: '',
    }
  const mineIds =
    session.status === 'ready'
      ? session.result.memberships.filter((m) => m.orgKind === 'branch').map((m) => m.orgId)
      : []
  // A link from a branch's page names it; else the person's own branch.
  let preferred = fromLink || mineIds[0] || ''
  if (!preferred && groupEntryKey()) {
    const cloudId = await fetchGroupCloudId()
    if (cloudId.ok) {
      const entry = await openFromGroup({ groupCloudId: cloudId.cloudID })
      if (entry.ok && entry.data.bound && entry.data.org.kind === 'branch')
        preferred = entry.data.org.id
    }
  }
  const known = branches.data.some((branch) => branch.id === preferred)
  return {
    state: { status: 'ready', options: branches.data, mineIds },
    preferred: known ? preferred : '',
  }
}

/** The 我要反映 form: draft, branch choice, photos, place, and the one submission per draft. */
export function useSubmitIssue() {
  const { params } = useRouter()
  const linkedOrg = typeof params.orgId === 'string' ? params.orgId : ''
  const { draft, restored, update, clear } = useIssueDraft()
  const [branches, setBranches] = useState<BranchesState>({ status: 'loading' })
  const action = useAction<'submit'>()
  const { setError } = action
  const [done, setDone] = useState<SubmitResult | null>(null)
  const orgChosen = useRef(Boolean(draft.orgId) && !linkedOrg)

  const reloadBranches = useCallback(async () => {
    setBranches({ status: 'loading' })
    const { state, preferred } = await loadBranches(linkedOrg)
    setBranches(state)
    if (!orgChosen.current && preferred) update({ orgId: preferred })
  }, [linkedOrg, update])

  useEffect(() => {
    void reloadBranches()
  }, [reloadBranches])

  const chooseOrg = useCallback(
    (orgId: string) => {
      orgChosen.current = true
      update({ orgId })
    },
    [update],
  )

  const pickPlace = useCallback(async () => {
    if (!CAN_PICK_ON_MAP) return
    const result = await pickPlaceOnMap()
    if (result.ok) {
      update({
        placeName: result.place.name,
        placeAddress: result.place.address,
        latitude: result.place.latitude,
        longitude: result.place.longitude,
      })
    } else if (!result.cancelled) {
      setError(result.message)
    }
  }, [update, setError])

  const { run } = action
  const submit = useCallback(async () => {
    if (action.busy) return
    const problem = draftProblem(draft)
    if (problem) {
      setError(problem)
      return
    }
    await run(
      'submit',
      async () => {
        // From this tap, before anything else: WeChat only shows the prompt in a tap's handler. An
        // accept gives one message when the branch replies; declining changes nothing here.
        await askToSubscribe(['issueReplied'])
        const reply = await submitIssue(toSubmitInput(draft))
        // The draft (and its requestId) stays: sending again can never make a second case.
        if (!reply.ok && reply.code === 'INTERNAL') {
          return { ...reply, message: `${reply.message}。草稿已保存，稍后再提交即可` }
        }
        return reply
      },
      {
        then: (result) => {
          clear()
          orgChosen.current = false
          setDone(result)
        },
      },
    )
  }, [action.busy, clear, draft, run, setError])

  const viewProgress = useCallback(() => {
    if (done) void Taro.redirectTo({ url: `/packages/issue/detail/index?id=${done.issue.id}` })
  }, [done])

  return {
    draft,
    restored,
    update,
    branches,
    reloadBranches,
    chooseOrg,
    pickPlace,
    busy: action.busy !== '',
    error: action.error,
    setError,
    submit,
    done,
    viewProgress,
  }
}
