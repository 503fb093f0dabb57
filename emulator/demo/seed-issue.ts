import {
  dueDate,
  issueIdFor,
  timelineEntry,
  type IssueRecord,
  type TimelineRecord,
} from '../../cloudfunctions/_shared/records/issue'
import type { IssueCategory } from '../../types/issue'
import { ancestorsOf } from './org-tree'
import { addAll, type SeedDb } from './seed-db'
import { HOUR_MS } from '../../types/time'

const SECRETARY = { openid: 'o_demo_secretary', name: '王建国（书记）' }
const COMMITTEE = { openid: 'o_demo_committee', name: '李红梅（支委）' }

const BRANCH_NAMES: Record<string, string> = {
  'org-branch-1': '第一党支部',
  'org-branch-2': '第二党支部',
}

interface CaseSpec {
  key: string
  submitter: string
  submitterName: string
  anonymous?: boolean
  orgId?: string
  category: IssueCategory
  body: string
  place?: string
  contactPhone?: string
  publicConsent?: boolean
  /** Hours before `now` the case was submitted. */
  ageHours: number
}

/** A freshly submitted case, `ageHours` old; the steps below move it on. */
function submitted(spec: CaseSpec, now: Date): IssueRecord {
  const orgId = spec.orgId ?? 'org-branch-1'
  const at = new Date(now.getTime() - spec.ageHours * HOUR_MS)
  return {
    _id: issueIdFor(spec.submitter, `seed-${spec.key}`),
    requestId: `seed-${spec.key}`,
    submitter: spec.submitter,
    submitterName: spec.anonymous ? '' : spec.submitterName,
    anonymous: spec.anonymous ?? false,
    orgId,
    orgName: BRANCH_NAMES[orgId],
    orgPath: [...ancestorsOf(orgId), orgId],
    category: spec.category,
    body: spec.body,
    photos: [],
    place: spec.place ? { name: spec.place, address: '', latitude: null, longitude: null } : null,
    contact: spec.contactPhone ? 'phone' : 'in_app',
    contactPhone: spec.contactPhone ?? '',
    publicConsent: spec.publicConsent ?? false,
    public: false,
    status: 'submitted',
    held: false,
    moderation: { text: 'pass', mediaTraceIds: [] },
    assignee: null,
    reply: null,
    rating: null,
    ratingComment: '',
    rejectReason: '',
    reopenCount: 0,
    reopenReason: '',
    dueAt: dueDate(spec.category, at),
    escalated: false,
    escalation: null,
    autoResolved: false,
    submittedAt: at,
    updatedAt: at,
    repliedAt: null,
    resolvedAt: null,
    timeline: [timelineEntry('submitted', at, 'submitter')],
  }
}

/** Applies a step `hoursAfter` the submission. */
function step(
  issue: IssueRecord,
  hoursAfter: number,
  entry: (at: Date) => TimelineRecord,
  changes: (at: Date) => Partial<IssueRecord>,
): IssueRecord {
  const at = new Date(new Date(issue.submittedAt).getTime() + hoursAfter * HOUR_MS)
  return { ...issue, ...changes(at), updatedAt: at, timeline: [...issue.timeline, entry(at)] }
}

const accept = (issue: IssueRecord, hours: number) =>
  step(
    issue,
    hours,
    (at) => timelineEntry('accepted', at, SECRETARY.openid, SECRETARY.name),
    () => ({ status: 'accepted' }),
  )

const assignToCommittee = (issue: IssueRecord, hours: number) =>
  step(
    issue,
    hours,
    (at) =>
      timelineEntry('assigned', at, SECRETARY.openid, SECRETARY.name, `由${COMMITTEE.name}办理`),
    () => ({ status: 'assigned', assignee: COMMITTEE }),
  )

const startWork = (issue: IssueRecord, hours: number) =>
  step(
    issue,
    hours,
    (at) => timelineEntry('started', at, COMMITTEE.openid, COMMITTEE.name),
    () => ({ status: 'in_progress' }),
  )

const replyTo = (issue: IssueRecord, hours: number, body: string) =>
  step(
    issue,
    hours,
    (at) => timelineEntry('replied', at, COMMITTEE.openid, COMMITTEE.name, body),
    (at) => ({
      status: 'replied',
      reply: { body, photos: [], at, byName: COMMITTEE.name },
      repliedAt: at,
    }),
  )

