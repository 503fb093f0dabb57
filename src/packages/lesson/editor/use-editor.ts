import Taro, { useDidHide, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LessonBlock, LessonHold, LessonStatus } from '../../../../types/lesson'
import { toastDone, useAction } from '../../../hooks/use-action'
import { usePhotoUpload } from '../../../hooks/use-photo-upload'
import { getLesson, saveDraft, submitLesson } from '../../../services/lesson'
import { loadSession } from '../../../services/session'
import { READER_URL } from '../shared/copy'
import {
  blockKey,
  clearLocalDraft,
  localKey,
  newLessonId,
  parseTags,
  readLocalDraft,
  writeLocalDraft,
  type EditableBlock,
  type EditorDraft,
} from './draft-store'
import type { ErrorCode } from '../../../../types/errors'

export interface EditorReady {
  status: 'ready'
  draft: EditorDraft
  orgName: string
  /** The lesson exists on the server (saved at least once). */
  onServer: boolean
  lessonStatus: LessonStatus
  reviewNote: string
  hold: LessonHold | null
  /** What was restored from the phone, if anything. */
  restored: boolean
}

export type EditorState =
  { status: 'loading' } | { status: 'error'; code?: ErrorCode; message: string } | EditorReady

const LOCAL_SAVE_DELAY_MS = 400

function emptyDraft(orgId: string): EditorDraft {
  return {
    orgId,
    lessonId: newLessonId(),
    title: '',
    summary: '',
    tagsText: '',
    blocks: [{ kind: 'text', text: '', key: blockKey() }],
  }
}

function withKeys(blocks: LessonBlock[]): EditableBlock[] {
  return blocks.map((block) => ({ ...block, key: blockKey() }))
}

function withoutKeys(blocks: EditableBlock[]): LessonBlock[] {
  return blocks.map((block) =>
    block.kind === 'text'
      ? { kind: 'text', text: block.text }
      : { kind: 'image', fileID: block.fileID, caption: block.caption },
  )
}

async function orgNameOf(orgId: string): Promise<string> {
  const session = await loadSession()
  if (session.status !== 'ready') return ''
  return session.result.memberships.find((membership) => membership.orgId === orgId)?.orgName ?? ''
}

async function openDraft(lessonId: string, orgId: string): Promise<EditorState> {
  if (lessonId) {
    const reply = await getLesson({ lessonId })
    if (!reply.ok) return { status: 'error', code: reply.code, message: reply.message }
    const lesson = reply.data
    if (!lesson.isAuthor) return { status: 'error', message: '只有作者可以修改这篇微党课' }
    if (!lesson.can.edit) {
      return {
        status: 'error',
        message:
          lesson.status === 'pending'
            ? '稿件正在审核中，请先在稿件页撤回再修改'
            : '已发布的微党课不能再修改',
      }
    }
    const fromServer: EditorDraft = {
      orgId: lesson.orgId,
      lessonId: lesson.id,
      title: lesson.title,
      summary: lesson.summary,
      tagsText: lesson.tags.join(' '),
      blocks: withKeys(lesson.blocks),
    }
    const local = readLocalDraft(localKey(fromServer, true))
    const newer = local && local.savedAt > new Date(lesson.updatedAt).getTime()
    return {
      status: 'ready',
      draft: newer ? local.draft : fromServer,
      orgName: lesson.orgName,
      onServer: true,
      lessonStatus: lesson.status,
      reviewNote: lesson.reviewNote,
      hold: lesson.hold,
      restored: Boolean(newer),
    }
  }
  if (!orgId) return { status: 'error', message: '链接缺少组织信息，请从学习页重新进入' }
  const local = readLocalDraft(localKey({ orgId, lessonId: '' }, false))
  return {
    status: 'ready',
    draft: local?.draft ?? emptyDraft(orgId),
    orgName: await orgNameOf(orgId),
    onServer: false,
    lessonStatus: 'draft',
    reviewNote: '',
    hold: null,
    restored: Boolean(local),
  }
}

/**
 * Writing a lesson (`?orgId=` for a new one, `?id=` to edit a draft or a lesson sent back). Saving keeps
 * the form as it is; a refusal shows the server's message and nothing typed is lost.
 */
