import { callFunctionAs, cloud } from '../../emulator/local-cloud'
import { as } from '../../test/helpers/client'
import { call, callOk, seedDemo, storeContents, type Who } from '../../test/helpers/cloud'
import { lessonDraft } from '../../test/helpers/lesson-draft'
import { pushVerdict } from '../../test/helpers/media'
import type { ActivitySummary } from '../../types/activity'
import type { InboxItem } from '../../types/inbox'
import type { SubmitResult } from '../../types/issue'
import type { Invite } from '../../types/org'
import { HOUR_MS, MINUTE_MS } from '../../types/time'

/** What each action that happens to a person leaves in their 消息. */
const BRANCH = 'org-branch-1'

beforeAll(() => seedDemo())

const inboxOf = async (who: Who): Promise<InboxItem[]> => (await as(who).inbox.listMine({})).items
const unreadOf = async (who: Who) => (await as(who).inbox.countUnread({})).unread

async function tick(): Promise<void> {
  const { result } = await callFunctionAs(
    'cron',
    { Type: 'Timer', TriggerName: 'tick', Time: new Date().toISOString() },
    { openid: '', source: 'wx_trigger' },
  )
  if (!(result as { ok: boolean }).ok)
    throw new Error(`cron tick failed: ${JSON.stringify(result)}`)
}

describe('入支部申请', () => {
  async function ask(openid: string) {
    const person = { openid }
    await callOk(person, 'user', { action: 'login' })
    const { code } = await callOk<Invite>('secretary', 'org', {
      action: 'createInvite',
      orgId: BRANCH,
    })
    await callOk(person, 'org', { action: 'requestJoin', code })
    return person
  }

  it('the applicant finds 已批准加入 in 消息 after the 书记 approves', async () => {
    const person = await ask('o_inbox_join_yes')
    expect(await inboxOf(person)).toEqual([])
    await callOk('secretary', 'org', {
      action: 'decideJoin',
      orgId: BRANCH,
      memberId: person.openid,
      approve: true,
      standing: 'activist',
    })
    expect(await inboxOf(person)).toEqual([
      expect.objectContaining({
        kind: 'joinApproved',
        title: '已批准加入',
        body: '第一党支部已批准你的入支部申请，身份为入党积极分子',
        link: 'pages/branch/index',
        orgId: BRANCH,
        read: false,
      }),
    ])
    expect(await unreadOf(person)).toBe(1)
  })

  it('the applicant finds the decline with the 书记’s reason; a second decision delivers nothing more', async () => {
    const person = await ask('o_inbox_join_no')
    const decline = {
      action: 'decideJoin',
      orgId: BRANCH,
      memberId: person.openid,
      approve: false,
      reason: '请先到社区党群服务中心登记',
    }
    await callOk('secretary', 'org', decline)
    expect(await call('secretary', 'org', decline)).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await inboxOf(person)).toEqual([
      expect.objectContaining({
        kind: 'joinDeclined',
        title: '入支部申请未通过',
        body: '第一党支部婉拒了你的入支部申请：请先到社区党群服务中心登记',
      }),
    ])
  })
})

describe('微党课审核', () => {
  const lessonId = 'inbox-lesson-0001'
  const submit = () =>
    callOk('committee', 'lesson', { action: 'submitLesson', orgId: BRANCH, lessonId })
  const review = (decision: Record<string, unknown>) =>
    callOk('secretary', 'lesson', { action: 'reviewLesson', orgId: BRANCH, lessonId, ...decision })

  it('the author finds 微党课被退回 with the note, then 微党课已发布', async () => {
    await callOk('committee', 'lesson', lessonDraft(BRANCH, lessonId))
    await submit()
    await review({ decision: 'reject', note: '请加一个本支部的例子' })
    const [rejected] = await inboxOf('committee')
    expect(rejected).toMatchObject({
      kind: 'lessonRejected',
      title: '微党课被退回',
      body: '“读懂党员的权利和义务”被退回修改：请加一个本支部的例子',
      link: `packages/lesson/editor/index?orgId=${BRANCH}&id=${lessonId}`,
    })
    await submit()
    await review({ decision: 'publish' })
    const [published] = await inboxOf('committee')
    expect(published).toMatchObject({
      kind: 'lessonPublished',
      title: '微党课已发布',
      body: '你的微党课“读懂党员的权利和义务”已审核通过并发布',
      link: `packages/lesson/reader/index?id=${lessonId}`,
    })
    // The reviewer is told nothing about their own review.
    expect((await inboxOf('secretary')).some((item) => item.kind.startsWith('lesson'))).toBe(false)
  })
})

