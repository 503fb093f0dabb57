import type { Caller } from '../../_shared/caller'
import { checkText } from '../../_shared/content-check'
import type { LessonBlock, LessonHold } from '../../../types/lesson'

/**
 * Every word of a lesson (title, summary, body, captions, tags) goes through content security before a
 * reviewer or reader sees it, all of it in one text check (which splits long text itself).
 */
export async function checkLessonText(
  caller: Caller,
  lesson: { title: string; summary: string; blocks: LessonBlock[]; tags: string[] },
): Promise<LessonHold | null> {
  const text = [
    lesson.title,
    lesson.summary,
    lesson.tags.join(' '),
    ...lesson.blocks.map((block) => (block.kind === 'text' ? block.text : block.caption)),
  ]
    .filter(Boolean)
    .join('\n')
  const verdict = await checkText(caller, text, 'forum')
  return verdict === 'pass' ? null : verdict
}

/** The lesson's images, each once. */
export function imagesOf(blocks: readonly LessonBlock[]): string[] {
  return [...new Set(blocks.flatMap((block) => (block.kind === 'image' ? [block.fileID] : [])))]
}
