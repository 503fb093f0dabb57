import { useSyncExternalStore } from 'react'
import { elderModeOn, subscribeElderMode } from '../platform/elder-mode'

export const ELDER_CLASS = 'zhibu-elder'

/** Whether 长辈模式 is on for the person using the app; re-renders when it is switched. */
export function useElderMode(): boolean {
  return useSyncExternalStore(subscribeElderMode, elderModeOn, elderModeOn)
}

/**
 * The className for a page's root view: `base`, plus the class that scales type and tap targets
 * (src/app.css) while 长辈模式 is on. weapp has no element above a page that a page can style at run
 * time, so each page root carries it.
 */
export function useElderClass(base: string): string {
  return useElderMode() ? `${base} ${ELDER_CLASS}` : base
}
