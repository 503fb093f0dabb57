import type { ErrorCode, Reply } from '../../types/errors'
import type { IssueDetail, IssueSummary } from '../../types/issue'

export function summary(index: number, overrides: Partial<IssueSummary> = {}): IssueSummary {
  return {
    id: `is_test_${index}`,
    orgId: 'org-branch-1',
    orgName: '第一党支部',
    category: 'facility',
    excerpt: `问题描述${index}`,
    status: 'submitted',
    held: false,
    anonymous: false,
    submitterName: '我',
    mine: true,
    submittedAt: '2026-11-20T02:00:00.000Z',
    dueAt: '2026-11-27T02:00:00.000Z',
    overdue: false,
    escalated: false,
    assigneeName: '',
    photoCount: 0,
    ...overrides,
  }
}

export function detail(overrides: Partial<IssueDetail> = {}): IssueDetail {
  return {
    ...summary(1),
    excerpt: '路灯坏了',
    body: '3 号楼东侧的路灯坏了一个多星期。',
    photos: [],
    checkingPhotos: [],
    place: null,
    contact: 'in_app',
    contactPhone: '',
    publicConsent: false,
    public: false,
    reply: null,
    rating: null,
    ratingComment: '',
    rejectReason: '',
    reopenCount: 0,
    escalation: null,
    assignedToMe: false,
    timeline: [{ kind: 'submitted', at: '2026-11-20T02:00:00.000Z', actor: '我', note: '' }],
    allowed: [],
    ...overrides,
  }
}

/** A refusal with any of the closed set of codes (the org fixtures' helper allows fewer). */
export const refusedWith = (code: ErrorCode, message: string): Reply<never> => ({
  ok: false,
  code,
  message,
})
