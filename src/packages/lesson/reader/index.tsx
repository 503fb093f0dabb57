import Taro, { usePageScroll, useShareAppMessage } from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  contentFlagNote,
  END_PERCENT,
  LESSON_STATUS_LABELS,
  type LessonBlock,
  type LessonDetail,
} from '../../../../types/lesson'
import { LocalIdentityPrompt } from '../../../components/local-identity-prompt'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { usePageParam } from '../../../hooks/use-page-param'
import { fileUrl } from '../../../platform/files'
import { askToSubscribe } from '../../../platform/subscribe'
import { EDITOR_URL, EVENT_LABELS, HOLD_MESSAGES, READER_URL } from '../shared/copy'
import { CompletionPanel } from './completion-panel'
import { measureReader, percentAt, scrollTopFor, topPercentAt, type ReaderBox } from './measure'
import { LeaderTools, ReviewBar } from './review-tools'
import { useReader } from './use-reader'
import { useReadingTracker } from './use-reading-tracker'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/lesson.css'
import './index.css'
import { CheckingBadge } from '../../../components/checking-badge'

export default function LessonReaderPage() {
  const lessonId = usePageParam('id')
  const reader = useReader(lessonId)
  const { state, retry } = reader

  // A card shared into a group opens this page directly.
  useShareAppMessage(() =>
    state.status === 'ready'
      ? { title: `微党课｜${state.data.title}`, path: `${READER_URL}?id=${state.data.id}` }
      : { title: '智慧支部 · 微党课', path: `${READER_URL}?id=${lessonId}` },
  )

  switch (state.status) {
    case 'loading':
      return <PageState kind="loading" text="正在打开微党课…" />
    case 'error':
      if (process.env.TARO_ENV === 'h5' && state.code === 'UNAUTHENTICATED') {
        return <LocalIdentityPrompt buttonTestId="lesson-pick-identity" />
      }
      return <PageState kind="error" code={state.code} message={state.message} onRetry={retry} />
    case 'ready':
      return <LessonView lesson={state.data} reader={reader} />
  }
}

type Reader = ReturnType<typeof useReader>

function LessonView({ lesson, reader }: { lesson: LessonDetail; reader: Reader }) {
  const box = useRef<ReaderBox | null>(null)
  const [position, setPosition] = useState(0)
  const reading = Boolean(lesson.progress && !lesson.progress.completed)
  const tracker = useReadingTracker({
    lessonId: lesson.id,
    active: reading,
    onProgress: reader.applyProgress,
  })
  const { onScroll } = tracker

  const remeasure = useCallback(async () => {
    box.current = await measureReader('.lesson-reader')
    return box.current
  }, [])

  // Measure once drawn, and resume where the reader left off last time (once per opening).
  const opening = useRef({ resumeAt: lesson.progress?.resumeAt ?? 0, reading })
  useEffect(() => {
    let cancelled = false
    void remeasure().then((measured) => {
      if (cancelled || !measured) return
      const { resumeAt, reading: resumes } = opening.current
      if (resumes && resumeAt > 10 && resumeAt < END_PERCENT) {
        void Taro.pageScrollTo({ scrollTop: scrollTopFor(resumeAt, measured), duration: 0 })
        void Taro.showToast({ title: '已回到上次读到的位置', icon: 'none' })
        return
      }
      const percent = percentAt(0, measured)
      setPosition(percent)
      onScroll(percent, 0)
    })
    return () => {
      cancelled = true
    }
  }, [lesson.id, remeasure, onScroll])

  usePageScroll(({ scrollTop }) => {
    if (!box.current) return
    const percent = percentAt(scrollTop, box.current)
    setPosition(percent)
    onScroll(percent, topPercentAt(scrollTop, box.current))
  })

  const images = lesson.blocks.flatMap((block) =>
    block.kind === 'image' ? [fileUrl(block.fileID)] : [],
  )

  return (
    <PageRoot className="lesson-reader" onTouchStart={tracker.onInteract}>
      <View className="lesson-progress-bar" aria-hidden>
        <View className="lesson-progress-bar__fill" style={{ width: `${position}%` }} />
      </View>

      <StatusBanner lesson={lesson} reader={reader} />

      <View className="lesson-article">
        <Text className="lesson-title">{lesson.title}</Text>
        <Text className="lesson-meta">
          约 {lesson.minutes} 分钟 · {lesson.orgName}
          {lesson.publishedAt ? ` · ${formatShanghai(lesson.publishedAt, 'M月D日')}` : ''}
        </Text>
        {lesson.dueForMe ? (
          <Text className="lesson-badge lesson-badge--due lesson-due">
            规定动作 · {formatShanghai(lesson.dueForMe, 'M月D日')}前完成
          </Text>
        ) : null}
        {lesson.summary ? <Text className="lesson-summary">{lesson.summary}</Text> : null}
        {lesson.blocks.map((block, index) => (
          <Block
            key={index}
            block={block}
            images={images}
            mark={imageMark(lesson, block)}
            onImageLoad={() => void remeasure()}
          />
        ))}
        {lesson.tags.length > 0 ? (
          <View className="lesson-tags">
            {lesson.tags.map((tag) => (
              <Text key={tag} className="lesson-tag">
                #{tag}
              </Text>
            ))}
          </View>
        ) : null}
        <Text className="lesson-end">— 全文完 —</Text>
      </View>

      {lesson.progress ? (
        <CompletionPanel
          key={lesson.progress.completed ? 'done' : 'reading'}
          progress={lesson.progress}
          busy={reader.busy}
          onSaveReflection={reader.saveReflection}
        />
      ) : null}
      {lesson.dueForMe && lesson.progress && !lesson.progress.completed ? (
        <View className="lesson-remind">
          <Text className="lesson-remind__link" onClick={() => void askForDueReminder()}>
            到期前提醒我
          </Text>
        </View>
      ) : null}

      {lesson.status === 'published' ? (
        <LeaderTools
          lesson={lesson}
          busy={reader.busy}
          onTogglePin={reader.togglePin}
          onSetDue={reader.setDue}
        />
      ) : null}
      <History lesson={lesson} />
      {lesson.can.review ? (
        <ReviewBar busy={reader.busy} onPublish={reader.publish} onReject={reader.reject} />
      ) : null}
    </PageRoot>
  )
}

