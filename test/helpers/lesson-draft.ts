/** A two-paragraph 微党课 draft, the `saveDraft` payload the lesson, inbox and moderation tests share. */
export const LESSON_TITLE = '读懂党员的权利和义务'

export const LESSON_PARAGRAPHS = [
  '党章规定，党员必须履行八项义务，同时享有八项权利。义务和权利是统一的，履行义务是享有权利的前提。',
  '学习党章，要把条文和自己的工作对照起来，看看哪些做到了，哪些还要努力。',
] as const

export function lessonDraft(
  orgId: string,
  lessonId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    action: 'saveDraft',
    orgId,
    lessonId,
    title: LESSON_TITLE,
    summary: '党章规定的八项义务和八项权利，一篇读完。',
    blocks: LESSON_PARAGRAPHS.map((text) => ({ kind: 'text', text })),
    tags: ['党章'],
    ...overrides,
  }
}
