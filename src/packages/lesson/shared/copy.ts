import type { LessonEvent, LessonHold } from '../../../../types/lesson'

/** What content security holding a lesson back means, said calmly to its author. */
export const HOLD_MESSAGES: Record<LessonHold, string> = {
  review:
    '内容安全检查提示部分内容需要再确认一下措辞，稿件已留作草稿、暂未送审，只有你能看到。请检查修改后再提交。',
  risky:
    '内容安全检查发现部分内容不适宜发布，稿件已留作草稿，只有你能看到。请修改相关内容后再提交。',
}

export const EVENT_LABELS: Record<LessonEvent['event'], string> = {
  submitted: '提交审核',
  withdrawn: '撤回修改',
  held: '内容安全检查未通过，留作草稿',
  rejected: '退回修改',
  published: '审核通过并发布',
}

export const READER_URL = '/packages/lesson/reader/index'
export const EDITOR_URL = '/packages/lesson/editor/index'
