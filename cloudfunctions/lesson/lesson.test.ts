import { callFunctionAs, cloud } from '../../emulator/local-cloud'
import { openapiOutbox } from '../../emulator/openapi'
import {
  call,
  callOk,
  refuseAdds,
  seedDemo,
  storeContents,
  type Who,
} from '../../test/helpers/cloud'
import type {
  LessonDetail,
  LessonFeed,
  LessonStats,
  MyLessonItem,
  ProgressResult,
  ReviewItem,
  SavedLesson,
} from '../../types/lesson'
import { MINIMUM_EVIDENCE_NOTE } from '../../types/lesson'
import { lessonDraft } from '../../test/helpers/lesson-draft'
import type { Page } from '../../types/org'
import { creditBeat, MAX_SECONDS_PER_BEAT } from './src/progress'
import { peopleOf } from '../../emulator/demo/facts'
import { DAY_MS, endOfShanghaiDay, lastDayAhead, shanghaiDay } from '../../types/time'

beforeAll(() => seedDemo())

const db = () => cloud.database()

function draft(lessonId: string, overrides: Record<string, unknown> = {}) {
  return lessonDraft('org-branch-1', lessonId, overrides)
}

function feed(who: Who, orgId = 'org-branch-1', extra: Record<string, unknown> = {}) {
  return callOk<LessonFeed>(who, 'lesson', { action: 'listLessons', orgId, ...extra })
}

/** Moves the reader's session start into the past, as if they had been reading for `seconds`. */
async function readFor(lessonId: string, openid: string, seconds: number) {
  await db()
    .collection('lessonProgress')
    .doc(`${lessonId}_${openid}`)
    .update({ data: { beatAt: new Date(Date.now() - seconds * 1000) } })
}

function beat(who: Who, lessonId: string, percent: number, activeSeconds: number) {
  return call<ProgressResult>(who, 'lesson', {
    action: 'recordProgress',
    lessonId,
    percent,
    activeSeconds,
  })
}

/** The feed's order: unfinished required lessons by due date, then pinned ones, then the rest. */
function expectRequiredFirst(items: LessonFeed['items']) {
  const rank = (item: LessonFeed['items'][number]) =>
    item.due && !item.progress?.completed ? 0 : item.pinned ? 1 : 2
  const ranks = items.map(rank)
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  const dues = items.filter((item) => rank(item) === 0).map((item) => item.due ?? '')
  expect(dues).toEqual([...dues].sort())
}