export function useEditor() {
  const { params } = useRouter()
  const lessonId = typeof params.id === 'string' ? params.id : ''
  const orgId = typeof params.orgId === 'string' ? params.orgId : ''
  const [state, setState] = useState<EditorState>({ status: 'loading' })
  const { busy, error, setError, run } = useAction<'saving' | 'submitting'>()
  const dirty = useRef(false)
  const pending = useRef<{ key: string; draft: EditorDraft } | null>(null)
  const flushLocal = useCallback(() => {
    if (pending.current) writeLocalDraft(pending.current.key, pending.current.draft)
    pending.current = null
  }, [])

  const load = useCallback(async () => {
    setState(await openDraft(lessonId, orgId))
  }, [lessonId, orgId])

  useEffect(() => {
    void load()
  }, [load])

  const ready = state.status === 'ready' ? state : null

  /** Changes the draft; the effect below keeps it on the phone. */
  const change = useCallback((update: (draft: EditorDraft) => EditorDraft) => {
    dirty.current = true
    setState((previous) =>
      previous.status === 'ready' ? { ...previous, draft: update(previous.draft) } : previous,
    )
  }, [])

  // A moment after each change the draft is written to the phone; leaving or hiding the page writes
  // the last change at once.
  useEffect(() => {
    if (state.status !== 'ready' || !dirty.current) return
    pending.current = { key: localKey(state.draft, state.onServer), draft: state.draft }
    const timeout = setTimeout(flushLocal, LOCAL_SAVE_DELAY_MS)
    return () => clearTimeout(timeout)
  }, [state, flushLocal])
  useEffect(() => flushLocal, [flushLocal])
  useDidHide(flushLocal)

  const setField = useCallback(
    (field: 'title' | 'summary' | 'tagsText', value: string) =>
      change((draft) => ({ ...draft, [field]: value })),
    [change],
  )

  const setBlock = useCallback(
    (key: string, patch: Partial<{ text: string; caption: string }>) =>
      change((draft) => ({
        ...draft,
        blocks: draft.blocks.map((block) =>
          block.key !== key
            ? block
            : block.kind === 'text'
              ? { ...block, text: patch.text ?? block.text }
              : { ...block, caption: patch.caption ?? block.caption },
        ),
      })),
    [change],
  )

  const moveBlock = useCallback(
    (key: string, by: -1 | 1) =>
      change((draft) => {
        const from = draft.blocks.findIndex((block) => block.key === key)
        const to = from + by
        if (from < 0 || to < 0 || to >= draft.blocks.length) return draft
        const blocks = [...draft.blocks]
        ;[blocks[from], blocks[to]] = [blocks[to], blocks[from]]
        return { ...draft, blocks }
      }),
    [change],
  )

  const removeBlock = useCallback(
    (key: string) =>
      change((draft) => ({ ...draft, blocks: draft.blocks.filter((block) => block.key !== key) })),
    [change],
  )

  const addText = useCallback(
    () =>
      change((draft) => ({
        ...draft,
        blocks: [...draft.blocks, { kind: 'text', text: '', key: blockKey() }],
      })),
    [change],
  )

  /** A picked photo goes below the last paragraph as soon as it is uploaded. */
  const images = usePhotoUpload({
    folder: 'lessons',
    onUploaded: (fileIDs) =>
      change((draft) => ({
        ...draft,
        blocks: [
          ...draft.blocks,
          ...fileIDs.map((fileID) => ({
            kind: 'image' as const,
            fileID,
            caption: '',
            key: blockKey(),
          })),
        ],
      })),
  })

  /** Sends the draft to the server; once it is there, the copies on the phone are dropped. */
  const persist = useCallback(async ({ draft }: EditorReady) => {
    const reply = await saveDraft({
      orgId: draft.orgId,
      lessonId: draft.lessonId,
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      tags: parseTags(draft.tagsText),
      blocks: withoutKeys(draft.blocks),
    })
    if (!reply.ok) return reply
    pending.current = null
    dirty.current = false
    clearLocalDraft(localKey(draft, false))
    clearLocalDraft(localKey(draft, true))
    setState((previous) =>
      previous.status === 'ready'
        ? { ...previous, onServer: true, hold: reply.data.hold, restored: false }
        : previous,
    )
    return reply
  }, [])

  const save = useCallback(async () => {
    if (!ready || busy) return
    if (!ready.draft.title.trim()) {
      setError('先写个标题再保存')
      return
    }
    await run('saving', () => persist(ready), { done: '草稿已保存' })
  }, [ready, busy, persist, run, setError])

  const submit = useCallback(async () => {
    if (!ready || busy) return
    const { orgId: lessonOrg, lessonId: id } = ready.draft
    await run(
      'submitting',
      async () => {
        const saved = await persist(ready)
        return saved.ok ? submitLesson({ orgId: lessonOrg, lessonId: id }) : saved
      },
      {
        then: ({ hold }) => {
          if (hold) {
            setState((previous) => (previous.status === 'ready' ? { ...previous, hold } : previous))
            return
          }
          toastDone('已提交审核')
          void Taro.redirectTo({ url: `${READER_URL}?id=${id}` })
        },
      },
    )
  }, [ready, busy, persist, run])

  return {
    state,
    busy,
    error,
    retry: () => {
      setState({ status: 'loading' })
      void load()
    },
    setField,
    setBlock,
    moveBlock,
    removeBlock,
    addText,
    images,
    addImage: () => void images.pick(1),
    save: () => void save(),
    submit: () => void submit(),
  }
}