/** 到期前提醒我, from the tap: one reminder before the 规定动作 is due, if the person accepts. */
async function askForDueReminder() {
  const reply = await askToSubscribe(['lessonDue'])
  const title = !reply.ok
    ? reply.message
    : reply.data.accepted.length > 0
      ? '到期前会提醒你一次'
      : '没有开启提醒'
  void Taro.showToast({ title, icon: 'none' })
}

type ImageMark = 'checking' | 'blocked' | null

/** What the author or a reviewer needs to know about an image; readers only get passed ones. */
function imageMark(lesson: LessonDetail, block: LessonBlock): ImageMark {
  if (block.kind !== 'image') return null
  if ((lesson.blockedImages ?? []).includes(block.fileID)) return 'blocked'
  return (lesson.checkingImages ?? []).includes(block.fileID) ? 'checking' : null
}

function Block({
  block,
  images,
  mark,
  onImageLoad,
}: {
  block: LessonBlock
  images: string[]
  mark: ImageMark
  onImageLoad: () => void
}) {
  if (block.kind === 'text') return <Text className="lesson-paragraph">{block.text}</Text>
  const url = fileUrl(block.fileID)
  return (
    <View className="lesson-figure">
      <Image
        className="lesson-figure__image"
        src={url}
        mode="widthFix"
        lazyLoad
        nativeProps={{ alt: block.caption || '课件图片' }}
        onLoad={onImageLoad}
        onClick={() => void Taro.previewImage({ current: url, urls: images })}
      />
      {mark === 'checking' ? <CheckingBadge /> : null}
      {mark === 'blocked' ? (
        <Text className="lesson-figure__blocked">
          这张图片未通过内容安全检查，读者看不到，请更换
        </Text>
      ) : null}
      {block.caption ? <Text className="lesson-figure__caption">{block.caption}</Text> : null}
    </View>
  )
}

/** Where an unpublished lesson stands, for its author and its reviewers, with what they can do. */
function StatusBanner({ lesson, reader }: { lesson: LessonDetail; reader: Reader }) {
  const [error, setError] = useState('')
  if (lesson.status === 'published' && !lesson.isAuthor) return null
  const run = async (action: () => Promise<string>) => {
    setError('')
    setError(await action())
  }
  const edit = () => void Taro.navigateTo({ url: `${EDITOR_URL}?id=${lesson.id}` })
  return (
    <View className={`lesson-status lesson-status--${lesson.status}`}>
      <Text className="lesson-status__label">
        {LESSON_STATUS_LABELS[lesson.status]}
        {lesson.status === 'draft' ? ' · 只有你能看到' : ''}
        {lesson.status === 'pending' && lesson.isAuthor && lesson.reviewer
          ? ` · 等待${lesson.reviewer}审核`
          : ''}
        {lesson.status === 'pending' && lesson.can.review ? ` · 作者 ${lesson.authorName}` : ''}
      </Text>
      {lesson.hold ? (
        <Text className="lesson-status__text lesson-hold">{HOLD_MESSAGES[lesson.hold]}</Text>
      ) : null}
      {lesson.status === 'pending' && lesson.contentFlag !== null ? (
        <Text className="lesson-status__text lesson-hold">
          {contentFlagNote(lesson.contentFlag)}
        </Text>
      ) : null}
      {lesson.status === 'rejected' && lesson.reviewNote ? (
        <Text className="lesson-status__text lesson-review-note">
          退回意见：{lesson.reviewNote}
        </Text>
      ) : null}
      {error ? <Text className="lesson-error lesson-status-error">{error}</Text> : null}
      <View className="lesson-status__actions">
        {lesson.can.edit ? (
          <Button className="lesson-edit" size="small" onClick={edit}>
            修改
          </Button>
        ) : null}
        {lesson.can.submit ? (
          <Button
            className="lesson-submit"
            size="small"
            type="primary"
            loading={reader.busy}
            disabled={reader.busy}
            onClick={() => void run(reader.submit)}
          >
            {lesson.status === 'rejected' ? '重新提交' : '提交审核'}
          </Button>
        ) : null}
        {lesson.can.withdraw ? (
          <Button
            className="lesson-withdraw"
            size="small"
            disabled={reader.busy}
            onClick={() => void run(reader.withdraw)}
          >
            撤回修改
          </Button>
        ) : null}
      </View>
    </View>
  )
}

function History({ lesson }: { lesson: LessonDetail }) {
  if (lesson.history.length === 0) return null
  return (
    <View className="lesson-section lesson-history">
      <Text className="lesson-section__title">审核记录</Text>
      {[...lesson.history].reverse().map((event, index) => (
        <View key={index} className="lesson-history__item">
          <Text className="lesson-history__time">
            {formatShanghai(event.at, 'M月D日 HH:mm')} · {event.actorName}
          </Text>
          <Text className="lesson-history__event">
            {EVENT_LABELS[event.event]}
            {event.note ? `：${event.note}` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
