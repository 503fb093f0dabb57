import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { expectedByKind, type MeetingFormData, type MeetingKind } from '../../../../types/meeting'
import { formatShanghai } from '../../../format/datetime'
import { createMeeting, getMeeting, getMeetingForm, updateMeeting } from '../../../services/meeting'
import { loadSession } from '../../../services/session'
import { useAction } from '../../../hooks/use-action'
import { HOUR_MS, shanghaiInstant } from '../../../../types/time'
import type { ErrorCode } from '../../../../types/errors'
import { newRequestId } from '../../../format/request-id'

export type ExpectedMode = 'all' | 'committee' | 'custom'

export interface MeetingFormValues {
  kind: MeetingKind
  title: string
  agenda: string
  /** Asia/Shanghai `YYYY-MM-DD`, `HH:mm`. */
  date: string
  start: string
  end: string
  place: string
  hostId: string
  recorderId: string
  expectedMode: ExpectedMode
  expected: string[]
  /** Why 应到 changes once sign-in has opened. */
  reason: string
}

export type FormState =
  | { status: 'loading' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | {
      status: 'ready'
      options: MeetingFormData
      values: MeetingFormValues
      editing: boolean
      /** Editing a meeting whose sign-in has opened: 应到 changes need a reason. */
      underWay: boolean
      /** 应到 as stored, to tell whether it changed. */
      savedExpected: string[]
    }

/** `YYYY-MM-DD` + `HH:mm` in Asia/Shanghai → ISO instant. */
export function toInstant(date: string, time: string): string {
  return shanghaiInstant(date, time).toISOString()
}

function defaults(options: MeetingFormData, me: string, now = Date.now()): MeetingFormValues {
  const nextHour = Math.ceil(now / HOUR_MS) * HOUR_MS
  const start = new Date(nextHour).toISOString()
  const end = new Date(nextHour + HOUR_MS).toISOString()
  const member = (openid: string) => options.members.some((person) => person.openid === openid)
  const recorder = options.members.find((person) => person.role === 'committee')
  return {
    kind: 'committee',
    title: '',
    agenda: '',
    date: formatShanghai(start, 'YYYY-MM-DD'),
    start: formatShanghai(start, 'HH:mm'),
    end: formatShanghai(end, 'HH:mm'),
    place: '',
    hostId: member(me) ? me : (options.members[0]?.openid ?? me),
    recorderId: recorder?.openid ?? (member(me) ? me : (options.members[0]?.openid ?? me)),
    expectedMode: modeForKind('committee'),
    expected: expectedByKind('committee', options.members),
    reason: '',
  }
}

/** Whether two 应到 lists hold the same people. */
export function samePeople(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a)
  return set.size === new Set(b).size && b.every((openid) => set.has(openid))
}

export function expectedFor(
  mode: ExpectedMode,
  options: MeetingFormData,
  custom: string[],
): string[] {
  if (mode === 'custom') return custom
  // The 支委会 itself is the members holding a committee role (not `permits`, which lets admins in).
  return expectedByKind(mode === 'committee' ? 'committee' : 'congress', options.members)
}

/** The 应到 choice a kind starts with: a 支委会 the committee, every other kind all 党员 (预备 too). */
export function modeForKind(kind: MeetingKind): ExpectedMode {
  return kind === 'committee' ? 'committee' : 'all'
}

/**
 * Changing the kind changes who is expected with it — unless the person picked people by hand,
 * which is never thrown away.
 */
export function withKind(values: MeetingFormValues, kind: MeetingKind): MeetingFormValues {
  if (values.expectedMode === 'custom') return { ...values, kind }
  return { ...values, kind, expectedMode: modeForKind(kind) }
}

/**
 * The scheduling form: a new meeting of `orgId`, or an edit of meeting `meetingId`. A failed submit
 * keeps every value; the request id stays the same across retries so the meeting is made once.
 */
