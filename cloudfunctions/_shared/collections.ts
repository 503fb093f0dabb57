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
  'audit',
] as const

export type CollectionName = (typeof COLLECTIONS)[number]
