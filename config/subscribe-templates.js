/**
 * Subscribe-message template ids are deployment configuration: one environment variable per template
 * (the same names as TEMPLATE_ID_ENV in types/subscriptions.ts; test/functions/subscribe-templates.test.ts
 * keeps the two lists equal). Plain CommonJS so both the Taro config and scripts/build-functions.mjs can
 * read it without a compile step.
 */
const TEMPLATE_ID_ENV = {
  meetingReminder: 'ZHIBU_TEMPLATE_MEETING_REMINDER',
  lessonDue: 'ZHIBU_TEMPLATE_LESSON_DUE',
  noticeReminder: 'ZHIBU_TEMPLATE_NOTICE_REMINDER',
  issueReplied: 'ZHIBU_TEMPLATE_ISSUE_REPLIED',
  duesReminder: 'ZHIBU_TEMPLATE_DUES_REMINDER',
}

/** The configured ids, and the environment variables that are missing. */
function templateIdsFromEnv(env) {
  const ids = {}
  const missing = []
  for (const [template, name] of Object.entries(TEMPLATE_ID_ENV)) {
    if (env[name]) ids[template] = env[name]
    else missing.push(name)
  }
  return { ids, missing }
}

/** A warning a person will not miss, or '' when every id is there. */
function missingTemplatesWarning(missing, what) {
  if (missing.length === 0) return ''
  return [
    '',
    '┌─ 订阅消息模板 id 未配置 ─────────────────────────────────────────',
    `│ ${what} has no template id for: ${missing.join(', ')}`,
    '│ Reminders of those kinds will not be asked for or sent. Set them to the ids of the templates',
    '│ picked on 公众平台 → 订阅消息 (see README, "Subscribe messages"), then build again.',
    '└──────────────────────────────────────────────────────────────────',
    '',
  ].join('\n')
}

module.exports = { TEMPLATE_ID_ENV, templateIdsFromEnv, missingTemplatesWarning }
