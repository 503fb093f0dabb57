import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { ActivityKind } from '../../../../types/activity'
import { useAction } from '../../../hooks/use-action'
import { usePhotoUpload } from '../../../hooks/use-photo-upload'
import { createActivity } from '../../../services/activity'
import { activityPaths } from '../shared/paths'
import { MINUTE_MS, shanghaiClock, shanghaiDay, shanghaiInstant } from '../../../../types/time'

export interface PublishForm {
  kind: ActivityKind
  title: string
  body: string
  place: string
  capacity: string
  /** Times as instants; shown and picked in Asia/Shanghai. */
  startsAt: number
  endsAt: number
  signUpBy: number
  /** Until the secretary picks them, the end follows the start (+2 h) and the deadline is the start. */
  endTouched: boolean
  deadlineTouched: boolean
  /** The cover's fileID, uploaded as soon as it is picked ('' for none). */
  cover: string
}

/** The next quarter hour at least 10 minutes away: a start that is always in the future. */
export function defaultStart(now: number): number {
  const quarter = 15 * MINUTE_MS
  return Math.ceil((now + 10 * MINUTE_MS) / quarter) * quarter
}

export function initialForm(now = Date.now()): PublishForm {
  const startsAt = defaultStart(now)
  return {
    kind: 'themeDay',
    title: '',
    body: '',
    place: '',
    capacity: '30',
    startsAt,
    endsAt: startsAt + 120 * MINUTE_MS,
    signUpBy: startsAt,
    endTouched: false,
    deadlineTouched: false,
    cover: '',
  }
}

/** 'YYYY-MM-DD' and 'HH:mm' of an instant in Asia/Shanghai, as the pickers want them. */
export function shanghaiParts(time: number): { date: string; time: string } {
  return { date: shanghaiDay(time), time: shanghaiClock(time) }
}

/** The instant of a Shanghai date and time. */
export function fromShanghai(date: string, time: string): number {
  return shanghaiInstant(date, time).getTime()
}

type TimeField = 'startsAt' | 'endsAt' | 'signUpBy'

/**
 * The publish form: checks what it can before sending, keeps everything typed when the server
 * refuses, and opens the new activity when it is published.
 */
export function usePublishForm(orgId: string) {
  const [form, setForm] = useState<PublishForm>(() => initialForm())
  const { busy, error, setError, run } = useAction<'publish'>()

  const update = useCallback((changes: Partial<PublishForm>) => {
    setForm((previous) => ({ ...previous, ...changes }))
  }, [])

  const setTime = useCallback((field: TimeField, part: 'date' | 'time', value: string) => {
    setForm((previous) => {
      const current = shanghaiParts(previous[field])
      const next = fromShanghai(
        part === 'date' ? value : current.date,
        part === 'time' ? value : current.time,
      )
      if (Number.isNaN(next)) return previous
      if (field === 'startsAt') {
        return {
          ...previous,
          startsAt: next,
          endsAt: previous.endTouched ? previous.endsAt : next + 120 * MINUTE_MS,
          signUpBy: previous.deadlineTouched ? previous.signUpBy : next,
        }
      }
      if (field === 'endsAt') return { ...previous, endsAt: next, endTouched: true }
      return { ...previous, signUpBy: next, deadlineTouched: true }
    })
  }, [])

  const cover = usePhotoUpload({
    folder: 'activity',
    onUploaded: ([fileID]) => update({ cover: fileID }),
  })

  const submit = useCallback(async () => {
    const problem = checkForm(form)
    if (problem) {
      setError(problem)
      return
    }
    await run(
      'publish',
      () =>
        createActivity({
          orgId,
          kind: form.kind,
          title: form.title.trim(),
          body: form.body.trim(),
          place: form.place.trim(),
          capacity: Number(form.capacity),
          startsAt: new Date(form.startsAt).toISOString(),
          endsAt: new Date(form.endsAt).toISOString(),
          signUpBy: new Date(form.signUpBy).toISOString(),
          ...(form.cover ? { cover: form.cover } : {}),
        }),
      {
        done: '已发布',
        then: ({ id }) => void Taro.redirectTo({ url: activityPaths.detail(orgId, id) }),
      },
    )
  }, [form, orgId, run, setError])

  return {
    form,
    error,
    submitting: busy !== '',
    update,
    setTime,
    cover,
    pickCover: () => void cover.pick(1),
    submit: () => void submit(),
  }
}

/** What the form can tell before asking the server (which checks all of it again). */
export function checkForm(form: PublishForm, now = Date.now()): string {
  if (form.title.trim().length < 2) return '请填写活动名称（至少 2 个字）'
  if (form.place.trim().length < 2) return '请填写活动地点'
  const capacity = Number(form.capacity)
  if (!Number.isInteger(capacity) || capacity < 1) return '名额要填 1 以上的整数'
  if (form.endsAt <= form.startsAt) return '结束时间要晚于开始时间'
  if (form.signUpBy <= now) return '报名截止时间要晚于现在'
  if (form.signUpBy > form.startsAt) return '报名截止时间不能晚于活动开始时间'
  return ''
}
