import type { SubscribeTemplate } from '../../types/subscriptions'
import type { UpdateProfileInput, UserActions } from '../../types/user'
import { cloudFunction } from '../platform/cloud'

const user = cloudFunction<UserActions>('user')

/** Creates the user on first visit; returns the profile and the orgs they belong to. */
export function login() {
  return user('login', {})
}

export function getProfile() {
  return user('getProfile', {})
}

export function updateProfile(input: UpdateProfileInput) {
  return user('updateProfile', input)
}

/**
 * What requestSubscribeMessage answered `accept` for (one later message each). Called by
 * `askToSubscribe` in src/platform/subscribe.ts right after the prompt.
 */
export function recordSubscriptions(accepted: SubscribeTemplate[]) {
  return user('recordSubscriptions', { accepted })
}
