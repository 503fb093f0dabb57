import {
  SUBSCRIBE_TEMPLATE_KEYS,
  SUBSCRIBE_TEMPLATES,
  TEMPLATE_ID_ENV,
  type SubscribeTemplate,
  type TemplateDefinition,
} from '../types/subscriptions'

/**
 * The one description of the WeChat cloud environment this app needs: collections with their client
 * rule and indexes, functions with runtime / timeout / memory / timer / openapi permissions, subscribe
 * templates, message-push routes and what must still be clicked in a console.
 *
 * Read by: `npm run deploy` (creates or updates all of it; `--dry-run` prints it), each function's
 * generated `config.json` (a test fails when one differs), `cloudfunctions/_shared/collections.ts`
 * (the emulator creates exactly these collections) and README "Deploy".
 *
 * A typed module rather than `cloudbaserc.json`: that file only covers functions. Each entry of
 * `FUNCTIONS` carries the fields of a cloudbaserc function (name, runtime, timeout, memorySize,
 * triggers, installDependency, handler) and is handed as such to @cloudbase/manager-node, the library
 * `tcb fn deploy` itself runs on.
 * 参考文档：https://docs.cloudbase.net/cli-v1/functions/configs
 */

/** `[field, 1 | -1]`: the direction matters only for compound sorts. */
export type IndexKey = readonly [field: string, direction: 1 | -1]

export interface IndexSpec {
  name: string
  keys: readonly IndexKey[]
  unique?: boolean
  /** The queries that need it (file:function), so an unused index is easy to spot and drop. */
  servesQueriesIn: readonly string[]
}

/**
 * 所有用户不可读写: the app reads and writes only through cloud functions, which bypass rules. With any
 * preset that lets a client create records, `wx.cloud.database()` in a tampered client could add e.g.
 * `memberships.add({ orgId: <root>, openid: <self>, role: 'admin' })`.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/security-rules.html
 */
export const DENY_ALL_CLIENTS = { read: false, write: false } as const

export interface CollectionSpec {
  name: string
  /** The custom security rule (AclTag CUSTOM). */
  rule: typeof DENY_ALL_CLIENTS
  /** `_id` is always indexed; WeChat allows 20 indexes per collection. */
  indexes: readonly IndexSpec[]
}

export const MAX_INDEXES_PER_COLLECTION = 20

function collection<Name extends string>(
  name: Name,
  indexes: readonly IndexSpec[] = [],
): CollectionSpec & { name: Name } {
  return { name, rule: DENY_ALL_CLIENTS, indexes }
}

/** `index('a_b', 'a -b', [...])`: fields in order, `-` for descending. */
function index(name: string, fields: string, servesQueriesIn: readonly string[]): IndexSpec {
  const keys = fields
    .split(' ')
    .map((field): IndexKey => (field.startsWith('-') ? [field.slice(1), -1] : [field, 1]))
  return { name, keys, servesQueriesIn }
}

