import { callFunctionAs, cloud } from '../../emulator/local-cloud'
import { deliverMediaVerdict } from '../../emulator/message-push'
import { setMediaCheckListener } from '../../emulator/openapi'
import { mediaCheckPush } from '../../emulator/platform/security'
import { DEMO_APPID } from '../../emulator/functions'
import { call, callOk, seedDemo, storeContents } from '../../test/helpers/cloud'
import { LESSON_PARAGRAPHS, lessonDraft } from '../../test/helpers/lesson-draft'
import { pushVerdict, traceIdOf } from '../../test/helpers/media'
import type { ActivityDetail, ActivitySummary } from '../../types/activity'
import type { IssueDetail, SubmitResult } from '../../types/issue'
import type { LessonDetail } from '../../types/lesson'
import type { MeetingDetail } from '../../types/meeting'

beforeAll(() => seedDemo())

const B1 = 'org-branch-1'
const MINUTE = 60 * 1000

let uploads = 0
/** A real file in local storage, in the folder the domain uploads to. */
async function upload(folder: string): Promise<string> {
  uploads += 1
  const { fileID } = (await cloud.uploadFile({
    cloudPath: `uploads/${folder}/202611/moderation-${uploads}.jpg`,
    fileContent: Buffer.from(`jpeg ${uploads}`),
  })) as { fileID: string }
  return fileID
}

const at = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString()