describe('诉求', () => {
  let requests = 0
  const submit = (who: Who, anonymous: boolean) => {
    requests += 1
    return callOk<SubmitResult>(who, 'issue', {
      action: 'submit',
      requestId: `inbox-issue-${String(requests).padStart(4, '0')}`,
      orgId: BRANCH,
      category: 'facility',
      body: '楼下的路灯坏了好几天，晚上出门很黑。',
      contact: 'in_app',
      anonymous,
    })
  }

  it('the submitter finds 诉求已受理 and then 诉求已答复 in 消息', async () => {
    const submitter = { openid: 'o_inbox_issue_1' }
    const { issue } = await submit(submitter, false)
    const step = { orgId: BRANCH, issueId: issue.id }
    await callOk('secretary', 'issue', { action: 'accept', ...step })
    expect((await inboxOf(submitter))[0]).toMatchObject({
      kind: 'issueAccepted',
      title: '诉求已受理',
      body: '你的设施维修诉求已由第一党支部受理',
      link: `packages/issue/detail/index?id=${issue.id}`,
    })
    await callOk('secretary', 'issue', { action: 'reply', ...step, body: '路灯今天已经修好。' })
    expect((await inboxOf(submitter)).map((item) => item.title)).toEqual([
      '诉求已答复',
      '诉求已受理',
    ])
  })

  it('an anonymous submitter still finds the answer, and no one else gets a row about the case', async () => {
    const submitter = { openid: 'o_inbox_issue_anon' }
    const { issue } = await submit(submitter, true)
    const before = (storeContents().inbox ?? []).length
    await callOk('secretary', 'issue', { action: 'accept', orgId: BRANCH, issueId: issue.id })
    const rows = (storeContents().inbox ?? []) as unknown as { openid: string; body: string }[]
    expect(rows.slice(before)).toEqual([
      expect.objectContaining({
        openid: submitter.openid,
        body: expect.not.stringContaining('o_'),
      }),
    ])
  })

  it('the submitter finds 诉求已提请督办 once the case is overdue and goes up', async () => {
    const submitter = { openid: 'o_inbox_issue_late' }
    const { issue } = await submit(submitter, false)
    await cloud
      .database()
      .collection('issues')
      .doc(issue.id)
      .update({ data: { dueAt: new Date(Date.now() - HOUR_MS) } })
    await tick()
    await tick()
    const escalated = (await inboxOf(submitter)).filter((item) => item.kind === 'issueEscalated')
    expect(escalated).toEqual([
      expect.objectContaining({
        title: '诉求已提请督办',
        body: expect.stringMatching(/^你的设施维修诉求已超过办理期限，已提请.+督办$/),
      }),
    ])
  })
})