// Index order follows equality → sort → range, so one index serves the filter and the sort.
// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/index.html
export const COLLECTIONS_SPEC = [
  collection('users'),
  collection('orgs', [
    index('ancestors_archived', 'ancestors archived', [
      'org/orgs.ts:listSubtree',
      'org/home.ts (a 党委/总支 counts its subtree)',
      'org/move-paths.ts',
      'stats/scope.ts',
      'notice/publish-notice.ts',
      'lesson/list-review-queue.ts',
      'org/home-todo.ts (lessons to review)',
      'cron/jobs/lesson.ts',
    ]),
    index('parentId_archived', 'parentId archived', [
      'org/archive-org.ts',
      'org/reorder-org.ts',
      '_shared/completeness.ts:meterLookups',
    ]),
    index('kind_archived_order_name', 'kind archived order name', ['issue/list-branches.ts']),
  ]),
  collection('memberships', [
    index('orgId_status_role', 'orgId status role', [
      'org/members.ts:listMembers',
      'org/home.ts',
      'issue/list-assignees.ts',
      'issue/assign.ts',
      'meeting/people.ts',
      'notice/notices.ts:audienceReads',
      'stats/facts.ts',
      'lesson/completion.ts',
      'lesson/reviewers.ts',
      'dues/dues.ts:membersWithDues',
    ]),
    index('orgId_status_requestedAt', 'orgId status requestedAt', ['org/list-join-requests.ts']),
    index('openid_status_orgId', 'openid status orgId', [
      '_shared/policy.ts:loadGrant',
      '_shared/memberships.ts',
      'meeting/people.ts',
      'stats/facts.ts',
    ]),
  ]),
  collection('groupBindings'),
  collection('invites'),
  collection('meetings', [
    index('orgId_startsAt', 'orgId startsAt _id', [
      'meeting/list-meetings.ts',
      'meeting/export-ledger.ts',
      '_shared/completeness.ts:meterLookups',
      'org/home.ts',
      'org/home-todo.ts (open for sign-in)',
      'stats/facts.ts',
    ]),
    index('reminded_status_startsAt', 'reminded status startsAt', ['cron/jobs/meeting.ts']),
  ]),
  collection('attendance', [
    index('meetingId_status', 'meetingId status', [
      'meeting/meetings.ts',
      'meeting/sign-in.ts',
      'meeting/list-meetings.ts',
      'meeting/export-ledger.ts',
      'cron/jobs/meeting.ts',
      '_shared/completeness.ts:meterLookups',
      'stats/facts.ts',
      'org/home-todo.ts (my sign-ins)',
    ]),
    index('orgId_status_updatedAt', 'orgId status updatedAt', [
      'org/home-todo.ts (requests waiting)',
    ]),
  ]),
  collection('activities', [
    index('orgPath_startsAt', 'orgPath -startsAt -_id', [
      'activity/list-activities.ts',
      'activity/list-showcase.ts',
      'activity/activities.ts:upcoming',
      'org/home.ts',
      'org/move-paths.ts',
      'stats/facts.ts',
    ]),
    index('orgId_kind_monthKey', 'orgId kind monthKey', [
      '_shared/completeness.ts:heldThemeDayActivitiesMatch',
      'org/home-todo.ts (content to review)',
    ]),
    index('mediaChecks_traceId', 'mediaChecks.traceId', ['activity/photos.ts:applyPhotoVerdict']),
  ]),
  collection('signups', [
    index('activityId_status_signedUpAt', 'activityId status signedUpAt', [
      'activity/signups.ts:releaseStaleClaims',
      'activity/get-activity.ts',
      'activity/list-activities.ts',
    ]),
    index('activityId_reflectionStatus_at', 'activityId reflection.status reflection.at', [
      'activity/list-showcase.ts',
      'org/home-todo.ts (held 心得)',
    ]),
  ]),
  collection('lessons', [
    index('orgId_status_publishedAt', 'orgId status -publishedAt', [
      'lesson/list-lessons.ts',
      '_shared/records/lesson-review.ts:awaitingReviewBy (学习 tab, review queue, 今日待办)',
      'lesson/list-review-queue.ts',
    ]),
    index('requiredOrgId_status_requiredDue', 'requiredOrgId status requiredDue', [
      'org/home-todo.ts (规定动作 due)',
    ]),
    index('authorId_updatedAt', 'authorId -updatedAt -_id', [
      'lesson/list-my-lessons.ts',
      'lesson/list-lessons.ts:mine',
    ]),
    index('status_dueReminded_requiredDue', 'status dueReminded requiredDue', [
      'cron/jobs/lesson.ts',
      'stats/scope.ts',
    ]),
  ]),
  collection('lessonProgress', [
    index('lessonId_completedAt', 'lessonId completedAt', [
      'lesson/completion.ts',
      'stats/facts.ts',
    ]),
  ]),
  collection('issues', [
    index('orgPath_status_dueAt', 'orgPath status dueAt', [
      'issue/list-for-org.ts (open queues)',
      'issue/queues.ts:countQueues',
      'org/home-todo.ts',
      'org/move-paths.ts',
      'stats/facts.ts',
    ]),
    index('orgPath_status_updatedAt', 'orgPath status -updatedAt', [
      'issue/list-for-org.ts (replied, closed)',
    ]),
    index('submitter_submittedAt', 'submitter -submittedAt -_id', [
      'issue/list-mine.ts',
      'issue/submit.ts:recentSubmissions',
    ]),
    index('orgId_status_resolvedAt', 'orgId status -resolvedAt', ['issue/list-board.ts']),
    index('escalated_held_dueAt', 'escalated held dueAt', ['issue/overdue.ts:escalateOverdue']),
    index('status_repliedAt', 'status repliedAt', ['issue/overdue.ts:autoResolve']),
  ]),
  collection('notices', [
    index('orgId_pinned_publishedAt', 'orgId -pinned -publishedAt -_id', [
      'notice/list-notices.ts',
      'org/home.ts',
    ]),
  ]),
  collection('noticeReads', [index('noticeId_openid', 'noticeId openid', ['notice/notices.ts'])]),
  // 党费: declarations (by member, newest first), the append-only ledger, one settings row per org (_id).
  collection('duesBases', [
    index('orgId_openid_fromMonth', 'orgId openid -fromMonth', [
      'dues/dues.ts:basesOf',
      'dues/dues.ts:membersWithDues',
      'stats/facts.ts',
    ]),
  ]),
  collection('duesEntries', [
    index('orgId_openid_month', 'orgId openid month', [
      'dues/get-my-dues.ts',
      'dues/dues.ts:membersWithDues',
      'stats/facts.ts',
    ]),
  ]),
  collection('duesSettings'),
  collection('subscriptions'),
  // 消息: each person's own rows, newest first; the unread ones counted and marked read.
  collection('inbox', [
    index('openid_createdAt', 'openid -createdAt -_id', ['inbox/list-mine.ts']),
    index('openid_readAt', 'openid readAt', [
      'inbox/count-unread.ts',
      'inbox/mark-read.ts',
      'inbox/mark-all-read.ts',
    ]),
  ]),
  // One row per reminder run to many people (_id per notice/meeting/lesson run) and one per image
  // sent to mediaCheckAsync (_id = trace id): both read by _id only.
  collection('reminders'),
  collection('mediaChecks'),
  // One row per write: never scanned whole. The audit page reads one org's newest rows; a meeting
  // sign-in or activity check-in counts the caller's wrong codes there in the last minutes.
  collection('audit', [
    index('orgId_at', 'orgId -at -_id', ['org/list-audit.ts']),
    index('target_action_actor_at', 'target action actor -at', [
      '_shared/signin-attempts.ts:wrongCodesFilter',
      'meeting/meetings.ts:refusalsOf',
      'activity/check-in.ts',
    ]),
  ]),
] as const satisfies readonly CollectionSpec[]