describe('the 学习 tab', () => {
  it('lists the branch’s and the higher orgs’ lessons, pinned and unfinished 规定动作 first, in ≤ 3 round trips', async () => {
    const reply = await call<LessonFeed>('member', 'lesson', {
      action: 'listLessons',
      orgId: 'org-branch-1',
    })
    if (!reply.ok) throw new Error(reply.message)
    expect(reply.roundTrips).toBeLessThanOrEqual(3)
    const ids = reply.data.items.map((item) => item.id)
    // Scope: branch 1, the 总支 and the 党工委 — never branch 2, never unpublished.
    expect(ids).toEqual(
      expect.arrayContaining([
        'lesson-demo-discipline',
        'lesson-demo-redboat',
        'lesson-demo-pioneer',
        'lesson-demo-three-one',
        'lesson-demo-keywords',
      ]),
    )
    expect(ids).not.toContain('lesson-demo-sorting')
    expect(ids).not.toContain('lesson-demo-mediation')
    expect(ids).not.toContain('lesson-demo-draft')
    // Unfinished 规定动作 first, then pinned, then newest first.
    expectRequiredFirst(reply.data.items)
    expect(ids.slice(0, 3).sort()).toEqual(
      ['lesson-demo-discipline', 'lesson-demo-redboat', 'lesson-demo-three-one'].sort(),
    )
    expect(ids.slice(3)).toEqual(['lesson-demo-pioneer', 'lesson-demo-keywords'])

    const required = reply.data.items.find((item) => item.id === 'lesson-demo-discipline')
    expect(required).toMatchObject({
      due: expect.any(String),
      progress: { percent: 40, completed: false },
    })
    expect(required?.minutes).toBeGreaterThanOrEqual(1)
    expect(reply.data.items.find((item) => item.id === 'lesson-demo-pioneer')?.due).toBeNull()
    expect(reply.data.meta?.tags).toEqual(expect.arrayContaining(['党规党纪', '党史', '基层治理']))
    expect(reply.data.meta?.pendingReview).toBe(0)
  })

  it('tells a secretary what waits for review and an author where their lessons stand', async () => {
    const asSecretary = await feed('secretary')
    expect(asSecretary.meta?.pendingReview).toBe(1)
    const asCommittee = await feed('committee')
    expect(asCommittee.meta?.mine).toEqual({ draft: 2, pending: 1, rejected: 1 })
    expect(asCommittee.meta?.pendingReview).toBe(0)
  })

  it('narrows to one tag', async () => {
    const tagged = await feed('member', 'org-branch-1', { tag: '党史' })
    expect(tagged.items.map((item) => item.id)).toEqual(['lesson-demo-redboat'])
    expect(tagged.meta).toBeNull()
  })

  it('is refused for another branch and for people with no membership, writing nothing', async () => {
    const before = storeContents()
    expect(
      await call({ openid: 'o_demo_05' }, 'lesson', {
        action: 'listLessons',
        orgId: 'org-branch-1',
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(
      await call('resident', 'lesson', { action: 'listLessons', orgId: 'org-branch-1' }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })
})

describe('writing and review', () => {
  it('goes draft → pending → rejected with a note → edited → pending → published, and the branch reads it', async () => {
    const id = 'test-flow-0001'
    const [first, retried] = await Promise.all([
      callOk<SavedLesson>('committee', 'lesson', draft(id)),
      callOk<SavedLesson>('committee', 'lesson', draft(id)),
    ])
    expect(first.status).toBe('draft')
    expect(retried.id).toBe(id)
    expect(
      storeContents().lessons.filter((row) => (row as { _id: string })._id === id),
    ).toHaveLength(1)

    // Nobody else sees a draft.
    expect(await call('secretary', 'lesson', { action: 'getLesson', lessonId: id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })

    await callOk('committee', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    expect(await call('member', 'lesson', { action: 'getLesson', lessonId: id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    const queue = await callOk<Page<ReviewItem>>('secretary', 'lesson', {
      action: 'listReviewQueue',
      orgId: 'org-branch-1',
    })
    expect(queue.items.map((item) => item.id)).toContain(id)
    expect(queue.items.find((item) => item.id === id)).toMatchObject({ authorName: '李红梅' })

    // The author cannot edit while it is in review, and a reject needs a note.
    expect(await call('committee', 'lesson', draft(id, { title: '改标题' }))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    const noNote = await call('secretary', 'lesson', {
      action: 'reviewLesson',
      orgId: 'org-branch-1',
      lessonId: id,
      decision: 'reject',
    })
    expect(noNote).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    if (!noNote.ok) expect(noNote.message).toContain('退回原因')

    await callOk('secretary', 'lesson', {
      action: 'reviewLesson',
      orgId: 'org-branch-1',
      lessonId: id,
      decision: 'reject',
      note: '请加一个本支部的例子',
    })
    const asAuthor = await callOk<LessonDetail>('committee', 'lesson', {
      action: 'getLesson',
      lessonId: id,
    })
    expect(asAuthor).toMatchObject({
      status: 'rejected',
      reviewNote: '请加一个本支部的例子',
      can: { edit: true, submit: true, review: false },
      progress: null,
    })
    expect(asAuthor.history.map((event) => event.event)).toEqual(['submitted', 'rejected'])
    expect(asAuthor.history[1]).toMatchObject({ actorName: '王建国', note: '请加一个本支部的例子' })
    const mine = await callOk<Page<MyLessonItem>>('committee', 'lesson', {
      action: 'listMyLessons',
    })
    expect(mine.items[0]).toMatchObject({
      id,
      status: 'rejected',
      reviewNote: '请加一个本支部的例子',
    })

    await callOk('committee', 'lesson', {
      ...draft(id),
      blocks: [
        ...draft(id).blocks,
        { kind: 'text', text: '比如我们支部的赵丽华同志，每周走访独居老人，就是在履行党员义务。' },
      ],
    })
    await callOk('committee', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    const published = await callOk<SavedLesson>('secretary', 'lesson', {
      action: 'reviewLesson',
      orgId: 'org-branch-1',
      lessonId: id,
      decision: 'publish',
    })
    expect(published.status).toBe('published')
    // A second tap (or a second reviewer) finds it already decided.
    expect(
      await call({ openid: 'o_demo_admin' }, 'lesson', {
        action: 'reviewLesson',
        orgId: 'org-branch-1',
        lessonId: id,
        decision: 'reject',
        note: '晚了一步',
      }),
    ).toMatchObject({ ok: false, code: 'CONFLICT' })

    const afterwards = await feed('member')
    expect(afterwards.items.map((item) => item.id)).toContain(id)
    const audit = storeContents().audit as { action: string; target: string }[]
    expect(audit.filter((row) => row.target === id).map((row) => row.action)).toEqual(
      expect.arrayContaining(['lesson.saveDraft', 'lesson.submitLesson', 'lesson.reviewLesson']),
    )
  })

  it('when the store refuses a new draft, the author is told saving failed, not that the id is taken', async () => {
    const before = storeContents()
    const restore = refuseAdds('lessons')
    const reply = await call('secretary', 'lesson', draft('test-refused-0001'))
    restore()
    expect(reply).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(storeContents()).toEqual(before)
  })

  it('a 党委’s only admin writing at the 党委 level is reviewed by its 委员, and is told so', async () => {
    const root = 'org-lone-root'
    await db()
      .collection('orgs')
      .add({
        data: {
          _id: root,
          name: '独立测试党委',
          kind: 'committee',
          parentId: '',
          ancestors: [],
          archived: false,
          createdAt: new Date(),
        },
      })
    const join = (openid: string, role: string) =>
      db()
        .collection('memberships')
        .add({
          data: {
            _id: `${root}_${openid}`,
            orgId: root,
            openid,
            role,
            status: 'active',
            via: 'seed',
          },
        })
    await join('o_lone_admin', 'admin')
    const author = { openid: 'o_lone_admin' }
    const id = 'test-lone-0001'
    await callOk(author, 'lesson', draft(id, { orgId: root }))
    // Nobody else at all: refused, with what to do, and the draft stays a draft.
    const before = storeContents()
    expect(
      await call(author, 'lesson', { action: 'submitLesson', orgId: root, lessonId: id }),
    ).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    expect(storeContents().lessons).toEqual(before.lessons)

    await join('o_lone_weiyuan', 'committee')
    await callOk(author, 'lesson', { action: 'submitLesson', orgId: root, lessonId: id })
    const asAuthor = await callOk<LessonDetail>(author, 'lesson', {
      action: 'getLesson',
      lessonId: id,
    })
    expect(asAuthor.reviewer).toBe('独立测试党委的委员（本级和上级没有其他书记或管理员）')

    const reviewer = { openid: 'o_lone_weiyuan' }
    const queue = await callOk<Page<ReviewItem>>(reviewer, 'lesson', {
      action: 'listReviewQueue',
      orgId: root,
    })
    expect(queue.items.map((item) => item.id)).toEqual([id])
    await callOk(reviewer, 'lesson', {
      action: 'reviewLesson',
      orgId: root,
      lessonId: id,
      decision: 'publish',
    })
    expect(
      (await callOk<LessonDetail>(author, 'lesson', { action: 'getLesson', lessonId: id })).status,
    ).toBe('published')
  })

  it('a branch lesson waits for the 书记, who the author is told; a 支委 may not review it', async () => {
    const id = 'test-branch-0001'
    await callOk('committee', 'lesson', draft(id))
    await callOk('committee', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    const asAuthor = await callOk<LessonDetail>('committee', 'lesson', {
      action: 'getLesson',
      lessonId: id,
    })
    expect(asAuthor.reviewer).toBe('第一党支部书记或上级管理员')
    const before = storeContents()
    expect(
      await call({ openid: 'o_demo_deputy' }, 'lesson', {
        action: 'reviewLesson',
        orgId: 'org-branch-1',
        lessonId: id,
        decision: 'publish',
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
    const queue = await callOk<Page<ReviewItem>>({ openid: 'o_demo_deputy' }, 'lesson', {
      action: 'listReviewQueue',
      orgId: 'org-branch-1',
    })
    expect(queue.items.map((item) => item.id)).not.toContain(id)
  })

  it('never lets the author review their own lesson', async () => {
    const id = 'test-own-0001'
    await callOk('secretary', 'lesson', draft(id))
    await callOk('secretary', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    const before = storeContents()
    const reply = await call('secretary', 'lesson', {
      action: 'reviewLesson',
      orgId: 'org-branch-1',
      lessonId: id,
      decision: 'publish',
    })
    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
    // An admin above reviews it instead.
    await callOk('admin', 'lesson', {
      action: 'reviewLesson',
      orgId: 'org-branch-1',
      lessonId: id,
      decision: 'publish',
    })
  })

  it('only 书记 and admins review; 支委 and members are refused', async () => {
    for (const who of ['committee', 'member'] as const) {
      expect(
        await call(who, 'lesson', {
          action: 'reviewLesson',
          orgId: 'org-branch-1',
          lessonId: 'lesson-demo-mediation',
          decision: 'publish',
        }),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
  })

  it('says what is missing before a lesson can go to review', async () => {
    const id = 'test-incomplete-01'
    await callOk('committee', 'lesson', draft(id, { summary: '', blocks: [] }))
    const reply = await call('committee', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    expect(reply).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    if (!reply.ok) expect(reply.message).toContain('导语')
  })

  it('refuses a risky lesson saying what kind (违法犯罪); it stays the author’s draft and nobody else sees it', async () => {
    const id = 'test-held-00001'
    await callOk(
      'committee',
      'lesson',
      draft(id, {
        blocks: [
          {
            kind: 'text',
            text: '最近小区里有人在宣传网络赌博，大家千万不要参与，发现了请及时报告社区网格员，也提醒家里的老人和孩子。',
          },
        ],
      }),
    )
    const before = storeContents()
    const refused = await call<SavedLesson>('committee', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    expect(refused).toMatchObject({ ok: false, code: 'CONTENT_RISKY' })
    if (!refused.ok) expect(refused.message).toContain('违法犯罪')
    expect(storeContents()).toEqual(before)
    const queue = await callOk<Page<ReviewItem>>('secretary', 'lesson', {
      action: 'listReviewQueue',
      orgId: 'org-branch-1',
    })
    expect(queue.items.map((item) => item.id)).not.toContain(id)
    // Edited, it goes to review; the reviewer never learns an earlier draft was refused.
    await callOk<SavedLesson>('committee', 'lesson', draft(id))
    await callOk('committee', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    const asReviewer = await callOk<LessonDetail>('secretary', 'lesson', {
      action: 'getLesson',
      lessonId: id,
    })
    expect(asReviewer).toMatchObject({
      status: 'pending',
      hold: null,
      contentFlag: null,
      can: { review: true },
    })
    expect(asReviewer.history.map((event) => event.event)).toEqual(['submitted'])
  })

  it('a lesson with a word the check wants a person to read (刷单) goes to the reviewer’s queue marked 欺诈, and the reviewer can publish it', async () => {
    const id = 'test-review-0001'
    await callOk(
      'committee',
      'lesson',
      draft(id, {
        blocks: [
          {
            kind: 'text',
            text: '最近有人在业主群里招“刷单兼职”，说先垫钱后返利，还说每天能挣几百块。这是诈骗的老套路，遇到请千万不要转账，及时告诉社区民警和网格员，也提醒家里的老人。',
          },
        ],
      }),
    )
    const submitted = await callOk<SavedLesson>('committee', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    expect(submitted).toMatchObject({ status: 'pending', hold: null })
    const queue = await callOk<Page<ReviewItem>>('secretary', 'lesson', {
      action: 'listReviewQueue',
      orgId: 'org-branch-1',
    })
    expect(queue.items.find((item) => item.id === id)).toMatchObject({ contentFlag: '欺诈' })
    const asReviewer = await callOk<LessonDetail>('secretary', 'lesson', {
      action: 'getLesson',
      lessonId: id,
    })
    expect(asReviewer).toMatchObject({ status: 'pending', contentFlag: '欺诈' })
    expect(asReviewer.history[0].note).toContain('欺诈')
    const asReader = await call<LessonDetail>('member', 'lesson', {
      action: 'getLesson',
      lessonId: id,
    })
    expect(asReader.ok && asReader.data.contentFlag).toBeFalsy()

    await callOk('secretary', 'lesson', {
      action: 'reviewLesson',
      orgId: 'org-branch-1',
      lessonId: id,
      decision: 'publish',
    })
    const published = await callOk<LessonDetail>('member', 'lesson', {
      action: 'getLesson',
      lessonId: id,
    })
    expect(published).toMatchObject({ status: 'published', contentFlag: null })
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'lesson.submitLesson',
          target: id,
          summary: expect.stringContaining('可能涉及欺诈'),
        }),
        expect.objectContaining({
          action: 'lesson.reviewLesson',
          target: id,
          summary: expect.stringContaining('审核人已阅'),
        }),
      ]),
    )
  })

  it('sends images to the asynchronous media check when a lesson is submitted', async () => {
    const id = 'test-image-0001'
    const fileID = 'cloud://zhibu-local.7a68-zhibu-local/uploads/lessons/202611/a.jpg'
    const upload = await cloud.uploadFile({
      cloudPath: 'uploads/lessons/202611/a.jpg',
      fileContent: Buffer.from('jpg'),
    })
    expect(upload.fileID).toBe(fileID)
    const withImage = draft(id)
    await callOk('committee', 'lesson', {
      ...withImage,
      blocks: [...withImage.blocks, { kind: 'image', fileID, caption: '支部活动照片' }],
    })
    await callOk('committee', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    const checks = openapiOutbox().filter((entry) => entry.api === 'security.mediaCheckAsync')
    expect(checks.at(-1)?.params).toMatchObject({
      mediaType: 2,
      version: 2,
      openid: 'o_demo_committee',
    })
  })

  it('refuses bad input with a message and writes nothing; a payload openid is ignored', async () => {
    const before = storeContents()
    const unknownField = await call('committee', 'lesson', {
      ...draft('test-bad-00001'),
      secret: 1,
    })
    expect(unknownField).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    const foreignImage = await call(
      'committee',
      'lesson',
      draft('test-bad-00002', {
        blocks: [{ kind: 'image', fileID: 'https://example.com/x.jpg', caption: '' }],
      }),
    )
    expect(foreignImage).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    if (!foreignImage.ok) expect(foreignImage.message).toContain('图片')
    const longTitle = await call(
      'committee',
      'lesson',
      draft('test-bad-00003', { title: '长'.repeat(41) }),
    )
    expect(longTitle).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    if (!longTitle.ok) expect(longTitle.message).toContain('标题最多')
    expect(storeContents()).toEqual(before)

    await callOk('committee', 'lesson', { ...draft('test-openid-01'), openid: 'o_demo_secretary' })
    const row = storeContents().lessons.find(
      (lesson) => (lesson as { _id: string })._id === 'test-openid-01',
    )
    expect(row).toMatchObject({ authorId: 'o_demo_committee' })
  })
})

describe('reading', () => {
  it('opens a lesson for a member in ≤ 3 round trips and resumes where they left off', async () => {
    const reply = await call<LessonDetail>('member', 'lesson', {
      action: 'getLesson',
      lessonId: 'lesson-demo-discipline',
    })
    if (!reply.ok) throw new Error(reply.message)
    expect(reply.roundTrips).toBeLessThanOrEqual(3)
    expect(reply.data).toMatchObject({
      status: 'published',
      orgName: '幸福街道党工委',
      dueForMe: expect.any(String),
      progress: { percent: 40, resumeAt: 40, completed: false },
      history: [],
      can: { edit: false, review: false, statsOrgId: null, requireOrgId: null },
    })
    expect(reply.data.blocks.length).toBeGreaterThan(3)
  })

  it('opens a card shared from another branch only for members in scope', async () => {
    const reply = await call({ openid: 'o_demo_05' }, 'lesson', {
      action: 'getLesson',
      lessonId: 'lesson-demo-pioneer',
    })
    expect(reply).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    if (!reply.ok) expect(reply.message).toContain('加入支部')
    const resident = await call('resident', 'lesson', {
      action: 'getLesson',
      lessonId: 'lesson-demo-pioneer',
    })
    expect(resident).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })

  it('a member of another branch gets the same answer for a real lesson id as for a made-up one', async () => {
    const before = storeContents()
    const madeUpId = 'lesson-made-up-0000'
    const answer = async (who: Who, event: Record<string, unknown>) => {
      const { roundTrips: _trips, ...reply } = await call(who, 'lesson', event)
      return reply
    }
    // 第一党支部's published, pending and draft lessons, asked for from 第二党支部 and by a resident.
    for (const lessonId of ['lesson-demo-pioneer', 'lesson-demo-mediation', 'lesson-demo-draft']) {
      for (const who of [{ openid: 'o_demo_05' }, 'resident'] as Who[]) {
        const madeUp = await answer(who, { action: 'getLesson', lessonId: madeUpId })
        expect(madeUp).toMatchObject({ ok: false, code: 'NOT_FOUND' })
        expect(await answer(who, { action: 'getLesson', lessonId })).toEqual(madeUp)
      }
      // 第二党支部's secretary, in their own branch, naming 第一党支部's lesson.
      for (const ask of [
        { action: 'submitLesson' },
        { action: 'withdrawLesson' },
        { action: 'reviewLesson', decision: 'publish' },
        { action: 'setPinned', pinned: true },
      ]) {
        const event = { ...ask, orgId: 'org-branch-2' }
        const madeUp = await answer({ openid: 'o_demo_02' }, { ...event, lessonId: madeUpId })
        expect(madeUp).toMatchObject({ ok: false, code: 'NOT_FOUND' })
        expect(await answer({ openid: 'o_demo_02' }, { ...event, lessonId })).toEqual(madeUp)
      }
    }
    expect(storeContents()).toEqual(before)
  })

  it('saving a draft under the id of a lesson in another branch says only that the id is taken', async () => {
    const save = async (lessonId: string) => {
      const { roundTrips: _trips, ...reply } = await call({ openid: 'o_demo_02' }, 'lesson', {
        action: 'saveDraft',
        orgId: 'org-branch-2',
        lessonId,
        title: '借用编号',
        summary: '',
        blocks: [{ kind: 'text', text: '内容' }],
        tags: [],
      })
      return reply
    }
    const before = storeContents()
    const draft = await save('lesson-demo-draft')
    expect(draft).toMatchObject({ ok: false, code: 'CONFLICT' })
    // Whatever the lesson is (a draft, one in review, a published one), the answer is the same.
    expect(await save('lesson-demo-mediation')).toEqual(draft)
    expect(await save('lesson-demo-pioneer')).toEqual(draft)
    expect(storeContents()).toEqual(before)
  })

  it('shows leaders their tools: the secretary pins and sees stats, the admin may require', async () => {
    const asSecretary = await callOk<LessonDetail>('secretary', 'lesson', {
      action: 'getLesson',
      lessonId: 'lesson-demo-pioneer',
    })
    expect(asSecretary.can).toMatchObject({
      pin: true,
      statsOrgId: 'org-branch-1',
      requireOrgId: null,
    })
    const asAdmin = await callOk<LessonDetail>('admin', 'lesson', {
      action: 'getLesson',
      lessonId: 'lesson-demo-pioneer',
    })
    expect(asAdmin.can).toMatchObject({
      pin: true,
      statsOrgId: 'org-committee',
      requireOrgId: 'org-branch-1',
    })
  })
})

describe('reading progress counts real reading only', () => {
  const lessonId = 'lesson-demo-pioneer'
  const member = 'o_demo_member'

  it('caps each beat by the wall time since the previous beat', async () => {
    await callOk('member', 'lesson', { action: 'getLesson', lessonId })
    // Just opened: a beat claiming a minute gets (almost) nothing.
    const instant = await beat('member', lessonId, 30, 60)
    if (!instant.ok) throw new Error(instant.message)
    expect(instant.data.credited).toBeLessThanOrEqual(1)

    await readFor(lessonId, member, 12)
    const honest = await beat('member', lessonId, 50, 10)
    if (!honest.ok) throw new Error(honest.message)
    expect(honest.data.credited).toBe(10)

    await readFor(lessonId, member, 15)
    const inflated = await beat('member', lessonId, 60, 90)
    if (!inflated.ok) throw new Error(inflated.message)
    expect(inflated.data.credited).toBeGreaterThanOrEqual(15)
    expect(inflated.data.credited).toBeLessThanOrEqual(16)
    expect(inflated.data.activeSeconds).toBe(instant.data.credited + 10 + inflated.data.credited)
  })

  it('never adds more than the wall time when two beats arrive together', async () => {
    await readFor(lessonId, member, 20)
    const [a, b] = await Promise.all([
      beat('member', lessonId, 70, 20),
      beat('member', lessonId, 70, 20),
    ])
    const credited = [a, b].map((reply) => (reply.ok ? reply.data.credited : 0))
    expect(credited.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(21)
  })

  it('completes only at the end AND with enough active time', async () => {
    const id = 'test-complete-01'
    await callOk('committee', 'lesson', draft(id))
    await callOk('committee', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    await callOk('secretary', 'lesson', {
      action: 'reviewLesson',
      orgId: 'org-branch-1',
      lessonId: id,
      decision: 'publish',
    })
    const lesson = await callOk<LessonDetail>('member', 'lesson', {
      action: 'getLesson',
      lessonId: id,
    })
    const needed = lesson.progress?.neededSeconds ?? 0
    expect(needed).toBe(Math.ceil(lesson.readingSeconds * 0.6))

    // At the end straight away, but not enough time: not complete.
    await readFor(id, member, 5)
    const early = await beat('member', id, 100, 5)
    expect(early).toMatchObject({ ok: true, data: { completed: false, percent: 100 } })

    // Enough time but scrolled back up: the furthest point reached still counts.
    await readFor(id, member, needed)
    const done = await beat('member', id, 20, needed)
    expect(done).toMatchObject({ ok: true, data: { completed: true } })

    const audit = storeContents().audit as { action: string; target: string; actor: string }[]
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'lesson.recordProgress', target: id, actor: member }),
      ]),
    )
    const card = (await feed('member')).items.find((item) => item.id === id)
    expect(card?.progress).toEqual({ percent: 100, completed: true })
  })

  it('a script sending beats ~80 s apart without reading completes on the time minimum only, and the audit and the secretary’s view say so', async () => {
    const id = 'test-evidence-01'
    await callOk('committee', 'lesson', draft(id))
    await callOk('committee', 'lesson', {
      action: 'submitLesson',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    await callOk('secretary', 'lesson', {
      action: 'reviewLesson',
      orgId: 'org-branch-1',
      lessonId: id,
      decision: 'publish',
    })
    const progressOf = (openid: string) =>
      storeContents().lessonProgress.find(
        (row) => (row as { _id: string })._id === `${id}_${openid}`,
      ) as { evidence?: string; sectionsSeen?: number[] } | undefined

    // The script: straight to the end, then a beat every 80 s claiming a minute.
    await callOk('member', 'lesson', { action: 'getLesson', lessonId: id })
    let scripted: ProgressResult | undefined
    for (let round = 0; round < 10 && !scripted?.completed; round += 1) {
      await readFor(id, member, 80)
      const reply = await beat('member', id, 100, 60)
      if (!reply.ok) throw new Error(reply.message)
      scripted = reply.data
    }
    expect(scripted?.completed).toBe(true)
    expect(progressOf(member)?.evidence).toBe('minimum')

    // A reader whose beats say what passed the screen, top to bottom.
    const reader = { openid: 'o_demo_01' }
    const opened = await callOk<LessonDetail>(reader, 'lesson', {
      action: 'getLesson',
      lessonId: id,
    })
    const needed = opened.progress?.neededSeconds ?? 0
    const stretches: [number, number][] = [
      [0, 40],
      [40, 70],
      [70, 100],
    ]
    for (const [index, seen] of stretches.entries()) {
      await readFor(id, reader.openid, Math.ceil(needed / 3) + 1)
      await callOk<ProgressResult>(reader, 'lesson', {
        action: 'recordProgress',
        lessonId: id,
        percent: seen[1],
        activeSeconds: Math.ceil(needed / 3) + (index === 2 ? 1 : 0),
        seen,
      })
    }
    expect(progressOf(reader.openid)?.evidence).toBe('sections')

    const completions = (
      storeContents().audit as { action: string; target: string; actor: string; summary: string }[]
    ).filter((row) => row.action === 'lesson.recordProgress' && row.target === id)
    expect(completions).toEqual([
      expect.objectContaining({
        actor: member,
        summary: `学完微党课“读懂党员的权利和义务”（${MINIMUM_EVIDENCE_NOTE}）`,
      }),
      expect.objectContaining({
        actor: reader.openid,
        summary: '学完微党课“读懂党员的权利和义务”',
      }),
    ])
    const stats = await callOk<LessonStats>('secretary', 'lesson', {
      action: 'getLessonStats',
      orgId: 'org-branch-1',
      lessonId: id,
    })
    expect(stats.branches.find((row) => row.orgId === 'org-branch-1')).toMatchObject({
      completed: 2,
      byMinimum: 1,
    })
  })

  it('keeps the parts of the lesson the beats saw (property of creditBeat)', () => {
    const start = new Date('2026-11-02T02:00:00Z')
    const later = new Date(start.getTime() + 30_000)
    const progress = { percent: 40, activeSeconds: 100, beatAt: start, completedAt: null }
    const first = creditBeat(
      { ...progress, sectionsSeen: [0, 1, 2, 3] },
      { percent: 100, activeSeconds: 10, seen: [40, 100] },
      later,
      100,
    )
    expect(first).toMatchObject({
      sectionsSeen: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      completes: true,
      evidence: 'sections',
    })
    const skipped = creditBeat(
      { ...progress, sectionsSeen: [0, 1] },
      { percent: 100, activeSeconds: 10, seen: [90, 100] },
      later,
      100,
    )
    expect(skipped).toMatchObject({ completes: true, evidence: 'minimum' })
    const silent = creditBeat(progress, { percent: 100, activeSeconds: 10 }, later, 100)
    expect(silent).toMatchObject({ sectionsSeen: [], completes: true, evidence: 'minimum' })
  })

  it('does not complete with time alone when the end was never reached', async () => {
    const lessonId2 = 'lesson-demo-keywords'
    const opened = await callOk<LessonDetail>('member', 'lesson', {
      action: 'getLesson',
      lessonId: lessonId2,
    })
    await readFor(lessonId2, member, 60)
    const reply = await beat('member', lessonId2, 60, 60)
    expect(reply).toMatchObject({ ok: true, data: { completed: false } })
    expect(opened.progress?.neededSeconds).toBeLessThanOrEqual(60)
  })

  it('accepts beats only for a reading session the reader opened', async () => {
    const before = storeContents()
    expect(await beat({ openid: 'o_demo_05' }, lessonId, 100, 10)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await beat('member', 'lesson-demo-sorting', 100, 10)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(storeContents()).toEqual(before)
  })

  it('credits pure beats by the rule (property of creditBeat)', () => {
    const start = new Date('2026-11-02T02:00:00Z')
    const progress = { percent: 10, activeSeconds: 5, beatAt: start, completedAt: null }
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000)
    expect(creditBeat(progress, { percent: 20, activeSeconds: 10 }, at(4), 100).credited).toBe(4)
    expect(creditBeat(progress, { percent: 20, activeSeconds: 10 }, at(30), 100).credited).toBe(10)
    expect(creditBeat(progress, { percent: 5, activeSeconds: 120 }, at(600), 100)).toMatchObject({
      credited: MAX_SECONDS_PER_BEAT,
      percent: 10,
      resumeAt: 5,
    })
    expect(creditBeat(progress, { percent: 20, activeSeconds: 10 }, at(-5), 100).credited).toBe(0)
  })
})

describe('reflections and completion rates', () => {
  const lessonId = 'lesson-demo-three-one'

  async function complete(who: Who, openid: string) {
    const lesson = await callOk<LessonDetail>(who, 'lesson', { action: 'getLesson', lessonId })
    const needed = lesson.progress?.neededSeconds ?? 0
    await readFor(lessonId, openid, needed + 1)
    return callOk<ProgressResult>(who, 'lesson', {
      action: 'recordProgress',
      lessonId,
      percent: 100,
      activeSeconds: needed,
    })
  }

  it('lets the secretary see the branch rate rise and the reflections, in ≤ 3 round trips', async () => {
    const stats = () =>
      call<LessonStats>('secretary', 'lesson', {
        action: 'getLessonStats',
        orgId: 'org-branch-1',
        lessonId,
      })
    const before = await stats()
    if (!before.ok) throw new Error(before.message)
    expect(before.roundTrips).toBeLessThanOrEqual(3)
    const branchBefore = before.data.branches.find((row) => row.orgId === 'org-branch-1')
    expect(before.data.branches.map((row) => row.orgId)).toEqual(['org-branch-1'])

    expect(
      await call('member', 'lesson', { action: 'saveReflection', lessonId, reflection: '还没读' }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    await callOk('member', 'lesson', { action: 'getLesson', lessonId })
    expect(
      await call('member', 'lesson', {
        action: 'saveReflection',
        lessonId,
        reflection: '还没读完',
      }),
    ).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await complete('member', 'o_demo_member')).toMatchObject({ completed: true })
    await callOk('member', 'lesson', {
      action: 'saveReflection',
      lessonId,
      reflection: '三会一课要按时开、如实记。',
    })

    const after = await stats()
    if (!after.ok) throw new Error(after.message)
    const branchAfter = after.data.branches.find((row) => row.orgId === 'org-branch-1')
    expect(branchAfter?.completed).toBe((branchBefore?.completed ?? 0) + 1)
    expect(branchAfter?.members).toBe(branchBefore?.members)
    expect(after.data.reflections).toEqual([
      expect.objectContaining({ nickname: '张晓明', reflection: '三会一课要按时开、如实记。' }),
    ])
    expect(after.data.lesson.due).toEqual(expect.any(String))
    const audit = storeContents().audit as { action: string; actor: string }[]
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'lesson.getLessonStats', actor: 'o_demo_secretary' }),
      ]),
    )
  })

  it('a 群众 or 入党积极分子 in the branch does not lower its lesson completion rate', async () => {
    const memberships = db().collection('memberships')
    await memberships.add({
      data: {
        _id: 'org-branch-1_o_t_masses',
        orgId: 'org-branch-1',
        openid: 'o_t_masses',
        role: 'masses',
        status: 'active',
        via: 'seed',
        joinedAt: new Date(),
      },
    })
    try {
      const stats = await callOk<LessonStats>('admin', 'lesson', {
        action: 'getLessonStats',
        orgId: 'org-committee',
        lessonId: 'lesson-demo-discipline',
      })
      // The demo's 入党积极分子 and this 群众 may read it; the lesson is required of the 党员 only.
      expect(stats.branches.find((row) => row.orgId === 'org-branch-1')?.members).toBe(
        peopleOf('org-branch-1').length,
      )
    } finally {
      await memberships.doc('org-branch-1_o_t_masses').remove()
    }
  })

  it('学习情况 lists 第一党支部, 第二党支部, 离退休党支部 as set up — not 第二 first by 拼音', async () => {
    const stats = await callOk<LessonStats>('admin', 'lesson', {
      action: 'getLessonStats',
      orgId: 'org-committee',
      lessonId: 'lesson-demo-discipline',
    })
    expect(stats.branches.map((row) => row.name)).toEqual([
      '第一党支部',
      '第二党支部',
      '离退休党支部',
    ])
  })

  it('keeps reflections private: admins above and 支委 see rates only', async () => {
    const asAdmin = await callOk<LessonStats>('admin', 'lesson', {
      action: 'getLessonStats',
      orgId: 'org-committee',
      lessonId: 'lesson-demo-discipline',
    })
    expect(asAdmin.reflections).toBeNull()
    expect(asAdmin.branches.map((row) => row.name)).toEqual(
      expect.arrayContaining(['第一党支部', '第二党支部', '离退休党支部']),
    )
    expect(asAdmin.branches.find((row) => row.orgId === 'org-branch-2')?.completed).toBe(2)
    const asCommittee = await callOk<LessonStats>('committee', 'lesson', {
      action: 'getLessonStats',
      orgId: 'org-branch-1',
      lessonId,
    })
    expect(asCommittee.reflections).toBeNull()
    expect(
      await call('member', 'lesson', { action: 'getLessonStats', orgId: 'org-branch-1', lessonId }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('refuses a risky reflection, and holds one that needs a look from the secretary’s view', async () => {
    const before = storeContents()
    expect(
      await call('member', 'lesson', {
        action: 'saveReflection',
        lessonId,
        reflection: '网上赌博害人',
      }),
    ).toMatchObject({ ok: false, code: 'CONTENT_RISKY' })
    expect(storeContents()).toEqual(before)

    const held = await callOk<{ held: boolean }>('member', 'lesson', {
      action: 'saveReflection',
      lessonId,
      reflection: '提醒大家警惕刷单骗局',
    })
    expect(held.held).toBe(true)
    const stats = await callOk<LessonStats>('secretary', 'lesson', {
      action: 'getLessonStats',
      orgId: 'org-branch-1',
      lessonId,
    })
    expect(stats.reflections).toEqual([])
    const mine = await callOk<LessonDetail>('member', 'lesson', { action: 'getLesson', lessonId })
    expect(mine.progress).toMatchObject({
      reflection: '提醒大家警惕刷单骗局',
      reflectionHeld: true,
    })
  })
})

describe('required lessons and pins', () => {
  const lessonId = 'lesson-demo-keywords'
  const inDays = (days: number) => {
    const date = new Date(Date.now() + days * 86400_000 + 8 * 3600_000)
    return date.toISOString().slice(0, 10)
  }

  it('an admin makes a lesson required for their subtree; members see it first with its due day', async () => {
    const reply = await callOk<{ required: { orgId: string; due: string } }>('admin', 'lesson', {
      action: 'setRequired',
      orgId: 'org-committee',
      lessonId,
      due: inDays(7),
    })
    expect(reply.required.orgId).toBe('org-committee')
    const asMember = await feed({ openid: 'o_demo_07' })
    const card = asMember.items.find((item) => item.id === lessonId)
    expect(card?.due).toBe(reply.required.due)
    expectRequiredFirst(asMember.items)
    const required = asMember.items.filter((item) => item.due && !item.progress?.completed)
    expect(asMember.items.slice(0, required.length).map((item) => item.id)).toContain(lessonId)
    // Due in 7 days, it comes before a required lesson due later and before every pinned one.
    expect(asMember.items.findIndex((item) => item.id === lessonId)).toBeLessThan(
      asMember.items.findIndex((item) => item.pinned && !(item.due && !item.progress?.completed)),
    )
  })

  it('accepts the last day the picker offers and refuses the day after', async () => {
    const last = lastDayAhead(Date.now())
    const reply = await callOk<{ required: { due: string } }>('admin', 'lesson', {
      action: 'setRequired',
      orgId: 'org-committee',
      lessonId,
      due: last,
    })
    expect(reply.required.due).toBe(endOfShanghaiDay(last)?.toISOString())
    const after = shanghaiDay(Date.parse(`${last}T12:00:00+08:00`) + DAY_MS)
    expect(
      await call('admin', 'lesson', {
        action: 'setRequired',
        orgId: 'org-committee',
        lessonId,
        due: after,
      }),
    ).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '完成期限最多设在一年以内' })
  })

  it('refuses a past day and a day that does not exist, writing nothing', async () => {
    const before = storeContents()
    for (const due of [inDays(-1), '2026-02-30', 'soon']) {
      const reply = await call('admin', 'lesson', {
        action: 'setRequired',
        orgId: 'org-committee',
        lessonId,
        due,
      })
      expect(reply).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    }
    expect(storeContents()).toEqual(before)
  })

  it('is for admins only, and a requirement from above is not narrowed from below', async () => {
    expect(
      await call('secretary', 'lesson', {
        action: 'setRequired',
        orgId: 'org-branch-1',
        lessonId,
        due: inDays(3),
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // An admin of the 总支 cannot override the 党工委's requirement.
    await db()
      .collection('memberships')
      .add({
        data: {
          _id: 'org-general_o_general_admin',
          orgId: 'org-general',
          openid: 'o_general_admin',
          role: 'admin',
          status: 'active',
          via: 'seed',
        },
      })
    expect(
      await call({ openid: 'o_general_admin' }, 'lesson', {
        action: 'setRequired',
        orgId: 'org-general',
        lessonId,
        due: null,
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('a secretary pins a lesson of their own org, not one from above', async () => {
    await callOk('secretary', 'lesson', {
      action: 'setPinned',
      orgId: 'org-branch-1',
      lessonId: 'lesson-demo-pioneer',
      pinned: true,
    })
    expect(
      await call('secretary', 'lesson', {
        action: 'setPinned',
        orgId: 'org-committee',
        lessonId,
        pinned: true,
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const card = (await feed('member')).items.find((item) => item.id === 'lesson-demo-pioneer')
    expect(card?.pinned).toBe(true)
  })
})

describe('due reminders (cron)', () => {
  it('reminds unfinished members who asked, once, two days before the due day', async () => {
    // The seed is dated in the past; the job looks at the real clock.
    await db()
      .collection('lessons')
      .doc('lesson-demo-three-one')
      .update({ data: { requiredDue: new Date(Date.now() + 30 * 3600_000) } })
    await callOk({ openid: 'o_demo_07' }, 'user', {
      action: 'recordSubscriptions',
      accepted: ['lessonDue'],
    })
    await callOk('secretary', 'user', { action: 'recordSubscriptions', accepted: ['lessonDue'] })
    const tick = () =>
      callFunctionAs(
        'cron',
        { Type: 'Timer', TriggerName: 'tick' },
        { openid: '', source: 'wx_trigger' },
      )
    const sendsBefore = openapiOutbox().filter(
      (entry) => entry.api === 'subscribeMessage.send',
    ).length
    const first = await tick()
    expect(first.result).toMatchObject({ ok: true })
    const report = (
      first.result as { data: { job: string; counts: Record<string, number> }[] }
    ).data.find((entry) => entry.job === 'lessonDueReminders')
    // lesson-demo-three-one is due in 30 hours for 第一党支部; the member finished it above.
    expect(report?.counts).toMatchObject({ lessons: 1 })
    const sends = openapiOutbox()
      .filter((entry) => entry.api === 'subscribeMessage.send')
      .slice(sendsBefore)
    expect(sends.map((entry) => entry.params.touser).sort()).toEqual([
      'o_demo_07',
      'o_demo_secretary',
    ])
    expect(sends[0].params).toMatchObject({
      templateId: 'local_template_lessonDue',
      // A date-only value goes in a `date` keyword; a `time` one would need a clock time too.
      data: {
        thing1: expect.any(Object),
        date2: { value: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日$/) },
      },
      page: 'packages/lesson/reader/index?id=lesson-demo-three-one',
    })

    const second = await tick()
    const again = (
      second.result as { data: { job: string; counts: Record<string, number> }[] }
    ).data.find((entry) => entry.job === 'lessonDueReminders')
    expect(again?.counts).toMatchObject({ lessons: 0 })
    expect(openapiOutbox().filter((entry) => entry.api === 'subscribeMessage.send').length).toBe(
      sendsBefore + 2,
    )
  })

  it('an 入党积极分子 who asked for reminders is not reminded of a lesson required of 党员', async () => {
    const lessonId = 'lesson-demo-discipline'
    await db()
      .collection('lessons')
      .doc(lessonId)
      .update({ data: { requiredDue: new Date(Date.now() + 30 * 3600_000), dueReminded: false } })
    // Neither has finished it, and both asked to be reminded.
    for (const openid of ['o_demo_activist', 'o_demo_07']) {
      await callOk({ openid }, 'user', { action: 'recordSubscriptions', accepted: ['lessonDue'] })
    }
    const sendsBefore = openapiOutbox().length
    await callFunctionAs(
      'cron',
      { Type: 'Timer', TriggerName: 'tick' },
      { openid: '', source: 'wx_trigger' },
    )
    const reminded = openapiOutbox()
      .slice(sendsBefore)
      .filter((entry) => entry.api === 'subscribeMessage.send')
      .filter((entry) => entry.params.page === `packages/lesson/reader/index?id=${lessonId}`)
      .map((entry) => entry.params.touser)
    expect(reminded).toEqual(['o_demo_07'])
  })
})
