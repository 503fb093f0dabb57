import { createHash } from 'node:crypto'
import type { ActivityRecord } from '../../cloudfunctions/_shared/records/activity'
import type { IssueRecord } from '../../cloudfunctions/_shared/records/issue'
import {
  newAttendance,
  type AttendanceRecord,
} from '../../cloudfunctions/_shared/records/attendance'
import {
  progressId,
  type ProgressRecord,
} from '../../cloudfunctions/_shared/records/lesson-progress'
import type { MeetingRecord } from '../../cloudfunctions/_shared/records/meeting'
import {
  activeMembership,
  type MembershipRecord,
} from '../../cloudfunctions/_shared/records/membership'
import { DAY_MS, HOUR_MS, shanghaiMidnight, shanghaiParts } from '../../types/time'
import { ISSUE_CATEGORIES, ISSUE_DUE_DAYS, type IssueStatus } from '../../types/issue'
import type { AttendanceStatus, MeetingKind } from '../../types/meeting'
import type { Role } from '../../types/user'
import type { SeedDb } from './seed-db'

/**
 * The "large committee" of docs/ARCHITECTURE.md §9, for `npm run bench`: one 党委 with 10 总支, 200 支部
 * (two 党小组 each) and ~6 000 members, six months of 三会一课 with ~50 000 attendance rows, required
 * lessons with reading progress, activities and grassroots issues in realistic proportions.
 *
 * Deterministic: the same `now` and seed give the same documents (a small seeded PRNG, no
 * Math.random, no crypto randomness). Dates are relative to `now` so the dashboards' windows see it.
 */
export const LARGE = {
  committee: 'lg-committee',
  admin: 'o_lg_admin',
  generals: 10,
  branchesPerGeneral: 20,
  membersPerBranch: 30,
  meetingMonths: 6,
  historyMonths: 8,
} as const

const BATCH = 1000

