import { DEMO_MEMBERS } from './org-tree'

/** The people a developer can be in the local H5 build (POST /__local/login). */
export interface DemoIdentity {
  key: string
  label: string
  nickname: string
  openid: string
}

export const DEMO_IDENTITY_KEYS = ['secretary', 'committee', 'member', 'admin', 'resident'] as const
export type DemoIdentityKey = (typeof DEMO_IDENTITY_KEYS)[number]

export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  { key: 'secretary', label: '书记（第一党支部）', nickname: '王建国', openid: 'o_demo_secretary' },
  { key: 'committee', label: '支委（第一党支部）', nickname: '李红梅', openid: 'o_demo_committee' },
  { key: 'member', label: '党员（第一党支部）', nickname: '张晓明', openid: 'o_demo_member' },
  { key: 'admin', label: '党委管理员', nickname: '陈志强', openid: 'o_demo_admin' },
  { key: 'resident', label: '群众（社区居民）', nickname: '刘秀兰', openid: 'o_demo_resident' },
]

/**
 * One of the five named identities of the login screen, or — for load tests — any other seeded demo
 * member by openid. Nobody outside the demo data can log in.
 */
export function findDemoIdentity(key: unknown): DemoIdentity | undefined {
  const named = DEMO_IDENTITIES.find((identity) => identity.key === key)
  if (named) return named
  const member = DEMO_MEMBERS.find((candidate) => candidate.openid === key)
  return (
    member && {
      key: member.openid,
      label: member.nickname,
      nickname: member.nickname,
      openid: member.openid,
    }
  )
}
