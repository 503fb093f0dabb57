import { callFunctionAs, cloud } from '../../emulator/local-cloud'
import { openapiOutbox } from '../../emulator/openapi'
import { call, callOk, seedDemo, storeContents, type Who } from '../../test/helpers/cloud'
import type {
  BoardItem,
  IssueDetail,
  IssueQueue,
  IssueSummary,
  QueueView,
  SubmitResult,
} from '../../types/issue'
import { QUEUE_VIEWS } from '../../types/issue'
import type { AuditItem, Page } from '../../types/org'
import type { JobReport } from '../../types/cron'

beforeAll(() => seedDemo())

let drafts = 0
/** A fresh draft: every call with its requestId is a retry of the same submission. */
function draft(overrides: Record<string, unknown> = {}) {
  drafts += 1
  return {
    action: 'submit',
    requestId: `test-draft-${String(drafts).padStart(4, '0')}`,
    orgId: 'org-branch-1',
    category: 'facility',
    body: '楼下的路灯坏了好几天，晚上出门很黑。',
    contact: 'in_app',
    anonymous: false,
    ...overrides,
  }
}

let people = 0
/** Someone new each time, so one test's submissions never count against another's rate limit. */
function newcomer(): { openid: string } {
  people += 1
  return { openid: `o_issue_person_${people}` }
}

async function submitOk(who: Who, overrides: Record<string, unknown> = {}) {
  return callOk<SubmitResult>(who, 'issue', draft(overrides))
}

async function uploadPhoto(name: string): Promise<string> {
  const { fileID } = (await cloud.uploadFile({
    cloudPath: `uploads/issues/202611/${name}.jpg`,
    fileContent: Buffer.from('fake jpeg bytes'),
  })) as { fileID: string }
  return fileID
}

function issueDocs() {
  return storeContents().issues as { _id: string; submitter: string; [key: string]: unknown }[]
}

async function tick(): Promise<JobReport[]> {
  const { result } = await callFunctionAs(
    'cron',
    { Type: 'Timer', TriggerName: 'tick', Time: new Date().toISOString() },
    { openid: '', source: 'wx_trigger' },
  )
  const reply = result as { ok: boolean; data: JobReport[] }
  if (!reply.ok) throw new Error(`cron tick failed: ${JSON.stringify(result)}`)
  return reply.data
}

function moveIssue(id: string, changes: Record<string, unknown>) {
  return cloud.database().collection('issues').doc(id).update({ data: changes })
}

