import { progressId } from '../../cloudfunctions/_shared/records/lesson-progress'
import { estimateReadingSeconds, type LessonBlock } from '../../types/lesson'
import { addAll, type SeedDb } from './seed-db'
import { DAY_MS, HOUR_MS } from '../../types/time'

const day = DAY_MS
const hour = HOUR_MS

interface DemoLesson {
  _id: string
  orgId: string
  authorId: string
  authorName: string
  title: string
  summary: string
  tags: string[]
  paragraphs: string[]
  status: 'draft' | 'pending' | 'published' | 'rejected'
  /** Days before `now` it was last changed (submitted, published…). */
  daysAgo: number
  pinned?: boolean
  required?: { orgId: string; dueInHours: number }
  reviewer?: { openid: string; name: string }
  reviewNote?: string
  hold?: 'review'
}

const LESSONS: DemoLesson[] = [
  {
    _id: 'lesson-demo-discipline',
    orgId: 'org-committee',
    authorId: 'o_demo_admin',
    authorName: '陈志强',
    title: '纪律处分条例里的六项纪律',
    summary:
      '政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律，各是什么意思，日常怎么对照。',
    tags: ['党规党纪'],
    paragraphs: [
      '《中国共产党纪律处分条例》把党的纪律归纳为六项：政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律。六项纪律不是六条口号，而是党员日常言行的六把尺子。',
      '政治纪律是最根本、最重要的纪律。它要求党员在政治立场、政治方向、政治原则上同党中央保持一致，不搞当面一套、背后一套，不传播违背党的理论和路线方针政策的言论。',
      '组织纪律讲的是个人与组织的关系。按时参加组织生活、如实向组织报告个人有关事项、服从组织的工作安排，都属于组织纪律的范围。迟交党费、长期不参加“三会一课”，也是组织纪律松弛的表现。',
      '廉洁纪律要求党员干部廉洁用权、廉洁自律。社区工作中经手补贴、物资、场地，最要注意公私分明，一笔一笔有记录、经得起查。',
      '群众纪律是党同人民群众血肉联系的保障。对群众反映的问题推诿扯皮、态度生硬，优亲厚友、处事不公，都违反群众纪律。',
      '工作纪律要求党员认真履职、担当作为，反对形式主义和官僚主义。开会不走过场、台账不搞“补记”，就是在守工作纪律。',
      '生活纪律关乎党员的个人品行和家风。艰苦朴素、勤俭节约、注重家庭家教家风，是党员在八小时以外也要守住的底线。',
      '六项纪律之间不是各管一段。一件小事往往同时牵涉几项纪律：比如替亲友在补贴名单上“打招呼”，既违反廉洁纪律，也违反群众纪律；又比如对上级的安排阳奉阴违，既是组织纪律问题，也可能是政治纪律问题。',
      '对社区党员来说，最常遇到的是群众纪律和工作纪律。居民来反映问题，第一句话怎么接、多久给回复、办不了的怎么解释，都是纪律在日常里的样子。能当场解决的当场解决，不能的说清楚时限和原因，事后记得回访。',
      '纪律也不只是“不能做什么”。条例里的很多规定，反过来读就是“应该怎么做”：按时参加组织生活、如实报告、公道正派、勤俭节约。把这些当成习惯，比记住条文更重要。',
      '还要注意，纪律面前人人平等。党员无论职务高低、资历深浅，都要同样遵守；支部在评议党员时，也应当对照六项纪律实事求是，不搞好人主义。',
      '学完这一课，不妨对照六项纪律想一想：最近一个月，自己在哪一项上做得好，哪一项还要再注意。',
    ],
    status: 'published',
    daysAgo: 3,
    required: { orgId: 'org-committee', dueInHours: 5 * 24 },
    reviewer: { openid: 'o_demo_admin', name: '陈志强' },
  },
  {
    _id: 'lesson-demo-redboat',
    orgId: 'org-general',
    authorId: 'o_demo_admin',
    authorName: '陈志强',
    title: '红船精神：开天辟地、敢为人先',
    summary: '从嘉兴南湖的一条小船说起，读懂首创精神、奋斗精神和奉献精神。',
    tags: ['党史'],
    paragraphs: [
      '1921年夏天，中国共产党第一次全国代表大会在上海开幕，会议最后一天转移到浙江嘉兴南湖的一条游船上举行。这条小船，后来被称为“红船”。',
      '红船精神概括为三句话：开天辟地、敢为人先的首创精神；坚定理想、百折不挠的奋斗精神；立党为公、忠诚为民的奉献精神。',
      '对社区党员来说，首创精神就是遇到新问题敢想办法，比如用小程序把支部群里的事情理清楚；奋斗精神是遇到难事不绕着走；奉献精神是把居民的小事当成自己的大事。',
    ],
    status: 'published',
    daysAgo: 6,
    pinned: true,
    reviewer: { openid: 'o_demo_admin', name: '陈志强' },
  },
  {
    _id: 'lesson-demo-pioneer',
    orgId: 'org-branch-1',
    authorId: 'o_demo_secretary',
    authorName: '王建国',
    title: '社区网格里的党员先锋岗',
    summary: '我们支部的三位党员是怎么在网格里当好“先锋岗”的，做法可以学，经验可以带。',
    tags: ['基层治理', '身边榜样'],
    paragraphs: [
      '去年起，支部在六个网格里各设了一个党员先锋岗。先锋岗不是一块牌子，而是一份清单：每周走访一次独居老人，每月收集一次居民意见，遇到急事第一时间报到。',
      '三号网格的赵丽华同志，把居民反映最多的楼道堆物问题做成了一张表，一户一户上门商量，两个月清出了十一个楼道。',
      '先锋岗的经验是：事情要具体，责任要到人，结果要让居民看得见。',
    ],
    status: 'published',
    daysAgo: 1,
    reviewer: { openid: 'o_demo_admin', name: '陈志强' },
  },
  {
    _id: 'lesson-demo-three-one',
    orgId: 'org-branch-1',
    authorId: 'o_demo_committee',
    authorName: '李红梅',
    title: '一分钟读懂“三会一课”',
    summary: '党员大会、支委会、党小组会和党课，各多久开一次、谁来开。',
    tags: ['组织生活'],
    paragraphs: [
      '“三会一课”是党的组织生活的基本制度：定期召开支部党员大会、支部委员会会议、党小组会，按时上好党课。',
      '按照支部工作条例，党员大会一般每季度召开一次，支委会一般每月召开一次，党小组会一般每月召开一次，党课的频次各地有具体规定。',
    ],
    status: 'published',
    daysAgo: 2,
    required: { orgId: 'org-branch-1', dueInHours: 30 },
    reviewer: { openid: 'o_demo_secretary', name: '王建国' },
  },
  {
    _id: 'lesson-demo-sorting',
    orgId: 'org-branch-2',
    authorId: 'o_demo_02',
    authorName: '孙伟',
    title: '垃圾分类，党员带头',
    summary: '第二党支部在小区推行垃圾分类的三个小办法。',
    tags: ['基层治理'],
    paragraphs: [
      '分类投放点旁边安排党员轮流值守，一开始每天两小时，居民熟悉以后改为每周两次。',
      '把分类指南印成冰箱贴，上门时顺手送给老人，比群里发通知管用。',
    ],
    status: 'published',
    daysAgo: 4,
    reviewer: { openid: 'o_demo_admin', name: '陈志强' },
  },
  {
    _id: 'lesson-demo-keywords',
    orgId: 'org-committee',
    authorId: 'o_demo_admin',
    authorName: '陈志强',
    title: '理论学习：读原文、悟原理',
    summary: '理论学习为什么要读原著、学原文、悟原理，以及一个适合碎片时间的学习方法。',
    tags: ['理论学习'],
    paragraphs: [
      '理论学习最忌只看二手解读。读原文，才能知道一句话放在什么语境里、针对什么问题。',
      '碎片时间也能学：每天读一段原文，用一句话写下自己的理解，一个月下来就是三十条心得。',
    ],
    status: 'published',
    daysAgo: 20,
    reviewer: { openid: 'o_demo_admin', name: '陈志强' },
  },
  {
    _id: 'lesson-demo-mediation',
    orgId: 'org-branch-1',
    authorId: 'o_demo_committee',
    authorName: '李红梅',
    title: '物业纠纷调解中党员能做什么',
    summary: '业主和物业有矛盾时，党员怎样既不缺位也不越位，把事情引到协商解决的轨道上。',
    tags: ['基层治理'],
    paragraphs: [
      '物业纠纷里，党员最能发挥作用的是“搭桥”：把业主的诉求整理清楚，把物业的难处讲明白，约到一张桌子上谈。',
      '调解时要守住三条：不替任何一方拍板，不传未经核实的消息，谈成的事情写下来、双方签字。',
    ],
    status: 'pending',
    daysAgo: 1,
  },
  {
    _id: 'lesson-demo-volunteer',
    orgId: 'org-branch-1',
    authorId: 'o_demo_committee',
    authorName: '李红梅',
    title: '志愿服务记录怎么写',
    summary: '志愿服务记录要写清时间、地点、内容和服务对象，方便核对也方便表彰。',
    tags: ['组织生活'],
    paragraphs: [
      '志愿服务记录是党员参与社区服务的凭据，也是支部评议党员的重要参考。',
      '一条好的记录包括：什么时候、在哪里、为谁、做了什么、用了多长时间。',
    ],
    status: 'rejected',
    daysAgo: 2,
    reviewer: { openid: 'o_demo_secretary', name: '王建国' },
    reviewNote: '请补充两个本社区的实际例子，开头再精简一些。',
  },
  {
    _id: 'lesson-demo-draft',
    orgId: 'org-branch-1',
    authorId: 'o_demo_committee',
    authorName: '李红梅',
    title: '党员联系户工作小结',
    summary: '',
    tags: [],
    paragraphs: ['这一季度，支部十二名党员共联系居民户……（未完成）'],
    status: 'draft',
    daysAgo: 0,
  },
  {
    _id: 'lesson-demo-scam',
    orgId: 'org-branch-1',
    authorId: 'o_demo_committee',
    authorName: '李红梅',
    title: '帮老人识别网络骗局',
    summary: '常见的几种针对老年人的网络骗局，以及党员上门宣传时可以怎么讲。',
    tags: ['平安社区'],
    paragraphs: [
      '最常见的是“刷单返利”：先让你尝到小甜头，再诱导你投入大额资金。',
      '上门宣传时，用身边真实的例子讲，比念条文更有效。',
    ],
    status: 'draft',
    daysAgo: 1,
    hold: 'review',
  },
]