const confirmWith = (issue: IssueRecord, hours: number, rating: number, comment: string) =>
  step(
    issue,
    hours,
    (at) =>
      timelineEntry(
        'resolved',
        at,
        'submitter',
        '',
        `评价 ${rating} 星${comment ? `：${comment}` : ''}`,
      ),
    (at) => ({ status: 'resolved', rating, ratingComment: comment, resolvedAt: at }),
  )

/**
 * Grassroots issues in every state the app shows: waiting, held for review, accepted, assigned, in
 * progress, replied, resolved (one on the public board), rejected, reopened, overdue and escalated.
 */
export async function seedIssues(db: SeedDb, now: Date): Promise<void> {
  const cases: IssueRecord[] = []

  cases.push(
    submitted(
      {
        key: 'lamp',
        submitter: 'o_demo_resident',
        submitterName: '刘秀兰',
        category: 'facility',
        body: '3 号楼东侧路灯坏了一个多星期，晚上老人出门很不方便，希望尽快修好。',
        place: '幸福小区 3 号楼东侧',
        ageHours: 3,
      },
      now,
    ),
  )

  const held = submitted(
    {
      key: 'held',
      submitter: 'o_demo_04',
      submitterName: '吴刚',
      category: 'other',
      body: '小区群里有人发刷单广告，希望管一管。',
      ageHours: 1,
    },
    now,
  )
  cases.push({
    ...held,
    held: true,
    moderation: { text: 'review', mediaTraceIds: [] },
    timeline: [
      ...held.timeline,
      timelineEntry(
        'held',
        held.submittedAt,
        'system',
        '',
        '内容需要工作人员审核，审核通过后支部会尽快受理',
      ),
    ],
  })

  cases.push(
    accept(
      submitted(
        {
          key: 'garbage',
          submitter: 'o_demo_member',
          submitterName: '张晓明',
          category: 'environment',
          body: '垃圾分类点周末无人清运，气味很大。',
          place: '幸福小区北门垃圾分类点',
          publicConsent: true,
          ageHours: 20,
        },
        now,
      ),
      2,
    ),
  )

  cases.push(
    assignToCommittee(
      accept(
        submitted(
          {
            key: 'stairs',
            submitter: 'o_demo_07',
            submitterName: '',
            anonymous: true,
            category: 'safety',
            body: '5 号楼楼道里堆满杂物，挡住了消防通道。',
            place: '幸福小区 5 号楼',
            ageHours: 26,
          },
          now,
        ),
        1,
      ),
      2,
    ),
  )

  cases.push(
    startWork(
      assignToCommittee(
        accept(
          submitted(
            {
              key: 'parking',
              submitter: 'o_demo_resident',
              submitterName: '刘秀兰',
              category: 'property',
              body: '物业把绿化带改成了收费停车位，想了解是否经过业主同意。',
              contactPhone: '13912345678',
              ageHours: 50,
            },
            now,
          ),
          3,
        ),
        4,
      ),
      20,
    ),
  )

  cases.push(
    replyTo(
      startWork(
        assignToCommittee(
          accept(
            submitted(
              {
                key: 'noise',
                submitter: 'o_demo_member',
                submitterName: '张晓明',
                category: 'neighbor',
                body: '楼上装修每天早上七点就开始电钻，影响休息。',
                publicConsent: true,
                ageHours: 96,
              },
              now,
            ),
            2,
          ),
          3,
        ),
        5,
      ),
      40,
      '已与楼上住户和物业沟通，装修时间调整为上午 9 点至下午 5 点，周末不施工。',
    ),
  )

  const board = confirmWith(
    replyTo(
      startWork(
        assignToCommittee(
          accept(
            submitted(
              {
                key: 'bench',
                submitter: 'o_demo_resident',
                submitterName: '刘秀兰',
                category: 'facility',
                body: '小花园的长椅坏了，老人没地方歇脚。',
                place: '幸福小区小花园',
                publicConsent: true,
                ageHours: 20 * 24,
              },
              now,
            ),
            2,
          ),
          3,
        ),
        6,
      ),
      48,
      '已联系物业更换了 4 张长椅，并在小花园增设了 2 张。',
    ),
    60,
    5,
    '很快就修好了，谢谢支部！',
  )
  cases.push(
    step(
      board,
      62,
      (at) => timelineEntry('published', at, SECRETARY.openid, SECRETARY.name),
      () => ({ public: true }),
    ),
  )

  cases.push(
    confirmWith(
      replyTo(
        assignToCommittee(
          accept(
            submitted(
              {
                key: 'water',
                submitter: 'o_demo_10',
                submitterName: '沈洁',
                category: 'policy',
                body: '想咨询老旧小区二次供水改造的补贴政策。',
                publicConsent: true,
                ageHours: 12 * 24,
              },
              now,
            ),
            1,
          ),
          2,
        ),
        30,
        '已把街道的改造政策说明发给你，本小区已列入明年改造计划。',
      ),
      40,
      4,
      '',
    ),
  )

  cases.push(
    step(
      submitted(
        {
          key: 'ads',
          submitter: 'o_demo_13',
          submitterName: '朱玉兰',
          category: 'other',
          body: '希望支部帮忙联系快递公司，把快递放到家门口。',
          ageHours: 5 * 24,
        },
        now,
      ),
      6,
      (at) =>
        timelineEntry(
          'rejected',
          at,
          SECRETARY.openid,
          SECRETARY.name,
          '属于个人与快递公司之间的服务约定，建议直接联系快递网点。',
        ),
      () => ({
        status: 'rejected',
        rejectReason: '属于个人与快递公司之间的服务约定，建议直接联系快递网点。',
      }),
    ),
  )

  // Overdue and already escalated to 幸福社区党总支.
  const overdue = startWork(
    assignToCommittee(
      accept(
        submitted(
          {
            key: 'wires',
            submitter: 'o_demo_16',
            submitterName: '许明',
            category: 'safety',
            body: '电动车在楼道里充电，电线私拉乱接，存在火灾隐患。',
            place: '幸福小区 7 号楼一单元',
            ageHours: 6 * 24,
          },
          now,
        ),
        4,
      ),
      6,
    ),
    30,
  )
  const escalatedAt = new Date(new Date(overdue.dueAt).getTime() + HOUR_MS)
  cases.push({
    ...overdue,
    escalated: true,
    escalation: { orgId: 'org-general', orgName: '幸福社区党总支', at: escalatedAt },
    timeline: [
      ...overdue.timeline,
      timelineEntry(
        'escalated',
        escalatedAt,
        'system',
        '',
        '已超过办理期限，提请幸福社区党总支督办',
      ),
    ],
  })

  // Past its deadline an hour ago: the next cron tick escalates it.
  cases.push(
    accept(
      submitted(
        {
          key: 'pothole',
          submitter: 'o_demo_19',
          submitterName: '施慧',
          category: 'environment',
          body: '小区南门路面塌了一个坑，下雨积水。',
          place: '幸福小区南门',
          ageHours: 5 * 24 + 1,
        },
        now,
      ),
      5,
    ),
  )

  // Reopened once: back with its assignee.
  const reopened = replyTo(
    startWork(
      assignToCommittee(
        accept(
          submitted(
            {
              key: 'elevator',
              submitter: 'o_demo_22',
              submitterName: '曹雪',
              category: 'facility',
              body: '2 号楼电梯经常停运，住高层的老人上下楼困难。',
              ageHours: 4 * 24,
            },
            now,
          ),
          2,
        ),
        3,
      ),
      4,
    ),
    30,
    '已通知物业联系维保单位检修。',
  )
  cases.push(
    step(
      reopened,
      50,
      (at) => timelineEntry('reopened', at, 'submitter', '', '检修后第二天又停了，希望彻底解决。'),
      (at) => ({
        status: 'in_progress',
        reopenCount: 1,
        reopenReason: '检修后第二天又停了，希望彻底解决。',
        dueAt: dueDate('facility', at),
      }),
    ),
  )

  cases.push(
    submitted(
      {
        key: 'b2-light',
        submitter: 'o_demo_05',
        submitterName: '郑秀英',
        orgId: 'org-branch-2',
        category: 'environment',
        body: '第二网格的宣传栏玻璃碎了，有安全隐患。',
        ageHours: 10,
      },
      now,
    ),
  )

  await addAll(db, 'issues', cases)
}