export type CollectionName = (typeof COLLECTIONS_SPEC)[number]['name']
export const COLLECTION_NAMES: readonly CollectionName[] = COLLECTIONS_SPEC.map((spec) => spec.name)

export interface TimerTrigger {
  name: string
  type: 'timer'
  /** 7 fields: second minute hour day month weekday year, in UTC+8. */
  config: string
}

export interface FunctionSpec {
  name: string
  /** What it does, shown in the plan. */
  purpose: string
  runtime: 'Nodejs16.13'
  /** Seconds; the platform default is 3. */
  timeout: number
  /** Why the timeout is above the default (required when it is). */
  timeoutReason?: string
  memorySize: 128 | 256 | 512
  triggers: readonly TimerTrigger[]
  /** Cloud-call permissions, written to config.json `permissions.openapi`. */
  openapi: readonly string[]
}

// config/functions-runtime.js FUNCTIONS_RUNTIME, whose ESBUILD_TARGET the bundles are built for
// (test/deploy/manifest.test.ts keeps the two equal).
const RUNTIME = 'Nodejs16.13'

/** Builds a function entry; a timeout above 3 s must say why. */
function fn(
  spec: Omit<FunctionSpec, 'runtime' | 'memorySize' | 'triggers'> & Partial<FunctionSpec>,
) {
  return { runtime: RUNTIME, memorySize: 256, triggers: [], ...spec } as FunctionSpec
}

// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/triggers.html
// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html
export const FUNCTIONS: readonly FunctionSpec[] = [
  fn({
    name: 'user',
    purpose: '登录、资料、订阅次数',
    timeout: 3,
    openapi: ['security.msgSecCheck'],
  }),
  fn({
    name: 'org',
    purpose: '组织树、成员与角色、邀请与入党支部申请、群绑定、审计日志、支部首页',
    // moveOrg rewrites a whole subtree's paths with a constant number of batch updates, so the
    // default holds for any subtree size (cloudfunctions/org/src/move-paths.ts).
    timeout: 3,
    openapi: ['security.msgSecCheck'],
  }),
  fn({
    name: 'meeting',
    purpose: '三会一课、签到、纪要、台账导出',
    timeout: 20,
    timeoutReason: '台账导出在函数内生成 Word 和 Excel 文件并上传',
    openapi: [
      'security.msgSecCheck',
      'security.mediaCheckAsync',
      'updatableMessage.createActivityId',
      'updatableMessage.setUpdatableMsg',
    ],
  }),
  fn({
    name: 'lesson',
    purpose: '微党课：撰写、审核、阅读进度',
    timeout: 5,
    timeoutReason: '提交审核时逐段做内容安全检查（每次最多 2 500 字）',
    openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  }),
  fn({
    name: 'activity',
    purpose: '主题党日与志愿活动：报名、签到、照片、心得',
    timeout: 5,
    timeoutReason: '上传多张照片时逐张发起图片安全检查',
    openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  }),
  fn({
    name: 'issue',
    purpose: '群众诉求：受理、办理、答复、评价',
    timeout: 5,
    timeoutReason: '提交与答复时检查文字和每张照片',
    openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'],
  }),
  fn({
    name: 'notice',
    purpose: '通知、签阅、提醒未签阅的人',
    timeout: 10,
    timeoutReason: '提醒未签阅时逐人发送订阅消息',
    openapi: ['security.msgSecCheck', 'subscribeMessage.send'],
  }),
  fn({
    name: 'dues',
    purpose: '党费：基数申报、按月缴纳与收款确认、更正、支部月度情况、提醒未缴的人、党务公开',
    timeout: 10,
    timeoutReason: '提醒未缴时逐人发送订阅消息；预交多个月时逐月写入，并检查备注文字',
    openapi: ['security.msgSecCheck', 'subscribeMessage.send'],
  }),
  fn({
    name: 'inbox',
    purpose: '消息：本人的审批结果、诉求进展、照片审核与提醒，已读未读',
    timeout: 3,
    openapi: [],
  }),
  fn({
    name: 'stats',
    purpose: '支部与党委的统计看板',
    timeout: 10,
    timeoutReason: '200 个支部的党委看板聚合 5 万条签到记录',
    openapi: [],
  }),
  fn({
    name: 'cron',
    purpose: '定时任务：会议与学习提醒、诉求超期督办、自动办结（拒绝小程序端调用）',
    timeout: 20,
    timeoutReason: '每 10 分钟一次，逐人发送提醒消息',
    triggers: [{ name: 'tick', type: 'timer', config: '0 */10 * * * * *' }],
    openapi: ['subscribeMessage.send'],
  }),
  fn({
    name: 'moderation',
    purpose:
      '接收图片安全检查结果（wxa_media_check 消息推送），按结果保留或撤下照片（拒绝小程序端调用）',
    timeout: 10,
    timeoutReason: '一条结果可能涉及多个领域的记录，逐个更新',
    openapi: [],
  }),
  fn({
    name: 'setup',
    purpose: '一次性初始化：在没有任何组织时建立根组织和第一位管理员（拒绝小程序端调用）',
    timeout: 3,
    openapi: [],
  }),
]

