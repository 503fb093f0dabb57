import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { ContactPreference, IssueCategory } from '../../../../types/issue'
import type { SubmitIssueInput } from '../../../../types/issue.schema'
import { newRequestId } from '../../../format/request-id'

/** What the form holds; kept in storage on every change so leaving the page loses nothing. */
export interface IssueDraft {
  /** Made once per draft: a retried submission of this draft is the same case on the server. */
  requestId: string
  orgId: string
  category: IssueCategory | ''
  body: string
  photos: string[]
  placeName: string
  placeAddress: string
  latitude: number | null
  longitude: number | null
  contact: ContactPreference
  contactPhone: string
  anonymous: boolean
  publicConsent: boolean
}

export const DRAFT_KEY = 'zhibu.issue.draft'

export function emptyDraft(): IssueDraft {
  return {
    requestId: newRequestId(),
    orgId: '',
    category: '',
    body: '',
    photos: [],
    placeName: '',
    placeAddress: '',
    latitude: null,
    longitude: null,
    contact: 'in_app',
    contactPhone: '',
    anonymous: false,
    publicConsent: false,
  }
}

function readDraft(): { draft: IssueDraft; restored: boolean } {
  const saved: unknown = Taro.getStorageSync(DRAFT_KEY)
  if (saved && typeof saved === 'object' && typeof (saved as IssueDraft).requestId === 'string') {
    const draft = { ...emptyDraft(), ...(saved as Partial<IssueDraft>) }
    const hasContent = Boolean(draft.body.trim() || draft.category || draft.photos.length)
    return { draft, restored: hasContent }
  }
  return { draft: emptyDraft(), restored: false }
}

/** The draft, restored from storage when there is one (after leaving the page or losing the network). */
export function useIssueDraft() {
  const [{ draft, restored }, setState] = useState(readDraft)

  useEffect(() => {
    Taro.setStorageSync(DRAFT_KEY, draft)
  }, [draft])

  const update = useCallback((changes: Partial<IssueDraft>) => {
    setState((current) => ({ ...current, draft: { ...current.draft, ...changes } }))
  }, [])

  /** After a successful submission: the next report starts empty, with a new requestId. */
  const clear = useCallback(() => {
    Taro.removeStorageSync(DRAFT_KEY)
    setState({ draft: emptyDraft(), restored: false })
  }, [])

  return { draft, restored, update, clear }
}

/** The first thing to fix before sending, in words a resident understands; '' when ready. */
export function draftProblem(draft: IssueDraft): string {
  if (!draft.orgId) return '请选择要反映给哪个支部'
  if (!draft.category) return '请选择问题类别'
  if (draft.body.trim().length < 5) return '请至少写 5 个字，说清楚发生了什么'
  if (draft.contact === 'phone' && !/^1\d{10}$/.test(draft.contactPhone)) {
    return '选择电话联系时请填写 11 位手机号'
  }
  return ''
}

export function toSubmitInput(draft: IssueDraft): SubmitIssueInput {
  const contact = draft.anonymous ? 'in_app' : draft.contact
  const input: SubmitIssueInput = {
    requestId: draft.requestId,
    orgId: draft.orgId,
    category: draft.category as IssueCategory,
    body: draft.body.trim(),
    photos: draft.photos,
    contact,
    anonymous: draft.anonymous,
    publicConsent: draft.publicConsent,
  }
  if (draft.placeName.trim()) {
    input.place = { name: draft.placeName.trim(), address: draft.placeAddress.trim() }
    if (draft.latitude !== null && draft.longitude !== null) {
      input.place.latitude = draft.latitude
      input.place.longitude = draft.longitude
    }
  }
  if (contact === 'phone') input.contactPhone = draft.contactPhone
  return input
}
