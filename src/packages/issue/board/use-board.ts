import { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { BoardItem, BranchOption } from '../../../../types/issue'
import type { Page } from '../../../../types/org'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listBoard, listBranches } from '../../../services/issue'
import type { ErrorCode } from '../../../../types/errors'

type BoardPage = Page<BoardItem> & { orgName: string }

export type BranchesState =
  | { status: 'loading' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; options: BranchOption[] }

/** A branch's public board (?orgId=); without one, the branches to choose from. */
export function useBoard() {
  const { params } = useRouter()
  const [orgId, setOrgId] = useState(typeof params.orgId === 'string' ? params.orgId : '')
  const [branches, setBranches] = useState<BranchesState>({ status: 'loading' })

  const loadBranches = useCallback(async () => {
    setBranches({ status: 'loading' })
    const reply = await listBranches()
    setBranches(
      reply.ok
        ? { status: 'ready', options: reply.data }
        : { status: 'error', code: reply.code, message: reply.message },
    )
  }, [])

  useEffect(() => {
    if (!orgId) void loadBranches()
  }, [orgId, loadBranches])

  const fetchPage = useCallback(
    (page: number) => (orgId ? listBoard({ orgId, page }) : new Promise<never>(() => undefined)),
    [orgId],
  )
  const list = usePagedList<BoardItem, BoardPage>(fetchPage)

  return { orgId, chooseBranch: setOrgId, branches, loadBranches, list }
}