describe('活动照片', () => {
  it('the uploader finds 照片审核中 when a photo waits for a person, and 照片未通过 when it is taken down', async () => {
    const at = (minutes: number) => new Date(Date.now() + minutes * MINUTE_MS).toISOString()
    const activity = await callOk<ActivitySummary>('secretary', 'activity', {
      action: 'createActivity',
      orgId: BRANCH,
      kind: 'volunteer',
      title: '消息测试志愿服务',
      place: '幸福社区党群服务中心',
      startsAt: at(10),
      endsAt: at(130),
      signUpBy: at(5),
      capacity: 10,
    })
    const upload = async (name: string) =>
      (
        (await cloud.uploadFile({
          cloudPath: `uploads/activity/202611/inbox-${name}.jpg`,
          fileContent: Buffer.from(`jpeg ${name}`),
        })) as { fileID: string }
      ).fileID
    const [held, risky] = [await upload('held'), await upload('risky')]
    const { added } = await callOk<{ added: { id: string }[] }>('committee', 'activity', {
      action: 'addPhotos',
      orgId: BRANCH,
      activityId: activity.id,
      fileIDs: [held, risky],
    })
    await pushVerdict(held, 'review')
    await pushVerdict(held, 'review')
    await pushVerdict(risky, 'risky')
    const photoRows = (await inboxOf('committee')).filter((item) => item.kind.startsWith('photo'))
    const link = `packages/activity/detail/index?orgId=${BRANCH}&id=${activity.id}`
    expect(photoRows).toEqual([
      expect.objectContaining({
        kind: 'photoRejected',
        title: '照片未通过',
        body: '你在“消息测试志愿服务”上传的照片未通过审核，已撤下',
        link,
      }),
      expect.objectContaining({
        kind: 'photoHeld',
        title: '照片审核中',
        body: '你在“消息测试志愿服务”上传的照片需要人工审核，通过后展示',
        link,
      }),
    ])

    // The 支委 who looks at the held photo takes it down: the uploader is told that too.
    await callOk('secretary', 'activity', {
      action: 'reviewPhoto',
      orgId: BRANCH,
      activityId: activity.id,
      photoId: added[0].id,
      approve: false,
    })
    const [latest] = await inboxOf('committee')
    expect(latest).toMatchObject({ kind: 'photoRejected', title: '照片未通过', link })
  })
})

describe('提醒', () => {
  it('an expected attendee finds 会议提醒 in 消息 with the words of the pushed reminder, once', async () => {
    const meeting = await callOk<{ id: string }>('secretary', 'meeting', {
      action: 'createMeeting',
      orgId: BRANCH,
      requestId: 'inbox-meeting-0001',
      kind: 'committee',
      title: '十二月支委会',
      agenda: '研究发展党员工作',
      startsAt: new Date(Date.now() + 3 * HOUR_MS).toISOString(),
      endsAt: new Date(Date.now() + 4 * HOUR_MS).toISOString(),
      place: '社区会议室',
      hostId: 'o_demo_secretary',
      recorderId: 'o_demo_committee',
    })
    await tick()
    await tick()
    const reminder = (
      storeContents().reminders as unknown as {
        _id: string
        data: Record<string, { value: string }>
      }[]
    ).find((row) => row._id.startsWith(`meetingReminder:${meeting.id}:`))
    if (!reminder) throw new Error('no reminder was made')
    const pushed = Object.values(reminder.data)
      .map((field) => field.value)
      .join('，')
    const reminded = (await inboxOf('committee')).filter((item) => item.kind === 'meetingReminder')
    expect(reminded).toEqual([
      expect.objectContaining({
        title: '会议提醒',
        body: pushed,
        link: `packages/meeting/detail/index?id=${meeting.id}`,
      }),
    ])
    expect(pushed).toContain('十二月支委会')
  })
})

describe('the demo', () => {
  it('张晓明 finds his approval (read) and the 受理 of his 诉求 (unread) in 消息', async () => {
    const items = await inboxOf('member')
    expect(items.at(-1)).toMatchObject({ kind: 'joinApproved', title: '已批准加入', read: true })
    const accepted = items.filter((item) => item.kind === 'issueAccepted')
    expect(accepted.length).toBeGreaterThan(0)
    expect(accepted.every((item) => !item.read)).toBe(true)
  })
})