describe('a resident’s issue handled as a case', () => {
  it('goes submitted → accepted → assigned → in progress → replied → resolved, each on the timeline', async () => {
    await callOk('resident', 'user', { action: 'recordSubscriptions', accepted: ['issueReplied'] })
    const photo = await uploadPhoto('lamp')
    const { issue, message } = await submitOk('resident', {
      photos: [photo],
      place: { name: '幸福小区 3 号楼' },
      publicConsent: true,
    })
    expect(issue).toMatchObject({
      status: 'submitted',
      held: false,
      mine: true,
      submitterName: '我',
      // Held for its image check: the submitter sees it marked 审核中 until WeChat's verdict.
      photos: [],
      checkingPhotos: [photo],
      orgName: '第一党支部',
    })
    expect(message).toContain('第一党支部')
    const mediaCheck = openapiOutbox().find(
      (entry) => entry.api === 'security.mediaCheckAsync' && entry.openid === 'o_demo_resident',
    )
    expect(mediaCheck?.params).toMatchObject({ mediaType: 2, version: 2 })

    const pending = await callOk<IssueQueue>('secretary', 'issue', {
      action: 'listForOrg',
      orgId: 'org-branch-1',
      view: 'pending',
    })
    expect(pending.items.find((item) => item.id === issue.id)).toMatchObject({
      submitterName: '刘秀兰',
      mine: false,
    })

    const step = { orgId: 'org-branch-1', issueId: issue.id }
    await callOk('secretary', 'issue', { action: 'accept', ...step })
    const assigned = await callOk<IssueDetail>('secretary', 'issue', {
      action: 'assign',
      ...step,
      assigneeId: 'o_demo_committee',
    })
    expect(assigned).toMatchObject({ status: 'assigned', assigneeName: '李红梅（支委）' })

    const mine = await callOk<IssueQueue>('committee', 'issue', {
      action: 'listForOrg',
      orgId: 'org-branch-1',
      view: 'assignedToMe',
    })
    expect(mine.items.map((item) => item.id)).toContain(issue.id)
    await callOk('committee', 'issue', { action: 'start', ...step })
    const replied = await callOk<IssueDetail>('committee', 'issue', {
      action: 'reply',
      ...step,
      body: '已联系物业，路灯今天下午已经修好。',
    })
    expect(replied.status).toBe('replied')
    const sent = openapiOutbox().filter(
      (entry) =>
        entry.api === 'subscribeMessage.send' &&
        (entry.params as { touser?: string }).touser === 'o_demo_resident',
    )
    expect(sent).toHaveLength(1)

    const asSubmitter = await callOk<IssueDetail>('resident', 'issue', {
      action: 'get',
      issueId: issue.id,
    })
    expect(asSubmitter.allowed).toEqual(['confirm', 'reopen'])
    const resolved = await callOk<IssueDetail>('resident', 'issue', {
      action: 'confirm',
      issueId: issue.id,
      rating: 5,
      comment: '修得很快，谢谢！',
    })
    expect(resolved).toMatchObject({ status: 'resolved', rating: 5 })
    expect(resolved.timeline.map((entry) => entry.kind)).toEqual([
      'submitted',
      'accepted',
      'assigned',
      'started',
      'replied',
      'resolved',
    ])
    expect(resolved.timeline.map((entry) => entry.actor)).toEqual([
      '我',
      '王建国（书记）',
      '王建国（书记）',
      '李红梅（支委）',
      '李红梅（支委）',
      '我',
    ])

    // With the submitter's consent the 书记 puts it on the public board.
    await callOk('secretary', 'issue', { action: 'publish', ...step, public: true })
    const board = await callOk<Page<BoardItem>>('member', 'issue', {
      action: 'listBoard',
      orgId: 'org-branch-1',
    })
    expect(board.items.map((item) => item.id)).toContain(issue.id)
  })

  it('a retried submission is one case, sent one after another or at the same time', async () => {
    const retried = draft()
    const first = await callOk<SubmitResult>('member', 'issue', retried)
    const second = await callOk<SubmitResult>('member', 'issue', retried)
    expect(second.issue.id).toBe(first.issue.id)

    const burst = draft()
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => call<SubmitResult>('member', 'issue', burst)),
    )
    const ids = new Set(replies.map((reply) => (reply.ok ? reply.data.issue.id : reply.code)))
    expect(ids.size).toBe(1)
    const stored = issueDocs().filter(
      (doc) => doc.requestId === retried.requestId || doc.requestId === burst.requestId,
    )
    expect(stored).toHaveLength(2)
  })

  it('a draft sent again with different content is refused as changed, and nothing is written', async () => {
    const submitter = newcomer()
    const first = draft()
    const { issue } = await submitOk(submitter, first)
    const before = storeContents()

    const changed = await call(submitter, 'issue', {
      ...first,
      body: '楼下的路灯修好了，但是垃圾桶满了。',
    })
    expect(changed).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(changed.ok ? '' : changed.message).toContain(
      '这次提交与之前的提交内容不同，请刷新后重新提交',
    )
    expect(storeContents()).toEqual(before)

    const retried = await callOk<SubmitResult>(submitter, 'issue', first)
    expect(retried.issue).toMatchObject({ id: issue.id, excerpt: issue.excerpt })
  })

  it('refuses bad input with a message that says what to fix, and writes nothing', async () => {
    const before = storeContents()
    const cases: [Record<string, unknown>, string][] = [
      [draft({ body: '太短' }), '至少写 5 个字'],
      [draft({ category: 'spam' }), '类别'],
      [draft({ photos: ['https://evil.example/x.jpg'] }), '照片'],
      [
        draft({
          photos: Array.from(
            { length: 10 },
            (_, i) => `cloud://env/uploads/issues/202611/p${i}.jpg`,
          ),
        }),
        '最多 9 张',
      ],
      [draft({ anonymous: true, contact: 'phone', contactPhone: '13912345678' }), '匿名'],
      [draft({ contact: 'phone' }), '手机号'],
      [draft({ orgId: 'org-general' }), '党支部'],
      [draft({ extra: 1 }), '不支持的字段'],
    ]
    for (const [event, hint] of cases) {
      const reply = await call('member', 'issue', event)
      expect(reply).toMatchObject({ ok: false })
      if (!reply.ok) expect(reply.message).toContain(hint)
    }
    expect(storeContents()).toEqual(before)
  })

  it('takes identity only from WeChat: an openid in the payload is ignored', async () => {
    const { issue } = await submitOk('member', { openid: 'o_demo_secretary' })
    const stored = issueDocs().find((doc) => doc._id === issue.id)
    expect(stored?.submitter).toBe('o_demo_member')
  })
})

