import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { UpdateProfileInput, UserProfile } from '../../../../types/user'
import { getProfile, updateProfile } from '../../../services/user'

export type ProfileLoad =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; profile: UserProfile }

export interface ProfileFields {
  nickname: string
  phone: string
}

/** Loads the profile to edit and saves changes; the server's envelope supplies validation messages. */
export function useProfileForm() {
  const [load, setLoad] = useState<ProfileLoad>({ status: 'loading' })
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState('')

  const fetchProfile = useCallback(async () => {
    setLoad({ status: 'loading' })
    const reply = await getProfile()
    setLoad(
      reply.ok
        ? { status: 'ready', profile: reply.data.profile }
        : { status: 'error', message: reply.message },
    )
  }, [])

  useEffect(() => {
    void fetchProfile()
  }, [fetchProfile])

  const save = useCallback(async ({ nickname, phone }: ProfileFields) => {
    setSaving(true)
    setSaveError('')
    const input: UpdateProfileInput = { nickname }
    // An empty phone field means "keep the number on file".
    if (phone) input.phone = phone
    const reply = await updateProfile(input)
    setSaving(false)
    if (!reply.ok) {
      setSaveError(reply.message)
      return
    }
    await Taro.showToast({ title: '已保存', icon: 'success', duration: 800 })
    setTimeout(() => void Taro.navigateBack(), 800)
  }, [])

  return { load, saving, saveError, save, retry: fetchProfile }
}
