import Taro from '@tarojs/taro'
import type { LessonBlock } from '../../../../types/lesson'

export type EditableBlock = LessonBlock & { key: string }

/** What the editor holds: the lesson as typed, tags still as the text the author wrote. */
export interface EditorDraft {
  orgId: string
  lessonId: string
  title: string
  summary: string
  tagsText: string
  blocks: EditableBlock[]
}

interface StoredDraft {
  savedAt: number
  draft: EditorDraft
}

const PREFIX = 'zhibu.lessonDraft.'

/**
 * Every keystroke is kept on the phone until the server has the draft, so a lost signal, a call coming
 * in or the app being closed never loses what was written. A lesson not yet on the server is kept per
 * org ("the new lesson I was writing for this branch"); afterwards per lesson.
 */
export function localKey(draft: Pick<EditorDraft, 'orgId' | 'lessonId'>, onServer: boolean) {
  return onServer ? `${PREFIX}${draft.lessonId}` : `${PREFIX}new.${draft.orgId}`
}

export function readLocalDraft(key: string): StoredDraft | null {
  try {
    const stored = Taro.getStorageSync(key) as StoredDraft | '' | undefined
    return stored && typeof stored === 'object' && stored.draft ? stored : null
  } catch {
    return null
  }
}

export function writeLocalDraft(key: string, draft: EditorDraft): void {
  try {
    Taro.setStorageSync(key, { savedAt: Date.now(), draft })
  } catch {
    // Storage full or unavailable: the server save still works.
  }
}

export function clearLocalDraft(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // nothing to clear
  }
}

let counter = 0
export function blockKey(): string {
  counter += 1
  return `b${Date.now().toString(36)}${counter}`
}

/** The lesson's id, chosen here so a retried first save cannot create a second lesson. */
export function newLessonId(): string {
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0')
  return `l${Date.now().toString(36)}${random}`
}

export function parseTags(text: string): string[] {
  const tags = text
    .split(/[\s,，、#]+/)
    .map((tag) => tag.trim())
    .filter(Boolean)
  return [...new Set(tags)]
}
