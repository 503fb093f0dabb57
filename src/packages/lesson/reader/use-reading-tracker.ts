import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef } from 'react'
import { END_PERCENT, type ProgressResult } from '../../../../types/lesson'
import { recordProgress } from '../../../services/lesson'
import { BEAT_SECONDS, ReadingTracker } from './reading-tracker'

interface Options {
  lessonId: string
  /** Reading counts only for a member reading a published lesson they have not finished. */
  active: boolean
  onProgress: (result: ProgressResult) => void
}

/**
 * Sends reading heartbeats while the reader really reads: every BEAT_SECONDS of visible, recently
 * touched time, plus once when the end is first reached and when the page is hidden or left, so no
 * counted second is lost. A beat that fails gives its seconds back to the next one.
 */
export function useReadingTracker({ lessonId, active, onProgress }: Options) {
  const tracker = useRef<ReadingTracker | null>(null)
  const sending = useRef(false)
  const reachedEnd = useRef(false)
  const endReported = useRef(false)
  const latestOnProgress = useRef(onProgress)
  latestOnProgress.current = onProgress

  const send = useCallback(async () => {
    const current = tracker.current
    if (!current || sending.current) return
    const beat = current.takeBeat(Date.now())
    // Until the server has heard that the end was reached, report the furthest point, not where the
    // reader has scrolled back to since.
    const endUnreported = reachedEnd.current && !endReported.current
    const percent = endUnreported ? Math.max(beat.percent, current.furthestPercent) : beat.percent
    if (beat.activeSeconds === 0 && !endUnreported) {
      current.giveBack(0, beat.seen)
      return
    }
    sending.current = true
    const reply = await recordProgress({
      lessonId,
      percent,
      activeSeconds: beat.activeSeconds,
      ...(beat.seen ? { seen: beat.seen } : {}),
    })
    sending.current = false
    if (!reply.ok) {
      current.giveBack(beat.activeSeconds, beat.seen)
      return
    }
    if (percent >= END_PERCENT) endReported.current = true
    latestOnProgress.current(reply.data)
    // The end was reached while this beat was on its way: report it now.
    if (reachedEnd.current && !endReported.current) void send()
  }, [lessonId])

  useEffect(() => {
    if (!active) return
    const current = new ReadingTracker(Date.now())
    tracker.current = current
    reachedEnd.current = false
    endReported.current = false
    const timer = setInterval(() => {
      if (current.pendingSeconds(Date.now()) >= BEAT_SECONDS) void send()
    }, 1000)
    // The H5 build (and a browser tab): a page in a background tab is not being read.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        current.hide(Date.now())
        void send()
      } else {
        current.show(Date.now())
      }
    }
    const listens = typeof document !== 'undefined'
    if (listens) document.addEventListener('visibilitychange', onVisibility)
    return () => {
      clearInterval(timer)
      if (listens) document.removeEventListener('visibilitychange', onVisibility)
      current.hide(Date.now())
      void send()
      tracker.current = null
    }
  }, [active, send])

  // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onHide
  useDidHide(() => {
    tracker.current?.hide(Date.now())
    void send()
  })

  useDidShow(() => {
    tracker.current?.show(Date.now())
  })

  /** `percent`: the bottom of the screen in the lesson; `top`: its top. */
  const onScroll = useCallback(
    (percent: number, top?: number) => {
      const current = tracker.current
      if (!current) return
      current.scrollTo(percent, Date.now(), top)
      if (!reachedEnd.current && current.furthestPercent >= END_PERCENT) {
        // Tell the server the end was reached now, before the reader scrolls back up.
        reachedEnd.current = true
        void send()
      }
    },
    [send],
  )

  const onInteract = useCallback(() => tracker.current?.interact(Date.now()), [])

  return { onScroll, onInteract }
}
