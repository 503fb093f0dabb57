/**
 * Every collection the app uses. Like the WeChat cloud console, the emulator creates exactly these and
 * answers -502005 (collection does not exist) for any other name.
 */
export const COLLECTIONS = [
  'users',
  'orgs',
  'memberships',
  'groupBindings',
  'invites',
  'meetings',
  'attendance',
  'activities',
  'signups',
  'lessons',
  'lessonProgress',
  'issues',
  'notices',
  'noticeReads',
  'subscriptions',
  /** One row per reminder to many people, with what happened to each (reminders.ts). */
  'reminders',
  /** One row per image sent to mediaCheckAsync, keyed by trace id (media-check.ts). */
  'mediaChecks',
  'audit',
] as const

export type CollectionName = (typeof COLLECTIONS)[number]