export function useMeetingForm({ orgId, meetingId }: { orgId: string; meetingId: string }) {
  const [state, setState] = useState<FormState>({ status: 'loading' })
  const { busy, error, setError, run } = useAction<'save'>()
  const requestId = useRef(newRequestId())

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    if (meetingId) {
      const meeting = await getMeeting({ meetingId })
      if (!meeting.ok)
        return setState({ status: 'error', code: meeting.code, message: meeting.message })
      const options = await getMeetingForm({ orgId: meeting.data.orgId })
      if (!options.ok)
        return setState({ status: 'error', code: options.code, message: options.message })
      const m = meeting.data
      const expected = (m.roster ?? [])
        .filter((entry) => entry.expected)
        .map((entry) => entry.openid)
      return setState({
        status: 'ready',
        editing: true,
        underWay: m.phase !== 'upcoming',
        savedExpected: expected,
        options: options.data,
        values: {
          kind: m.kind,
          title: m.title,
          agenda: m.agenda,
          date: formatShanghai(m.startsAt, 'YYYY-MM-DD'),
          start: formatShanghai(m.startsAt, 'HH:mm'),
          end: formatShanghai(m.endsAt, 'HH:mm'),
          place: m.place,
          hostId: m.host.openid,
          recorderId: m.recorder.openid,
          expectedMode: 'custom',
          expected,
          reason: '',
        },
      })
    }
    const options = await getMeetingForm({ orgId })
    if (!options.ok)
      return setState({ status: 'error', code: options.code, message: options.message })
    const session = await loadSession()
    const me = session.status === 'ready' ? session.result.profile.openid : ''
    setState({
      status: 'ready',
      editing: false,
      underWay: false,
      savedExpected: [],
      options: options.data,
      values: defaults(options.data, me),
    })
  }, [orgId, meetingId])

  useEffect(() => {
    void load()
  }, [load])

  const change = useCallback(
    (patch: Partial<MeetingFormValues>) => {
      setError('')
      setState((previous) =>
        previous.status === 'ready'
          ? {
              ...previous,
              values:
                patch.kind && !patch.expectedMode
                  ? withKind({ ...previous.values, ...patch }, patch.kind)
                  : { ...previous.values, ...patch },
            }
          : previous,
      )
    },
    [setError],
  )

  /** Starts the meeting now (an impromptu 支委会): today, from this minute, for an hour. */
  const startNow = useCallback(() => {
    const now = Date.now()
    change({
      date: formatShanghai(new Date(now).toISOString(), 'YYYY-MM-DD'),
      start: formatShanghai(new Date(now).toISOString(), 'HH:mm'),
      end: formatShanghai(new Date(now + HOUR_MS).toISOString(), 'HH:mm'),
    })
  }, [change])

  const submit = useCallback(async () => {
    if (state.status !== 'ready') return
    const { values, options, editing, underWay, savedExpected } = state
    if (values.title.trim().length < 2) return setError('请填写会议名称（至少 2 个字）')
    if (!values.place.trim()) return setError('请填写会议地点')
    if (!values.agenda.trim()) return setError('请填写会议议程')
    const expected = expectedFor(values.expectedMode, options, values.expected)
    if (expected.length === 0) return setError('请至少选择一位应到人员')
    const expectedChanged = editing && !samePeople(expected, savedExpected)
    if (expectedChanged && underWay && values.reason.trim().length < 2) {
      return setError('签到已经开始，调整应到人员请写明原因')
    }
    const startsAt = toInstant(values.date, values.start)
    let endsAt = toInstant(values.date, values.end)
    // An end earlier than the start means the meeting runs past midnight (the server caps the length).
    if (endsAt <= startsAt) endsAt = new Date(Date.parse(endsAt) + 24 * HOUR_MS).toISOString()
    const fields = {
      title: values.title.trim(),
      agenda: values.agenda.trim(),
      startsAt,
      endsAt,
      place: values.place.trim(),
      hostId: values.hostId,
      recorderId: values.recorderId,
      expected,
    }
    await run(
      'save',
      () =>
        editing
          ? updateMeeting({
              meetingId,
              ...fields,
              ...(expectedChanged && underWay ? { reason: values.reason.trim() } : {}),
            })
          : createMeeting({
              orgId: options.orgId,
              requestId: requestId.current,
              kind: values.kind,
              ...fields,
            }),
      {
        done: editing ? '已保存' : '会议已安排',
        then: ({ id }) =>
          void (editing
            ? Taro.navigateBack()
            : Taro.redirectTo({ url: `/packages/meeting/detail/index?id=${id}` })),
      },
    )
  }, [state, meetingId, run, setError])

  return { state, saving: busy !== '', error, change, startNow, submit, retry: load }
}