/** mulberry32: tiny, fast and good enough to make data look varied. */
function prng(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
  }
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** `YYYY-MM` `offset` months from now's month (Asia/Shanghai), and a local day/hour in it. */
function monthAt(now: Date, offset: number) {
  const { year, month } = shanghaiParts(now)
  const index = year * 12 + (month - 1) + offset
  const key = `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
  return {
    key,
    /** 1-based month of the year */
    month: (index % 12) + 1,
    at: (day: number, hour: number) =>
      new Date(shanghaiMidnight(`${key}-${pad(day)}`).getTime() + hour * HOUR_MS),
  }
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN =
  '建国红梅晓明志强秀兰丽华伟敏刚秀英磊静国平芳洁涛帆玉兰勇佳明琳建华慧桂英德明雪军晓燕鑫海燕春生桂兰文华永红'

export interface LargeCommitteeCounts {
  orgs: number
  users: number
  memberships: number
  meetings: number
  attendance: number
  lessons: number
  lessonProgress: number
  activities: number
  issues: number
}

/** Writes in batches of multi-document adds (one insert request per batch). */
async function addBatches(db: SeedDb, collection: string, docs: object[]): Promise<void> {
  for (let start = 0; start < docs.length; start += BATCH) {
    await db.collection(collection).add({ data: docs.slice(start, start + BATCH) as never })
  }
}

interface Branch {
  _id: string
  name: string
  ancestors: string[]
  groups: string[]
  members: string[]
  /** openids per 党小组, same order as `groups` */
  groupMembers: string[][]
  committee: string[]
  /** How diligent this branch is (0.55–0.98): drives attendance, study and issue handling. */
  diligence: number
}

export async function seedLargeCommittee(
  db: SeedDb,
  now: Date,
  seed = 20261122,
): Promise<LargeCommitteeCounts> {
  const random = prng(seed)
  const root = LARGE.committee
  const orgs: object[] = [
    {
      _id: root,
      name: '大型街道党工委',
      kind: 'committee',
      parentId: '',
      ancestors: [],
      archived: false,
      order: 1,
      createdAt: now,
    },
  ]
  const users: object[] = [
    {
      _id: LARGE.admin,
      nickname: '党工委管理员',
      avatarUrl: '',
      phoneMasked: '',
      createdAt: now,
      updatedAt: now,
    },
  ]
  const memberships: MembershipRecord[] = [
    activeMembership({
      orgId: root,
      openid: LARGE.admin,
      role: 'admin',
      via: 'seed',
      joinedAt: now,
    }),
  ]
  const branches: Branch[] = []
  let person = 0

  for (let g = 1; g <= LARGE.generals; g++) {
    const generalId = `lg-general-${pad(g)}`
    orgs.push({
      _id: generalId,
      name: `第${pad(g)}社区党总支`,
      kind: 'general_branch',
      parentId: root,
      ancestors: [root],
      archived: false,
      order: g,
      createdAt: now,
    })
    for (let k = 1; k <= LARGE.branchesPerGeneral; k++) {
      const index = (g - 1) * LARGE.branchesPerGeneral + k
      const branchId = `lg-branch-${pad(index, 3)}`
      const ancestors = [root, generalId]
      orgs.push({
        _id: branchId,
        name: `第${pad(g)}总支第${pad(k)}党支部`,
        kind: 'branch',
        parentId: generalId,
        ancestors,
        archived: false,
        order: k,
        createdAt: now,
      })
      const groups = ['a', 'b'].map((suffix) => `lg-group-${pad(index, 3)}${suffix}`)
      groups.forEach((groupId, n) =>
        orgs.push({
          _id: groupId,
          name: `第${n + 1}党小组`,
          kind: 'group',
          parentId: branchId,
          ancestors: [...ancestors, branchId],
          archived: false,
          order: n + 1,
          createdAt: now,
        }),
      )
      // Sizes vary around 30 in pairs, so the committee has exactly 6 000 members.
      const spread =
        index % 2 === 1
          ? random.int(0, 6)
          : -(branches[branches.length - 1].members.length - LARGE.membersPerBranch)
      const size = LARGE.membersPerBranch + spread
      const members: string[] = []
      for (let m = 0; m < size; m++) {
        person += 1
        const openid = `o_lg_${pad(person, 5)}`
        members.push(openid)
        const role: Role =
          m === 0
            ? 'secretary'
            : m === 1
              ? 'deputy'
              : m < 5
                ? 'committee'
                : m % 9 === 8
                  ? 'probationary'
                  : 'member'
        users.push({
          _id: openid,
          nickname: random.pick([...SURNAMES]) + random.pick([...GIVEN]) + random.pick([...GIVEN]),
          avatarUrl: '',
          phoneMasked: '',
          createdAt: now,
          updatedAt: now,
        })
        memberships.push(
          activeMembership({
            orgId: branchId,
            openid,
            role,
            via: 'seed',
            joinedAt: new Date(now.getTime() - 400 * DAY_MS),
          }),
        )
      }
      branches.push({
        _id: branchId,
        name: `第${pad(g)}总支第${pad(k)}党支部`,
        ancestors,
        groups,
        members,
        groupMembers: [
          members.filter((_, m) => m % 2 === 0),
          members.filter((_, m) => m % 2 === 1),
        ],
        committee: members.slice(0, 5),
        diligence: 0.55 + random.next() * 0.43,
      })
    }
  }

  // ---- 三会一课 and attendance ---------------------------------------------------------------------
  const meetings: MeetingRecord[] = []
  const attendance: AttendanceRecord[] = []
  const meeting = (
    branch: Branch,
    orgId: string,
    kind: MeetingKind,
    startsAt: Date,
    expected: string[],
  ) => {
    if (!random.chance(0.5 + 0.4 * branch.diligence)) return // not held at all that month
    const id = `lg-meeting-${pad(meetings.length + 1, 6)}`
    const endsAt = new Date(startsAt.getTime() + 2 * HOUR_MS)
    const cancelled = random.chance(0.03)
    const held = !cancelled && endsAt <= now
    const recorded = held && random.chance(0.5 + 0.45 * branch.diligence)
    meetings.push({
      _id: id,
      orgId,
      kind,
      title: `${kind} ${startsAt.toISOString().slice(0, 7)}`,
      agenda: '学习传达上级精神，研究近期工作',
      startsAt,
      endsAt,
      place: '党群服务中心',
      hostId: branch.committee[0],
      recorderId: branch.committee[2],
      expected,
      secret: createHash('sha256').update(id).digest('hex'),
      status: cancelled ? 'cancelled' : 'scheduled',
      cancelReason: cancelled ? '与社区重点工作冲突，改期' : '',
      createdBy: branch.committee[0],
      createdAt: new Date(startsAt.getTime() - 7 * DAY_MS),
      updatedAt: new Date(startsAt.getTime() - 7 * DAY_MS),
      minutes: recorded
        ? {
            summary: '会议按议程进行。',
            resolutions: [],
            photos: [],
            absenceNotes: [],
            recordedBy: branch.committee[2],
            recordedAt: endsAt,
            held: false,
          }
        : null,
      minutesVersion: recorded ? 1 : 0,
      reminded: true,
      shareActivityId: '',
      shareExpiresAt: null,
      shareSyncedAt: null,
    })
    if (!held) return
    for (const openid of expected) {
      const roll = random.next()
      const present = 0.55 + 0.4 * branch.diligence
      let status: AttendanceStatus | null = null
      if (roll < present) status = 'present'
      else if (roll < present + 0.03) status = 'late'
      else if (roll < present + 0.05) status = 'proxy'
      else if (roll < present + 0.12) status = 'leave'
      if (!status) continue // absent without a word: no row, as in the app
      attendance.push(
        newAttendance({ _id: id, orgId }, openid, {
          status,
          method:
            status === 'present'
              ? random.chance(0.5)
                ? 'code'
                : 'scan'
              : status === 'late'
                ? 'makeup'
                : status === 'proxy'
                  ? 'proxy'
                  : null,
          at: status === 'leave' ? null : startsAt,
          by: status === 'proxy' ? branch.committee[0] : null,
          reason: status === 'proxy' ? '年纪大不会用手机，本人到会' : '',
          updatedAt: startsAt,
        }),
      )
    }
  }
  for (let offset = 1 - LARGE.meetingMonths; offset <= 0; offset++) {
    const month = monthAt(now, offset)
    const inQuarter = (month.month - 1) % 3
    for (const branch of branches) {
      meeting(branch, branch._id, 'committee', month.at(5, 19), branch.committee)
      branch.groups.forEach((groupId, n) =>
        meeting(branch, groupId, 'group', month.at(12 + n, 19), branch.groupMembers[n]),
      )
      if (inQuarter === 1) meeting(branch, branch._id, 'congress', month.at(15, 14), branch.members)
      if (inQuarter === 2) meeting(branch, branch._id, 'lecture', month.at(25, 14), branch.members)
    }
  }

  // ---- lessons and reading ------------------------------------------------------------------------
  const lessons: object[] = []
  const progress: ProgressRecord[] = []
  const lesson = (
    id: string,
    orgId: string,
    title: string,
    required: Date | null,
    publishedAt: Date,
  ) => {
    lessons.push({
      _id: id,
      orgId,
      title,
      summary: '',
      blocks: [{ kind: 'text', text: title }],
      tags: ['理论学习'],
      readingSeconds: 180,
      coverFileId: '',
      status: 'published',
      authorId: LARGE.admin,
      reviewNote: '',
      hold: null,
      heldImages: [],
      blockedImages: [],
      pinned: false,
      requiredOrgId: required ? orgId : '',
      requiredDue: required,
      requiredBy: required ? LARGE.admin : '',
      dueReminded: false,
      history: [],
      createdAt: publishedAt,
      updatedAt: publishedAt,
      submittedAt: publishedAt,
      publishedAt,
      reviewerId: LARGE.admin,
    })
  }
  const read = (lessonId: string, branch: Branch, rate: number, after: Date) => {
    for (const openid of branch.members) {
      const roll = random.next()
      if (roll > rate + 0.1) continue
      const done = roll <= rate
      const at = new Date(Math.min(now.getTime(), after.getTime() + random.int(1, 20) * DAY_MS))
      progress.push({
        _id: progressId(lessonId, openid),
        lessonId,
        openid,
        orgId: branch._id,
        percent: done ? 100 : random.int(10, 80),
        resumeAt: 0,
        activeSeconds: done ? 160 : 40,
        beats: 10,
        beatAt: at,
        startedAt: at,
        completedAt: done ? at : null,
        evidence: done ? 'sections' : null,
        reflection: '',
        reflectionHeld: false,
        updatedAt: at,
      })
    }
  }
  // The committee pushes a required lesson down every six weeks or so; two fall in this quarter.
  const committeeLessons = [-150, -100, -45, -20].map((daysAgo, n) => {
    const publishedAt = new Date(now.getTime() + daysAgo * DAY_MS)
    const due = new Date(publishedAt.getTime() + 30 * DAY_MS)
    const id = `lg-lesson-committee-${n + 1}`
    lesson(id, root, `党工委必学课第${n + 1}讲`, due, publishedAt)
    return { id, publishedAt, due }
  })
  for (let g = 1; g <= LARGE.generals; g++) {
    const publishedAt = new Date(now.getTime() - 10 * DAY_MS)
    lesson(
      `lg-lesson-general-${pad(g)}`,
      `lg-general-${pad(g)}`,
      `总支专题学习第${g}期`,
      new Date(now.getTime() + 20 * DAY_MS),
      publishedAt,
    )
  }
  for (const branch of branches) {
    for (const entry of committeeLessons) {
      const finished = entry.due < now ? branch.diligence : branch.diligence * 0.7
      read(entry.id, branch, finished, entry.publishedAt)
    }
    const general = branch.ancestors[1]
    read(
      `lg-lesson-general-${general.slice(-2)}`,
      branch,
      branch.diligence * 0.5,
      new Date(now.getTime() - 10 * DAY_MS),
    )
    const own = `lg-lesson-${branch._id.slice(3)}`
    lesson(own, branch._id, `${branch.name}身边榜样`, null, new Date(now.getTime() - 60 * DAY_MS))
    read(own, branch, 0.2, new Date(now.getTime() - 60 * DAY_MS))
  }

  // ---- activities ---------------------------------------------------------------------------------
  const activities: ActivityRecord[] = []
  for (let offset = 1 - LARGE.historyMonths; offset <= 0; offset++) {
    const month = monthAt(now, offset)
    for (const branch of branches) {
      const plans: [ActivityRecord['kind'], number][] = [['themeDay', 20]]
      if (random.chance(0.45))
        plans.push([random.pick(['volunteer', 'study', 'other'] as const), 8])
      for (const [kind, day] of plans) {
        if (!random.chance(branch.diligence + 0.1)) continue
        const startsAt = month.at(day, 9)
        const cancelled = random.chance(0.04)
        const id = `lg-activity-${pad(activities.length + 1, 6)}`
        const signedUp = random.int(10, branch.members.length)
        activities.push({
          _id: id,
          orgId: branch._id,
          orgPath: [...branch.ancestors, branch._id],
          kind,
          title: `${kind === 'themeDay' ? '主题党日' : '志愿服务'} ${month.key}`,
          body: '',
          place: '社区广场',
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3 * HOUR_MS),
          signUpBy: new Date(startsAt.getTime() - DAY_MS),
          capacity: branch.members.length,
          signedUp,
          checkedIn: startsAt < now && !cancelled ? Math.round(signedUp * branch.diligence) : 0,
          cover: '',
          status: cancelled ? 'cancelled' : 'published',
          cancelReason: cancelled ? '天气原因取消' : '',
          monthKey: month.key,
          signInSecret: createHash('sha256').update(id).digest('hex'),
          coverPending: false,
          photos: {},
          photoCount: 0,
          reflectionCount: 0,
          createdBy: branch.committee[0],
          createdAt: new Date(startsAt.getTime() - 10 * DAY_MS),
        })
      }
    }
  }

  // ---- grassroots issues --------------------------------------------------------------------------
  const issues: IssueRecord[] = []
  const historyMs = LARGE.historyMonths * 30 * DAY_MS
  for (const branch of branches) {
    const count = random.int(6, 24)
    for (let n = 0; n < count; n++) {
      const submittedAt = new Date(now.getTime() - random.next() * historyMs)
      const category = random.pick(ISSUE_CATEGORIES)
      const dueAt = new Date(submittedAt.getTime() + ISSUE_DUE_DAYS[category] * DAY_MS)
      const age = now.getTime() - submittedAt.getTime()
      const handled = random.chance(branch.diligence)
      const replyAfter = (handled ? random.int(6, 5 * 24) : random.int(3 * 24, 20 * 24)) * HOUR_MS
      let status: IssueStatus
      let repliedAt: Date | null = null
      let resolvedAt: Date | null = null
      let autoResolved = false
      let rating: number | null = null
      if (random.chance(0.06)) status = 'rejected'
      else if (replyAfter > age)
        status = random.pick(['submitted', 'accepted', 'assigned', 'in_progress'] as const)
      else {
        repliedAt = new Date(submittedAt.getTime() + replyAfter)
        const confirmAfter = random.int(2, 9 * 24) * HOUR_MS
        if (random.chance(0.25) && repliedAt.getTime() + 7 * DAY_MS < now.getTime()) {
          status = 'resolved'
          autoResolved = true
          resolvedAt = new Date(repliedAt.getTime() + 7 * DAY_MS)
        } else if (repliedAt.getTime() + confirmAfter < now.getTime()) {
          status = 'resolved'
          resolvedAt = new Date(repliedAt.getTime() + confirmAfter)
          const stars = random.next()
          rating = random.chance(0.75)
            ? stars < 0.5
              ? 5
              : stars < 0.8
                ? 4
                : stars < 0.92
                  ? 3
                  : stars < 0.97
                    ? 2
                    : 1
            : null
        } else status = 'replied'
      }
      const open =
        status === 'submitted' ||
        status === 'accepted' ||
        status === 'assigned' ||
        status === 'in_progress'
      const escalated = open && dueAt < now && random.chance(0.8)
      const id = `lg-issue-${pad(issues.length + 1, 6)}`
      issues.push({
        _id: id,
        requestId: id,
        submitter: random.pick(branch.members),
        submitterName: '',
        anonymous: random.chance(0.2),
        orgId: branch._id,
        orgName: branch.name,
        orgPath: [...branch.ancestors, branch._id],
        category,
        body: '楼道灯坏了，晚上很黑，请尽快修理。',
        photos: [],
        place: null,
        contact: 'in_app',
        contactPhone: '',
        publicConsent: false,
        public: false,
        status,
        held: random.chance(0.01),
        moderation: { text: 'pass', mediaTraceIds: [] },
        assignee: open ? null : { openid: branch.committee[1], name: '副书记' },
        reply: repliedAt
          ? { body: '已安排物业维修。', photos: [], at: repliedAt, byName: '副书记' }
          : null,
        rating,
        ratingComment: '',
        rejectReason: status === 'rejected' ? '不属于本支部办理范围，已告知去向' : '',
        reopenCount: 0,
        reopenReason: '',
        dueAt,
        escalated,
        escalation: escalated
          ? { orgId: branch.ancestors[1], orgName: '总支', at: new Date(dueAt.getTime() + HOUR_MS) }
          : null,
        autoResolved,
        submittedAt,
        updatedAt: resolvedAt ?? repliedAt ?? submittedAt,
        repliedAt,
        resolvedAt,
        timeline: [],
      })
    }
  }

  const plan: [string, object[]][] = [
    ['orgs', orgs],
    ['users', users],
    ['memberships', memberships],
    ['meetings', meetings],
    ['attendance', attendance],
    ['lessons', lessons],
    ['lessonProgress', progress],
    ['activities', activities],
    ['issues', issues],
  ]
  for (const [collection, docs] of plan) await addBatches(db, collection, docs)
  return {
    orgs: orgs.length,
    users: users.length,
    memberships: memberships.length,
    meetings: meetings.length,
    attendance: attendance.length,
    lessons: lessons.length,
    lessonProgress: progress.length,
    activities: activities.length,
    issues: issues.length,
  }
}
