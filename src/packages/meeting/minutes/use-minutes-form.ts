import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MeetingDetail } from '../../../../types/meeting'
import { getMeeting, recordMinutes } from '../../../services/meeting'
import { uploadFile } from '../../../platform/files'
import { toastDone, useAction } from '../../../hooks/use-action'

export interface MinutesDraft {
  summary: string
  resolutions: string[]
  photos: string[]
  /** openid → why they were away (only for absentees without a request reason). */
  notes: Record<string, string>
  /** The minutes version this draft started from: a draft older than the server's is refused on save. */
  baseVersion: number
}

export type MinutesState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; meeting: MeetingDetail; draft: MinutesDraft; restored: boolean }

const draftKey = (meetingId: string) => `zhibu.minutesDraft.${meetingId}`

function serverVersion(meeting: MeetingDetail): number {
  // Held minutes the caller cannot see have a version we do not know: saving waits for the release.
  return meeting.minutes?.version ?? (meeting.hasMinutes ? -1 : 0)
}

function fromMeeting(meeting: MeetingDetail): MinutesDraft {
  const minutes = meeting.minutes
  return {
    baseVersion: serverVersion(meeting),
    summary: minutes?.summary ?? '',
    resolutions: minutes?.resolutions.length ? minutes.resolutions : [''],
    photos: minutes?.photos.map((photo) => photo.fileID) ?? [],
    notes: Object.fromEntries(
      (minutes?.absentees ?? [])
        .filter((person) => person.reason && !/^(请假|补签)/.test(person.reason))
        .map((person) => [person.openid, person.reason]),
    ),
  }
}

/**
 * The recorder's form. The draft is kept on the phone after every change, so a failed save, a call
 * coming in or a closed app loses nothing; it is cleared once the server has the minutes.
 */
export function useMinutesForm(meetingId: string) {
  const [state, setState] = useState<MinutesState>({ status: 'loading' })
  const [uploading, setUploading] = useState(false)
  const { busy, error, setError, run } = useAction<'save'>()
  const version = useRef(0)

  const load = useCallback(
    async (keepDraft: boolean) => {
      const reply = await getMeeting({ meetingId })
      if (!reply.ok) return setState({ status: 'error', message: reply.message })
      const saved = Taro.getStorageSync(draftKey(meetingId)) as MinutesDraft | ''
      const restored = keepDraft && typeof saved === 'object' && saved !== null
      const draft = restored ? (saved as MinutesDraft) : fromMeeting(reply.data)
      version.current = draft.baseVersion
      setState({ status: 'ready', meeting: reply.data, draft, restored })
    },
    [meetingId],
  )

  useEffect(() => {
    void load(true)
  }, [load])

  const change = useCallback(
    (patch: Partial<MinutesDraft>) => {
      setError('')
      setState((previous) => {
        if (previous.status !== 'ready') return previous
        const draft = { ...previous.draft, ...patch }
        Taro.setStorageSync(draftKey(meetingId), draft)
        return { ...previous, draft }
      })
    },
    [meetingId, setError],
  )

  const addPhotos = useCallback(async () => {
    if (state.status !== 'ready') return
    let paths: string[] = []
    try {
      // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseMedia.html
      const picked = await Taro.chooseMedia({
        count: Math.max(1, 9 - state.draft.photos.length),
        mediaType: ['image'],
        sizeType: ['compressed'],
      })
      paths = picked.tempFiles.map((file) => file.tempFilePath)
    } catch {
      return // cancelled
    }
    setUploading(true)
    try {
      const fileIDs: string[] = []
      for (const path of paths) fileIDs.push(await uploadFile('meeting', path))
      change({ photos: [...state.draft.photos, ...fileIDs].slice(0, 9) })
    } catch {
      setError('照片上传失败，请检查网络后重试（已填写的内容不会丢失）')
    } finally {
      setUploading(false)
    }
  }, [state, change, setError])

  const submit = useCallback(async () => {
    if (state.status !== 'ready') return
    const { draft, meeting } = state
    if (draft.summary.trim().length < 10) return setError('会议纪要至少 10 个字')
    if (version.current < 0) return setError('纪要正在复核，请等书记发布后再修改')
    const input = {
      meetingId,
      version: version.current,
      summary: draft.summary.trim(),
      resolutions: draft.resolutions.map((text) => text.trim()).filter(Boolean),
      photos: draft.photos,
      absenceNotes: Object.entries(draft.notes)
        .filter(
          ([openid, reason]) => reason.trim() && meeting.roster?.some((e) => e.openid === openid),
        )
        .map(([memberId, reason]) => ({ memberId, reason: reason.trim() })),
    }
    await run('save', () => recordMinutes(input), {
      then: ({ held }) => {
        Taro.removeStorageSync(draftKey(meetingId))
        toastDone(held ? '已保存，待复核' : '纪要已保存')
        void Taro.navigateBack()
      },
    })
  }, [state, meetingId, run, setError])

  return {
    state,
    saving: busy !== '',
    uploading,
    error,
    change,
    addPhotos,
    submit,
    retry: () => void load(true),
    /** Drops the local draft and starts again from what the server has (after someone else saved). */
    reloadLatest: () => {
      Taro.removeStorageSync(draftKey(meetingId))
      setState({ status: 'loading' })
      void load(false)
    },
  }
}