describe('rate limit', () => {
  it('allows 5 submissions an hour, then says when to try again and writes nothing', async () => {
    const person = { openid: 'o_rate_limited' }
    for (let i = 0; i < 5; i++) await submitOk(person)
    const before = storeContents()
    const sixth = await call(person, 'issue', draft())
    expect(sixth).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    if (!sixth.ok) expect(sixth.message).toMatch(/\d{2}:\d{2} 以后再提交/)
    expect(storeContents()).toEqual(before)
  })

  it('holds under a burst: at most 5 of 8 concurrent submissions become cases', async () => {
    const person = { openid: 'o_rate_burst' }
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => call(person, 'issue', draft())),
    )
    const kept = issueDocs().filter((doc) => doc.submitter === person.openid)
    expect(kept.length).toBeLessThanOrEqual(5)
    expect(replies.filter((reply) => reply.ok)).toHaveLength(kept.length)
    expect(replies.filter((reply) => !reply.ok && reply.code === 'RATE_LIMITED').length).toBe(
      8 - kept.length,
    )
  })
})

describe('content security', () => {
  it('holds risky text for a person: only the submitter sees it, marked 审核中', async () => {
    const submitter = newcomer()
    const { issue, message } = await submitOk(submitter, {
      body: '小区活动室晚上有人聚众赌博，声音很大。',
    })
    expect(issue.held).toBe(true)
    expect(message).toContain('审核')
    expect(message).not.toMatch(/违规|违法|risky/)

    const queue = await callOk<IssueQueue>('secretary', 'issue', {
      action: 'listForOrg',
      orgId: 'org-branch-1',
      view: 'pending',
    })
    expect(queue.items.map((item) => item.id)).not.toContain(issue.id)
    const hidden = await call('secretary', 'issue', { action: 'get', issueId: issue.id })
    expect(hidden).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const refused = await call('secretary', 'issue', {
      action: 'accept',
      orgId: 'org-branch-1',
      issueId: issue.id,
    })
    expect(refused).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const notTheirs = await call('secretary', 'issue', {
      action: 'listForOrg',
      orgId: 'org-branch-1',
      view: 'held',
    })
    expect(notTheirs).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    // The admin above reviews it and blocks it; it never reaches the branch.
    const held = await callOk<IssueQueue>('admin', 'issue', {
      action: 'listForOrg',
      orgId: 'org-committee',
      view: 'held',
    })
    expect(held.items.map((item) => item.id)).toContain(issue.id)
    await callOk('admin', 'issue', {
      action: 'moderate',
      orgId: 'org-committee',
      issueId: issue.id,
      release: false,
    })
    const own = await callOk<IssueDetail>(submitter, 'issue', { action: 'get', issueId: issue.id })
    expect(own).toMatchObject({ status: 'rejected', held: false })
    expect(own.rejectReason).toContain('修改后重新提交')
    expect(await call('secretary', 'issue', { action: 'get', issueId: issue.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })

  it('holds text WeChat would send to review, and releases it to the branch once a person passes it', async () => {
    const { issue } = await submitOk(newcomer(), { body: '楼下有人贴刷单兼职的小广告。' })
    expect(issue.held).toBe(true)
    await callOk('admin', 'issue', {
      action: 'moderate',
      orgId: 'org-branch-1',
      issueId: issue.id,
      release: true,
    })
    const pending = await callOk<IssueQueue>('secretary', 'issue', {
      action: 'listForOrg',
      orgId: 'org-branch-1',
      view: 'pending',
    })
    expect(pending.items.map((item) => item.id)).toContain(issue.id)
  })

  it('refuses a reply with risky text rather than showing it to the submitter', async () => {
    const { issue } = await submitOk(newcomer())
    const step = { orgId: 'org-branch-1', issueId: issue.id }
    await callOk('secretary', 'issue', { action: 'accept', ...step })
    const before = storeContents()
    const reply = await call('secretary', 'issue', {
      action: 'reply',
      ...step,
      body: '这件事和赌博没有关系，请放心。',
    })
    expect(reply).toMatchObject({ ok: false, code: 'CONTENT_RISKY' })
    expect(storeContents()).toEqual(before)
  })
})

/** Every string anywhere in a reply, so nothing can hide in a nested field. */
function leaks(reply: unknown, secrets: string[]): string[] {
  const text = JSON.stringify(reply)
  return secrets.filter((secret) => text.includes(secret))
}

describe('anonymity', () => {
  const submitter = { openid: 'o_anon_walker' }
  const nickname = '隐身的居民'
  const secrets = [submitter.openid, nickname]

  it('never shows an anonymous submitter to handlers, in any response', async () => {
    await callOk(submitter, 'user', { action: 'login' })
    await callOk(submitter, 'user', { action: 'updateProfile', nickname })
    const { issue } = await submitOk(submitter, {
      anonymous: true,
      publicConsent: true,
      body: '楼道的声控灯不亮了，晚上上楼看不见。',
      place: { name: '幸福小区 9 号楼' },
    })
    const step = { orgId: 'org-branch-1', issueId: issue.id }
    const responses: { label: string; reply: unknown }[] = []
    const record = async (label: string, who: Who, event: Record<string, unknown>) => {
      const { fn, ...rest } = event
      const reply = await call(who, fn as string, rest)
      responses.push({ label, reply })
      return reply
    }
    const handlerViews = async (who: Who, orgId: string) => {
      for (const view of QUEUE_VIEWS.filter((v) => v !== 'held' || who === 'admin')) {
        await record(`${String(who)} listForOrg ${view}`, who, {
          fn: 'issue',
          action: 'listForOrg',
          orgId,
          view,
        })
      }
      await record(`${JSON.stringify(who)} get`, who, {
        fn: 'issue',
        action: 'get',
        issueId: issue.id,
      })
    }

    await handlerViews('secretary', 'org-branch-1')
    await handlerViews({ openid: 'o_demo_deputy' }, 'org-branch-1')
    await handlerViews('admin', 'org-committee')
    await record('accept', 'secretary', { fn: 'issue', action: 'accept', ...step })
    await record('assignees', 'secretary', {
      fn: 'issue',
      action: 'listAssignees',
      orgId: 'org-branch-1',
    })
    await record('assign', 'secretary', {
      fn: 'issue',
      action: 'assign',
      ...step,
      assigneeId: 'o_demo_committee',
    })
    await handlerViews('committee', 'org-branch-1')
    await record('start', 'committee', { fn: 'issue', action: 'start', ...step })
    await record('reply', 'committee', {
      fn: 'issue',
      action: 'reply',
      ...step,
      body: '已更换声控灯，感谢反映。',
    })
    await callOk(submitter, 'issue', { action: 'confirm', issueId: issue.id, rating: 4 })
    await record('publish', 'secretary', { fn: 'issue', action: 'publish', ...step, public: true })
    await handlerViews('secretary', 'org-branch-1')
    await record('board', 'member', { fn: 'issue', action: 'listBoard', orgId: 'org-branch-1' })
    // Audit views show the actor's nickname: the anonymous submitter's rows must not name them.
    for (const [who, orgId] of [
      ['secretary', 'org-branch-1'],
      ['admin', 'org-committee'],
    ] as const) {
      for (const page of [0, 1, 2]) {
        await record(`${who} audit p${page}`, who, { fn: 'org', action: 'listAudit', orgId, page })
      }
    }

    expect(responses.filter(({ reply }) => !(reply as { ok: boolean }).ok)).toEqual([])
    for (const { label, reply } of responses) {
      expect({ label, leaked: leaks(reply, secrets) }).toEqual({ label, leaked: [] })
    }
    const detail = responses.find(({ label }) => label.includes('get'))?.reply as {
      data: IssueDetail
    }
    expect(detail.data.submitterName).toBe('匿名提交人')

    const audits = storeContents().audit as {
      target: string
      actor: string
      action: string
      orgId: string
    }[]
    const submitterRows = audits.filter(
      (row) => row.target === issue.id && ['issue.submit', 'issue.confirm'].includes(row.action),
    )
    expect(submitterRows).toHaveLength(2)
    expect(submitterRows.every((row) => row.actor === `anon_${issue.id}`)).toBe(true)
    // (Their own profile edit is audited under their openid but belongs to no org's audit view.)
    expect(audits.some((row) => row.orgId && row.actor === submitter.openid)).toBe(false)

    // …while the submitter still sees the case as their own.
    const own = await callOk<IssueDetail>(submitter, 'issue', { action: 'get', issueId: issue.id })
    expect(own).toMatchObject({ mine: true, submitterName: '我' })
    expect(own.timeline[0].actor).toBe('我')
  })
})

describe('deadlines', () => {
  it('escalates an overdue case to the parent org once, where its handlers see it', async () => {
    const { issue } = await submitOk(newcomer(), {
      category: 'safety',
      body: '楼道里电动车充电，电线拖地。',
    })
    await callOk('secretary', 'issue', {
      action: 'accept',
      orgId: 'org-branch-1',
      issueId: issue.id,
    })
    await moveIssue(issue.id, { dueAt: new Date(Date.now() - 3600 * 1000) })

    const reports = await tick()
    expect(
      reports.find((report) => report.job === 'issues')?.counts.escalated,
    ).toBeGreaterThanOrEqual(1)

    const escalated = await callOk<IssueQueue>('admin', 'issue', {
      action: 'listForOrg',
      orgId: 'org-general',
      view: 'escalated',
    })
    expect(escalated.items.find((item) => item.id === issue.id)).toMatchObject({
      escalated: true,
      overdue: true,
    })
    const detail = await callOk<IssueDetail>('secretary', 'issue', {
      action: 'get',
      issueId: issue.id,
    })
    expect(detail.escalation).toMatchObject({ orgId: 'org-general', orgName: '幸福社区党总支' })

    // Another branch's secretary sees nothing of it.
    expect(
      await call({ openid: 'o_demo_02' }, 'issue', {
        action: 'listForOrg',
        orgId: 'org-general',
        view: 'escalated',
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    await tick()
    const again = await callOk<IssueDetail>('secretary', 'issue', {
      action: 'get',
      issueId: issue.id,
    })
    expect(again.timeline.filter((entry) => entry.kind === 'escalated')).toHaveLength(1)
  })

  it('does not escalate a case that is still within its deadline', async () => {
    const submitter = newcomer()
    const { issue } = await submitOk(submitter)
    await tick()
    const detail = await callOk<IssueDetail>(submitter, 'issue', {
      action: 'get',
      issueId: issue.id,
    })
    expect(detail.escalated).toBe(false)
  })

  it('resolves a reply nobody confirmed within 7 days', async () => {
    const submitter = newcomer()
    const { issue } = await submitOk(submitter)
    const step = { orgId: 'org-branch-1', issueId: issue.id }
    await callOk('secretary', 'issue', { action: 'accept', ...step })
    await callOk('secretary', 'issue', { action: 'reply', ...step, body: '已经处理好了，请查看。' })
    await moveIssue(issue.id, { repliedAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) })
    await tick()
    const detail = await callOk<IssueDetail>(submitter, 'issue', {
      action: 'get',
      issueId: issue.id,
    })
    expect(detail.status).toBe('resolved')
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'auto_resolved', actor: '系统' })
  })
})

describe('who may do what', () => {
  it('a 支委 may only work on cases assigned to them; a 书记 on any', async () => {
    const submitter = newcomer()
    const { issue } = await submitOk(submitter)
    const step = { orgId: 'org-branch-1', issueId: issue.id }
    await callOk('secretary', 'issue', { action: 'accept', ...step })
    await callOk('secretary', 'issue', { action: 'assign', ...step, assigneeId: 'o_demo_deputy' })
    const before = storeContents()
    const reply = await call('committee', 'issue', {
      action: 'reply',
      ...step,
      body: '我来答复一下这个问题。',
    })
    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
    const notCommittee = await call('secretary', 'issue', {
      action: 'assign',
      ...step,
      assigneeId: 'o_demo_member',
    })
    expect(notCommittee).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
  })

  it('others see neither the case nor that it exists', async () => {
    const submitter = newcomer()
    const { issue } = await submitOk(submitter)
    for (const who of ['member', { openid: 'o_demo_05' }, { openid: 'o_demo_02' }] as Who[]) {
      expect(await call(who, 'issue', { action: 'get', issueId: issue.id })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      })
    }
    expect(
      await call({ openid: 'o_demo_02' }, 'issue', {
        action: 'accept',
        orgId: 'org-branch-2',
        issueId: issue.id,
      }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })

  it('a member of another branch gets the same answer for a real issue id as for a made-up one', async () => {
    const { issue } = await submitOk(newcomer())
    for (const who of [{ openid: 'o_demo_05' }, 'member', 'resident'] as Who[]) {
      const { roundTrips: _realTrips, ...real } = await call(who, 'issue', {
        action: 'get',
        issueId: issue.id,
      })
      const { roundTrips: _madeUpTrips, ...madeUp } = await call(who, 'issue', {
        action: 'get',
        issueId: 'issue-made-up',
      })
      expect(madeUp).toMatchObject({ ok: false, code: 'NOT_FOUND' })
      expect(real).toEqual(madeUp)
    }
  })

  it('a submitter may reopen once, with a reason', async () => {
    const submitter = newcomer()
    const { issue } = await submitOk(submitter)
    const step = { orgId: 'org-branch-1', issueId: issue.id }
    await callOk('secretary', 'issue', { action: 'accept', ...step })
    await callOk('secretary', 'issue', {
      action: 'assign',
      ...step,
      assigneeId: 'o_demo_committee',
    })
    await callOk('committee', 'issue', { action: 'reply', ...step, body: '已经处理好了，请查看。' })
    const reopened = await callOk<IssueDetail>(submitter, 'issue', {
      action: 'reopen',
      issueId: issue.id,
      reason: '路灯晚上还是不亮',
    })
    expect(reopened).toMatchObject({ status: 'in_progress', reopenCount: 1, allowed: [] })
    await callOk('committee', 'issue', { action: 'reply', ...step, body: '换了新的灯泡和线路。' })
    const twice = await call(submitter, 'issue', {
      action: 'reopen',
      issueId: issue.id,
      reason: '还是不满意',
    })
    expect(twice).toMatchObject({ ok: false, code: 'CONFLICT' })
    if (!twice.ok) expect(twice.message).toContain('只能申请重新办理一次')
    expect(
      await call('member', 'issue', { action: 'confirm', issueId: issue.id, rating: 5 }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })

  it('publishes only with the submitter’s consent', async () => {
    const submitter = newcomer()
    const { issue } = await submitOk(submitter, { publicConsent: false })
    const step = { orgId: 'org-branch-1', issueId: issue.id }
    await callOk('secretary', 'issue', { action: 'accept', ...step })
    await callOk('secretary', 'issue', { action: 'reply', ...step, body: '已经处理好了，请查看。' })
    await callOk(submitter, 'issue', { action: 'confirm', issueId: issue.id, rating: 3 })
    expect(
      await call('secretary', 'issue', { action: 'publish', ...step, public: true }),
    ).toMatchObject({ ok: false, code: 'CONFLICT' })
  })
})

describe('lists and the public board', () => {
  it('the 诉求 tab lists one’s own cases, newest first', async () => {
    const page = await callOk<Page<IssueSummary>>('resident', 'issue', { action: 'listMine' })
    expect(page.items.length).toBeGreaterThan(0)
    expect(page.items.every((item) => item.mine && item.submitterName === '我')).toBe(true)
    const times = page.items.map((item) => item.submittedAt)
    expect([...times].sort().reverse()).toEqual(times)
  })

  it('counts each handler list, and the seeded board hides names and phone numbers', async () => {
    const queue = await callOk<IssueQueue>('secretary', 'issue', {
      action: 'listForOrg',
      orgId: 'org-branch-1',
      view: 'active',
    })
    const views: QueueView[] = ['pending', 'active', 'replied', 'closed']
    for (const view of views) expect(queue.counts[view]).toBeGreaterThan(0)
    expect(queue.counts.held).toBe(0)
    expect(queue).toMatchObject({ canLead: true, canModerate: false })

    const board = await callOk<Page<BoardItem> & { orgName: string }>('resident', 'issue', {
      action: 'listBoard',
      orgId: 'org-branch-1',
    })
    expect(board.orgName).toBe('第一党支部')
    expect(board.items.some((item) => item.body.includes('长椅'))).toBe(true)
    expect(leaks(board, ['刘秀兰', 'o_demo_resident', '13912345678'])).toEqual([])
  })

  it('an anonymous submitter who typed their own name and phone sees neither on the board; the branch sees both', async () => {
    const submitter = { openid: 'o_issue_board_self_named' }
    await callOk(submitter, 'user', { action: 'login' })
    await callOk(submitter, 'user', { action: 'updateProfile', nickname: '赵晓航' })
    const { issue } = await submitOk(submitter, {
      anonymous: true,
      publicConsent: true,
      body: '我是赵晓航，电话 1398 765 4321，小区东门的井盖松了，走上去会响。',
    })
    const step = { orgId: 'org-branch-1', issueId: issue.id }
    await callOk('secretary', 'issue', { action: 'accept', ...step })
    await callOk('secretary', 'issue', {
      action: 'reply',
      ...step,
      body: '赵晓航您好，井盖已经固定好了，有问题再打 13987654321 找我们回访。',
    })
    await callOk(submitter, 'issue', { action: 'confirm', issueId: issue.id, rating: 5 })
    await callOk('secretary', 'issue', { action: 'publish', ...step, public: true })

    const board = await callOk<Page<BoardItem>>('resident', 'issue', {
      action: 'listBoard',
      orgId: 'org-branch-1',
    })
    const item = board.items.find((shown) => shown.id === issue.id)
    expect(item?.body).toBe('我是某群众，电话 1**********，小区东门的井盖松了，走上去会响。')
    expect(item?.reply).toContain('某群众您好')
    expect(leaks(board, ['赵晓航', '8765', '765 4321', submitter.openid])).toEqual([])

    const handled = await callOk<IssueDetail>('secretary', 'issue', {
      action: 'get',
      issueId: issue.id,
    })
    expect(handled.body).toContain('赵晓航')
    expect(handled.body).toContain('1398 765 4321')
    expect(handled.submitterName).toBe('匿名提交人')
  })

  it('the branch picker lists 第一党支部, 第二党支部, 离退休党支部 as set up — not 第二 first by 拼音', async () => {
    const branches = await callOk<{ id: string; name: string }[]>('resident', 'issue', {
      action: 'listBranches',
    })
    expect(branches.map((branch) => branch.name).slice(0, 3)).toEqual([
      '第一党支部',
      '第二党支部',
      '离退休党支部',
    ])
  })

  it('loads each screen in at most 3 database round trips', async () => {
    const submitter = newcomer()
    const { issue } = await submitOk(submitter)
    const screens: [Who, Record<string, unknown>][] = [
      [submitter, { action: 'listMine' }],
      [submitter, { action: 'get', issueId: issue.id }],
      ['secretary', { action: 'get', issueId: issue.id }],
      ['secretary', { action: 'listForOrg', orgId: 'org-branch-1', view: 'pending' }],
      ['admin', { action: 'listForOrg', orgId: 'org-committee', view: 'escalated' }],
      ['resident', { action: 'listBoard', orgId: 'org-branch-1' }],
      ['resident', { action: 'listBranches' }],
    ]
    for (const [who, event] of screens) {
      const reply = await call(who, 'issue', event)
      expect({ event, ok: reply.ok, fits: reply.roundTrips <= 3 }).toEqual({
        event,
        ok: true,
        fits: true,
      })
    }
  })
})

describe('audit', () => {
  it('records every step on a case', async () => {
    const { issue } = await submitOk(newcomer())
    await callOk('secretary', 'issue', {
      action: 'accept',
      orgId: 'org-branch-1',
      issueId: issue.id,
    })
    const page = await callOk<Page<AuditItem>>('secretary', 'org', {
      action: 'listAudit',
      orgId: 'org-branch-1',
    })
    expect(page.items.slice(0, 2).map((item) => item.action)).toEqual([
      'issue.accept',
      'issue.submit',
    ])
  })
})
