import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MeetingDetail } from '../../../../types/meeting'
import { getMeeting, recordMinutes } from '../../../services/meeting'
import { usePhotoUpload } from '../../../hooks/use-photo-upload'
import { toastDone, useAction } from '../../../hooks/use-action'
import type { ErrorCode } from '../../../../types/errors'

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
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; meeting: MeetingDetail; draft: MinutesDraft; restored: boolean }

/** 现场照片 per meeting (the server's limit too). */
const MAX_PHOTOS = 9

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
  const { busy, error, setError, run } = useAction<'save'>()
  const version = useRef(0)

  const load = useCallback(
    async (keepDraft: boolean) => {
      const reply = await getMeeting({ meetingId })
      if (!reply.ok) return setState({ status: 'error', code: reply.code, message: reply.message })
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
    (patch: Partial<MinutesDraft> | ((draft: MinutesDraft) => Partial<MinutesDraft>)) => {
      setError('')
      setState((previous) => {
        if (previous.status !== 'ready') return previous
        const changes = typeof patch === 'function' ? patch(previous.draft) : patch
        const draft = { ...previous.draft, ...changes }
        Taro.setStorageSync(draftKey(meetingId), draft)
        return { ...previous, draft }
      })
    },
    [meetingId, setError],
  )

  // Each photo goes into the draft (kept on the phone) as soon as it is uploaded.
  const photos = usePhotoUpload({
    folder: 'meeting',
    onUploaded: (fileIDs) =>
      change((draft) => ({ photos: [...draft.photos, ...fileIDs].slice(0, MAX_PHOTOS) })),
  })

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
    photos,
    error,
    change,
    addPhotos: () =>
      state.status === 'ready'
        ? void photos.pick(MAX_PHOTOS - state.draft.photos.length - photos.failed.length)
        : undefined,
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
