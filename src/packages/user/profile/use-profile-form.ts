import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { UpdateProfileInput, UserProfile } from '../../../../types/user'
import { useAction } from '../../../hooks/use-action'
import { getProfile, updateProfile } from '../../../services/user'
import type { ErrorCode } from '../../../../types/errors'

export type ProfileLoad =
  | { status: 'loading' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; profile: UserProfile }

export interface ProfileFields {
  nickname: string
  phone: string
}

/** Loads the profile to edit and saves changes; the server's envelope supplies validation messages. */
export function useProfileForm() {
  const [load, setLoad] = useState<ProfileLoad>({ status: 'loading' })
  const { busy, error: saveError, run } = useAction<'save'>()

  const fetchProfile = useCallback(async () => {
    setLoad({ status: 'loading' })
    const reply = await getProfile()
    setLoad(
      reply.ok
        ? { status: 'ready', profile: reply.data.profile }
        : { status: 'error', code: reply.code, message: reply.message },
    )
  }, [])

  useEffect(() => {
    void fetchProfile()
  }, [fetchProfile])

  const save = ({ nickname, phone }: ProfileFields) => {
    const input: UpdateProfileInput = { nickname }
    // An empty phone field means "keep the number on file".
    if (phone) input.phone = phone
    return run('save', () => updateProfile(input), {
      then: async () => {
        await Taro.showToast({ title: '已保存', icon: 'success', duration: 800 })
        setTimeout(() => void Taro.navigateBack(), 800)
      },
    })
  }

  return { load, saving: busy !== '', saveError, save, retry: fetchProfile }
}