export interface TemplateSpec extends TemplateDefinition {
  /** Environment variable that holds the template id picked in 公众平台 → 订阅消息. */
  idFrom: string
  sentBy: string
}

/** Where each template is sent from; title and keyword kinds come from types/subscriptions.ts. */
const SENT_BY: Readonly<Record<SubscribeTemplate, string>> = {
  meetingReminder: 'cron/jobs/meeting.ts',
  lessonDue: 'cron/jobs/lesson.ts',
  noticeReminder: 'notice/remind-unread.ts',
  issueReplied: 'issue/reply.ts',
  duesReminder: 'dues/remind-unpaid.ts',
}

// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
export const SUBSCRIBE_TEMPLATE_SPECS: Readonly<Record<SubscribeTemplate, TemplateSpec>> =
  Object.fromEntries(
    SUBSCRIBE_TEMPLATE_KEYS.map((key) => [
      key,
      {
        ...SUBSCRIBE_TEMPLATES[key],
        idFrom: TEMPLATE_ID_ENV[key],
        sentBy: SENT_BY[key],
      },
    ]),
  ) as unknown as Record<SubscribeTemplate, TemplateSpec>

export interface PushRoute {
  msgType: 'event'
  event: string
  /** The function WeChat delivers the event to; it must refuse client calls. */
  functionName: string
  why: string
}

/**
 * 消息推送 routes. `moderation` receives the verdicts of `security.mediaCheckAsync`; the emulator
 * routes pushes by this same list (emulator/message-push.ts).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html
 */
export const PUSH_ROUTES: readonly PushRoute[] = [
  {
    msgType: 'event',
    event: 'wxa_media_check',
    functionName: 'moderation',
    why: '图片安全检查的异步结果（trace_id → 照片保留或撤下）',
  },
]

export interface ConsoleStep {
  what: string
  where: string
  doc: string
}

/** What no API of the deploy tools sets: done once by a person, listed in the plan and README. */
export const CONSOLE_STEPS: readonly ConsoleStep[] = [
  {
    what: '用户隐私保护指引：声明 位置信息（诉求地点 chooseLocation）、选中的照片或视频（chooseMedia）、摄像头（拍照 chooseMedia、扫签到码 scanCode）、剪切板（复制邀请链接 setClipboardData）',
    where: '公众平台 → 设置 → 基本设置 → 服务内容声明 → 用户隐私保护指引',
    doc: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html',
  },
  {
    what: '开通 wx.chooseLocation（诉求选择地点）',
    where: '公众平台 → 开发 → 开发管理 → 接口设置 → 地理位置',
    doc: 'https://developers.weixin.qq.com/miniprogram/dev/framework/ability/location.html',
  },
  {
    what: '选用订阅消息模板，把模板 ID 填入 ZHIBU_TEMPLATE_* 环境变量（字段须与下列关键词一致）',
    where: '公众平台 → 功能 → 订阅消息 → 公共模板库',
    doc: 'https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html',
  },
  {
    what: '消息推送：选择“云函数”模式，为每条推送路由添加 消息类型 / 事件类型 → 云函数',
    where: '云开发控制台 → 设置 → 其他设置 → 消息推送',
    doc: 'https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html',
  },
  {
    what: '上传小程序代码并提交审核（先用 npm run build:weapp:deploy 构建）',
    where: '微信开发者工具 → 上传；公众平台 → 版本管理',
    doc: 'https://developers.weixin.qq.com/miniprogram/dev/framework/quickstart/release.html',
  },
]
