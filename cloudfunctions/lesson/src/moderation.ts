import type { Caller } from '../../_shared/caller'
import { screenTextForReview } from '../../_shared/content-check'
import type { LessonBlock } from '../../../types/lesson'

/**
 * Every word of a lesson (title, summary, body, captions, tags) goes through content security before a
 * reviewer or reader sees it, all of it in one text check (which splits long text itself), by the one
 * rule (screenText): `risky` is refused saying what kind; `review` answers the kind the reviewer is
 * told (a string, '' when the check named none); `pass` answers null.
 */
export async function checkLessonText(
  caller: Caller,
  lesson: { title: string; summary: string; blocks: LessonBlock[]; tags: string[] },
): Promise<string | null> {
  const text = [
    lesson.title,
    lesson.summary,
    lesson.tags.join(' '),
    ...lesson.blocks.map((block) => (block.kind === 'text' ? block.text : block.caption)),
  ]
    .filter(Boolean)
    .join('\n')
  const { verdict, kind } = await screenTextForReview(caller, text, 'forum', '微党课')
  return verdict === 'review' ? kind : null
}

/** The lesson's images, each once. */
export function imagesOf(blocks: readonly LessonBlock[]): string[] {
  return [...new Set(blocks.flatMap((block) => (block.kind === 'image' ? [block.fileID] : [])))]
}