function blocksOf(lesson: DemoLesson): LessonBlock[] {
  return lesson.paragraphs.map((text) => ({ kind: 'text', text }))
}

function historyOf(lesson: DemoLesson, at: Date) {
  const submitted = new Date(at.getTime() - 6 * hour)
  const byAuthor = (event: string, when: Date) => ({
    at: when,
    event,
    actor: lesson.authorId,
    actorName: lesson.authorName,
    note: '',
  })
  switch (lesson.status) {
    case 'draft':
      return lesson.hold ? [byAuthor('held', at)] : []
    case 'pending':
      return [byAuthor('submitted', at)]
    case 'rejected':
    case 'published':
      return [
        byAuthor('submitted', submitted),
        {
          at,
          event: lesson.status,
          actor: lesson.reviewer?.openid ?? '',
          actorName: lesson.reviewer?.name ?? '',
          note: lesson.reviewNote ?? '',
        },
      ]
  }
}

/** Lessons in every state the 学习 tab, the editor and the review queue show, and some reading. */
export async function seedLessons(db: SeedDb, now: Date): Promise<void> {
  await addAll(
    db,
    'lessons',
    LESSONS.map((lesson) => {
      const at = new Date(now.getTime() - lesson.daysAgo * day)
      const blocks = blocksOf(lesson)
      const reviewed = lesson.status === 'published' || lesson.status === 'rejected'
      return {
        _id: lesson._id,
        orgId: lesson.orgId,
        title: lesson.title,
        summary: lesson.summary,
        blocks,
        tags: lesson.tags,
        readingSeconds: estimateReadingSeconds(lesson.title, lesson.summary, blocks),
        coverFileId: '',
        status: lesson.status,
        authorId: lesson.authorId,
        reviewNote: lesson.reviewNote ?? '',
        hold: lesson.hold ?? null,
        heldImages: [],
        blockedImages: [],
        pinned: lesson.pinned ?? false,
        requiredOrgId: lesson.required?.orgId ?? '',
        requiredDue: lesson.required
          ? new Date(now.getTime() + lesson.required.dueInHours * hour)
          : null,
        requiredBy: lesson.required ? 'o_demo_admin' : '',
        dueReminded: false,
        history: historyOf(lesson, at),
        createdAt: new Date(at.getTime() - day),
        updatedAt: at,
        submittedAt: lesson.status === 'draft' ? null : new Date(at.getTime() - 6 * hour),
        publishedAt: lesson.status === 'published' ? at : null,
        reviewerId: reviewed ? (lesson.reviewer?.openid ?? '') : '',
      }
    }),
  )

  const progress = (
    lessonId: string,
    openid: string,
    orgId: string,
    state: {
      percent: number
      activeSeconds: number
      completedDaysAgo?: number
      reflection?: string
    },
  ) => {
    const completedAt =
      state.completedDaysAgo === undefined
        ? null
        : new Date(now.getTime() - state.completedDaysAgo * day)
    const at = completedAt ?? new Date(now.getTime() - 2 * hour)
    return {
      _id: progressId(lessonId, openid),
      lessonId,
      openid,
      orgId,
      percent: state.percent,
      resumeAt: state.percent,
      activeSeconds: state.activeSeconds,
      beats: Math.ceil(state.activeSeconds / 10),
      beatAt: at,
      startedAt: new Date(at.getTime() - state.activeSeconds * 1000),
      completedAt,
      sectionsSeen: completedAt ? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] : [],
      evidence: completedAt ? 'sections' : null,
      reflection: state.reflection ?? '',
      reflectionHeld: false,
      updatedAt: at,
    }
  }
  const done = (days: number, reflection?: string) => ({
    percent: 100,
    activeSeconds: 200,
    completedDaysAgo: days,
    reflection,
  })
  await addAll(db, 'lessonProgress', [
    // 张晓明 stopped halfway through the required lesson (the reader resumes there)…
    progress('lesson-demo-discipline', 'o_demo_member', 'org-branch-1', {
      percent: 40,
      activeSeconds: 70,
    }),
    // …and finished the pinned one with a reflection his secretary can read.
    progress(
      'lesson-demo-redboat',
      'o_demo_member',
      'org-branch-1',
      done(2, '首创、奋斗、奉献，落到日常就是把居民的小事办好。'),
    ),
    progress('lesson-demo-discipline', 'o_demo_secretary', 'org-branch-1', done(2)),
    progress(
      'lesson-demo-discipline',
      'o_demo_04',
      'org-branch-1',
      done(1, '对照六项纪律，工作纪律上还要再严一些。'),
    ),
    progress('lesson-demo-discipline', 'o_demo_10', 'org-branch-1', done(1)),
    progress('lesson-demo-discipline', 'o_demo_05', 'org-branch-2', done(2)),
    progress('lesson-demo-discipline', 'o_demo_08', 'org-branch-2', done(1)),
    progress('lesson-demo-discipline', 'o_demo_03', 'org-branch-3', done(1)),
    progress('lesson-demo-redboat', 'o_demo_04', 'org-branch-1', done(3)),
  ])
}