describe('the verdict receiver', () => {
  it('refuses every call from the app, whoever makes it, and writes nothing', async () => {
    const push: Record<string, unknown> = {
      ...mediaCheckPush({ traceId: 'forged', suggest: 'pass', appid: DEMO_APPID, openid: 'o_x' }),
    }
    const before = storeContents()
    for (const who of ['admin', 'secretary', 'member', 'resident', 'nobody'] as const) {
      expect(await call(who, 'moderation', push)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await call(who, 'moderation', { action: 'receiveMediaCheck', push })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
    }
    // Through another function the app called, SOURCE is `wx_client,scf`: still the app.
    const relayed = await callFunctionAs('moderation', push, {
      openid: 'o_demo_member',
      source: 'wx_client,scf',
    })
    expect(relayed.result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })

  it('keeps a verdict that arrives before its image was recorded, and ignores a repeat', async () => {
    const fileID = await upload('issues')
    // WeChat pushes as soon as it has decided: here, while the submission is still being saved.
    let early: Promise<unknown> = Promise.resolve()
    setMediaCheckListener((check) => {
      early = deliverMediaVerdict(check.traceId, 'pass')
    })
    let issueId = ''
    try {
      const { issue } = await callOk<SubmitResult>('resident', 'issue', {
        action: 'submit',
        requestId: 'moderation-early-0001',
        orgId: B1,
        category: 'facility',
        body: '小区门口的路面塌了一块，雨天容易摔倒。',
        contact: 'in_app',
        anonymous: false,
        photos: [fileID],
      })
      issueId = issue.id
      await early
    } finally {
      setMediaCheckListener(undefined)
    }
    const seen = await callOk<IssueDetail>('secretary', 'issue', { action: 'get', issueId })
    expect(seen.photos).toEqual([fileID])
    expect(await pushVerdict(fileID, 'pass')).toMatchObject({ data: { applied: 'unchanged' } })
    const row = (storeContents().mediaChecks as { _id: string }[]).find(
      (check) => check._id === traceIdOf(fileID),
    )
    expect(row).toMatchObject({ kind: 'issuePhoto', verdict: 'pass', applied: true })
  })
})

describe('a pushed verdict shows a held photo (pass) or removes it (risky), in every domain', () => {
  it('activity photos and the cover', async () => {
    const cover = await upload('activity')
    const activity = await callOk<ActivitySummary>('secretary', 'activity', {
      action: 'createActivity',
      orgId: B1,
      kind: 'volunteer',
      title: '审核测试志愿服务',
      place: '幸福社区党群服务中心',
      startsAt: at(10),
      endsAt: at(130),
      signUpBy: at(5),
      capacity: 10,
      cover,
    })
    expect(activity.cover).toBe('')
    const [good, bad] = [await upload('activity'), await upload('activity')]
    const { added } = await callOk<{ added: { id: string; status: string }[] }>(
      'committee',
      'activity',
      { action: 'addPhotos', orgId: B1, activityId: activity.id, fileIDs: [good, bad] },
    )
    expect(added.map((photo) => photo.status)).toEqual(['pending', 'pending'])
    const view = (who: 'member' | 'committee') =>
      callOk<ActivityDetail>(who, 'activity', {
        action: 'getActivity',
        orgId: B1,
        activityId: activity.id,
      })
    expect((await view('member')).photos).toEqual([])
    expect((await view('committee')).photos.map((photo) => photo.status)).toEqual([
      'pending',
      'pending',
    ])

    await pushVerdict(good, 'pass')
    await pushVerdict(bad, 'risky')
    await pushVerdict(cover, 'pass')
    const after = await view('member')
    expect(after.photos).toMatchObject([{ fileID: good, status: 'approved' }])
    expect(after.cover).toBe(cover)
    expect((await view('committee')).photos.map((photo) => photo.fileID)).toEqual([good])
  })

  it('meeting minutes photos', async () => {
    const start = Date.now() - 2 * 3600 * 1000
    const meeting = await callOk<MeetingDetail>('secretary', 'meeting', {
      action: 'createMeeting',
      orgId: B1,
      requestId: 'moderation-minutes-01',
      // A 党员大会: every member reads its minutes (a 支委会's are the committee's).
      kind: 'congress',
      title: '审核测试党员大会',
      agenda: '研究下月工作安排',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3600 * 1000).toISOString(),
      place: '党群服务中心小会议室',
      hostId: 'o_demo_secretary',
      recorderId: 'o_demo_committee',
    })
    const [good, bad] = [await upload('meeting'), await upload('meeting')]
    await callOk('committee', 'meeting', {
      action: 'recordMinutes',
      meetingId: meeting.id,
      version: 0,
      summary: '会议研究了下月的工作安排，明确了分工。',
      resolutions: [],
      photos: [good, bad],
    })
    const minutesOf = async (who: 'member' | 'committee') =>
      (await callOk<MeetingDetail>(who, 'meeting', { action: 'getMeeting', meetingId: meeting.id }))
        .minutes?.photos
    expect(await minutesOf('member')).toEqual([])
    expect(await minutesOf('committee')).toEqual([
      { fileID: good, checking: true },
      { fileID: bad, checking: true },
    ])
    await pushVerdict(good, 'pass')
    await pushVerdict(bad, 'risky')
    expect(await minutesOf('member')).toEqual([{ fileID: good, checking: false }])
    expect(await minutesOf('committee')).toEqual([{ fileID: good, checking: false }])
  })

  it('issue photos (the submitter’s) and reply photos (the handler’s)', async () => {
    const [good, bad] = [await upload('issues'), await upload('issues')]
    const { issue } = await callOk<SubmitResult>('resident', 'issue', {
      action: 'submit',
      requestId: 'moderation-issue-0001',
      orgId: B1,
      category: 'facility',
      body: '楼道里的灯坏了，晚上上下楼看不清。',
      contact: 'in_app',
      anonymous: false,
      photos: [good, bad],
    })
    expect(issue).toMatchObject({ photos: [], checkingPhotos: [good, bad] })
    const asHandler = () =>
      callOk<IssueDetail>('secretary', 'issue', { action: 'get', issueId: issue.id })
    expect(await asHandler()).toMatchObject({ photos: [], checkingPhotos: [] })
    await pushVerdict(good, 'pass')
    await pushVerdict(bad, 'risky')
    expect(await asHandler()).toMatchObject({ photos: [good], checkingPhotos: [] })

    const step = { orgId: B1, issueId: issue.id }
    await callOk('secretary', 'issue', { action: 'accept', ...step })
    const replyPhoto = await upload('issues')
    await callOk('secretary', 'issue', {
      action: 'reply',
      ...step,
      body: '已联系物业，今天下午换好灯泡。',
      photos: [replyPhoto],
    })
    const asSubmitter = () =>
      callOk<IssueDetail>('resident', 'issue', { action: 'get', issueId: issue.id })
    expect((await asSubmitter()).reply).toMatchObject({ photos: [], checkingPhotos: [] })
    expect((await asHandler()).reply).toMatchObject({ photos: [], checkingPhotos: [replyPhoto] })
    await pushVerdict(replyPhoto, 'pass')
    expect((await asSubmitter()).reply).toMatchObject({ photos: [replyPhoto] })
  })

  it('lesson images', async () => {
    const [good, bad] = [await upload('lessons'), await upload('lessons')]
    const lessonId = 'moderation-lesson-01'
    const [first, second] = LESSON_PARAGRAPHS.map((text) => ({ kind: 'text', text }))
    await callOk(
      'committee',
      'lesson',
      lessonDraft(B1, lessonId, {
        blocks: [
          first,
          { kind: 'image', fileID: good, caption: '学习现场' },
          second,
          { kind: 'image', fileID: bad, caption: '讨论' },
        ],
      }),
    )
    await callOk('committee', 'lesson', { action: 'submitLesson', orgId: B1, lessonId })
    await callOk('secretary', 'lesson', {
      action: 'reviewLesson',
      orgId: B1,
      lessonId,
      decision: 'publish',
    })
    const imagesFor = async (who: 'member' | 'committee') => {
      const lesson = await callOk<LessonDetail>(who, 'lesson', { action: 'getLesson', lessonId })
      return {
        shown: lesson.blocks.flatMap((block) => (block.kind === 'image' ? [block.fileID] : [])),
        checking: lesson.checkingImages,
        blocked: lesson.blockedImages,
      }
    }
    expect(await imagesFor('member')).toEqual({ shown: [], checking: [], blocked: [] })
    expect(await imagesFor('committee')).toEqual({
      shown: [good, bad],
      checking: [good, bad],
      blocked: [],
    })
    await pushVerdict(good, 'pass')
    await pushVerdict(bad, 'risky')
    expect(await imagesFor('member')).toEqual({ shown: [good], checking: [], blocked: [] })
    expect(await imagesFor('committee')).toEqual({
      shown: [good, bad],
      checking: [],
      blocked: [bad],
    })
  })
})

describe('image checks', () => {
  it('every image is checked in the one scene, with the trace id kept server-side only', async () => {
    const fileID = await upload('issues')
    const { issue } = await callOk<SubmitResult>('resident', 'issue', {
      action: 'submit',
      requestId: 'moderation-scene-0001',
      orgId: B1,
      category: 'facility',
      body: '单元门的门禁坏了，外人随意进出。',
      contact: 'in_app',
      anonymous: false,
      photos: [fileID],
    })
    const trace = traceIdOf(fileID)
    expect(JSON.stringify(issue)).not.toContain(trace)
    const check = (storeContents().mediaChecks as { _id: string; kind: string }[]).find(
      (row) => row._id === trace,
    )
    expect(check).toMatchObject({ kind: 'issuePhoto' })
  })
})
