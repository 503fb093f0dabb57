import type { LoginResult, UserProfile } from '../../types/user'

export const profile: UserProfile = {
  openid: 'o-secretary',
  nickname: '王书记',
  avatarUrl: '',
  phoneMasked: '138****5678',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
}

export const secretaryLogin: LoginResult = {
  profile,
  memberships: [
    { orgId: 'org-branch-1', orgName: '东湖社区第一支部', orgKind: 'branch', role: 'secretary' },
    {
      orgId: 'org-general-1',
      orgName: '东湖街道党总支',
      orgKind: 'general_branch',
      role: 'committee',
    },
  ],
  applications: [],
  isNew: false,
}
