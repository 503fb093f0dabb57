import type { SignedInCase } from './cases'

export const userSignedInCases: SignedInCase[] = [
  { fn: 'user', action: 'login', input: () => ({}) },
  { fn: 'user', action: 'getProfile', input: () => ({}) },
  { fn: 'user', action: 'updateProfile', input: () => ({ phone: '13900001111' }) },
  {
    fn: 'user',
    action: 'recordSubscriptions',
    input: () => ({ accepted: ['meetingReminder'] }),
  },
]
