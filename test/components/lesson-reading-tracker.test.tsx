import { act, fireEvent, render, screen } from '@testing-library/react'
import LessonReaderPage from '@/packages/lesson/reader'
import { measureReader } from '@/packages/lesson/reader/measure'
import { IDLE_SECONDS, ReadingTracker } from '@/packages/lesson/reader/reading-tracker'
import { getLesson, recordProgress, saveReflection } from '@/services/lesson'
import type { ProgressResult } from '../../types/lesson'
import { pageEvents, router } from '../stubs/taro'
import { lessonDetail, progress } from './lesson-fixtures'
import { ok } from './org-fixtures'

jest.mock('@/services/lesson')
jest.mock('@/packages/lesson/reader/measure', () => ({
  ...jest.requireActual('@/packages/lesson/reader/measure'),
  measureReader: jest.fn(),
}))

const second = 1000

describe('ReadingTracker (counting)', () => {
  it('counts visible time while the reader keeps touching the page', () => {
    const tracker = new ReadingTracker(0)
    tracker.scrollTo(30, 5 * second)
    tracker.interact(20 * second)
    expect(tracker.takeBeat(30 * second)).toEqual({
      percent: 30,
      activeSeconds: 30,
      seen: [30, 30],
    })
    expect(tracker.takeBeat(30 * second).activeSeconds).toBe(0)
  })

  it('pauses while the page is hidden and resumes when it shows again', () => {
    const tracker = new ReadingTracker(0)
    tracker.hide(10 * second)
    // Ten minutes in the background, the interval still ticking: nothing counts.
    expect(tracker.pendingSeconds(10 * 60 * second)).toBe(10)
    tracker.show(10 * 60 * second)
    expect(tracker.pendingSeconds(10 * 60 * second + 5 * second)).toBe(15)
  })

  it(`stops counting ${IDLE_SECONDS} s after the last touch or scroll`, () => {
    const tracker = new ReadingTracker(0)
    expect(tracker.pendingSeconds(5 * 60 * second)).toBe(IDLE_SECONDS)
    tracker.interact(5 * 60 * second)
    expect(tracker.pendingSeconds(5 * 60 * second + 10 * second)).toBe(IDLE_SECONDS + 10)
  })

  it('never counts a touch made while hidden', () => {
    const tracker = new ReadingTracker(0)
    tracker.hide(0)
    tracker.interact(10 * second)
    expect(tracker.pendingSeconds(60 * second)).toBe(0)
  })

  it('keeps fractions for the next beat and takes back the seconds of a failed beat', () => {
    const tracker = new ReadingTracker(0)
    const beat = tracker.takeBeat(2500)
    expect(beat.activeSeconds).toBe(2)
    tracker.giveBack(beat.activeSeconds)
    expect(tracker.takeBeat(3000).activeSeconds).toBe(3)
  })
})

describe('the reader page sends heartbeats of real reading only', () => {
  const mockedGet = jest.mocked(getLesson)
  const mockedBeat = jest.mocked(recordProgress)
  const mockedReflection = jest.mocked(saveReflection)
  const mockedMeasure = jest.mocked(measureReader)
  const result = (overrides: Partial<ProgressResult> = {}): ProgressResult => ({
    percent: 40,
    activeSeconds: 10,
    neededSeconds: 60,
    credited: 10,
    completed: false,
    ...overrides,
  })
  const claimed = () => mockedBeat.mock.calls.reduce((sum, [beat]) => sum + beat.activeSeconds, 0)
  // Lets each heartbeat's reply arrive before the next timer fires, as on a phone.
  const advance = (ms: number) =>
    act(async () => {
      await jest.advanceTimersByTimeAsync(ms)
    })

  beforeEach(() => {
    jest.clearAllMocks()
    jest.useFakeTimers()
    router.params = { id: 'lesson-test-01' }
    mockedGet.mockResolvedValue(ok(lessonDetail()))
    mockedBeat.mockResolvedValue(ok(result()))
    // 2000 px of lesson on an 800 px screen: the top of the lesson is 40 % of it.
    mockedMeasure.mockResolvedValue({ contentHeight: 2000, viewHeight: 800 })
  })

  afterEach(() => {
    jest.useRealTimers()
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
  })

  async function openReader() {
    render(<LessonReaderPage />)
    await act(async () => {
      await Promise.resolve()
    })
    expect(screen.getByText('社区网格里的党员先锋岗')).toBeTruthy()
  }

  it('beats every 10 s of visible, recently touched time, saying what was on screen', async () => {
    await openReader()
    await advance(9 * second)
    expect(mockedBeat).not.toHaveBeenCalled()
    await advance(1 * second)
    expect(mockedBeat).toHaveBeenCalledWith({
      lessonId: 'lesson-test-01',
      percent: 40,
      activeSeconds: 10,
      seen: [0, 40],
    })
  })

  it('each beat says the stretch of the lesson that passed the screen since the last one', async () => {
    await openReader()
    await advance(10 * second)
    // Scrolled from the top through the middle: 400 px down, then 800 px down.
    await act(async () => pageEvents.pageScroll(400))
    await act(async () => pageEvents.pageScroll(800))
    await advance(10 * second)
    expect(mockedBeat).toHaveBeenLastCalledWith({
      lessonId: 'lesson-test-01',
      percent: 80,
      activeSeconds: 10,
      seen: [0, 80],
    })
    await act(async () => pageEvents.pageScroll(1000))
    await advance(10 * second)
    expect(mockedBeat).toHaveBeenLastCalledWith({
      lessonId: 'lesson-test-01',
      percent: 90,
      activeSeconds: 10,
      seen: [40, 90],
    })
  })

  it('counts nothing while the page is hidden (onHide)', async () => {
    await openReader()
    await advance(4 * second)
    await act(async () => pageEvents.hide())
    await advance(5 * 60 * second)
    expect(claimed()).toBe(4)
  })

  it('counts nothing while the browser tab is hidden (visibilitychange)', async () => {
    await openReader()
    await advance(3 * second)
    await act(async () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await advance(5 * 60 * second)
    expect(claimed()).toBe(3)
  })

  it(`stops counting after ${IDLE_SECONDS} s without a touch, and scrolling counts again`, async () => {
    await openReader()
    await advance(3 * 60 * second)
    expect(claimed()).toBeLessThanOrEqual(IDLE_SECONDS)
    expect(claimed()).toBeGreaterThanOrEqual(IDLE_SECONDS - 5)
    const before = claimed()
    await act(async () => pageEvents.pageScroll(400))
    await advance(20 * second)
    expect(claimed() - before).toBeGreaterThanOrEqual(IDLE_SECONDS - before + 10)
  })

  it('reports the end as soon as it is reached, then offers a reflection once the server says done', async () => {
    await openReader()
    await advance(5 * second)
    mockedBeat.mockResolvedValueOnce(ok(result({ percent: 100, completed: true })))
    // (1200 + 800) / 2000: the bottom of the screen is at the end of the lesson.
    await act(async () => pageEvents.pageScroll(1200))
    expect(mockedBeat).toHaveBeenLastCalledWith({
      lessonId: 'lesson-test-01',
      percent: 100,
      activeSeconds: 5,
      seen: [0, 100],
    })
    expect(screen.getByText('✓ 已完成学习')).toBeTruthy()

    // Finished: no more heartbeats.
    const calls = mockedBeat.mock.calls.length
    await advance(60 * second)
    expect(mockedBeat.mock.calls.length).toBe(calls)

    mockedReflection.mockResolvedValue(ok({ reflection: '先锋岗贵在具体', held: false }))
    fireEvent.change(screen.getByPlaceholderText(/例如/), { target: { value: '先锋岗贵在具体' } })
    await act(async () => {
      fireEvent.click(screen.getByText('保存心得'))
    })
    expect(mockedReflection).toHaveBeenCalledWith({
      lessonId: 'lesson-test-01',
      reflection: '先锋岗贵在具体',
    })
  })

  it('keeps the seconds of a failed beat for the next one', async () => {
    mockedBeat.mockResolvedValueOnce({ ok: false, code: 'INTERNAL', message: '网络不太好' })
    await openReader()
    await advance(10 * second)
    expect(mockedBeat).toHaveBeenCalledTimes(1)
    await advance(1 * second)
    // The 10 s that did not arrive plus the second since.
    expect(mockedBeat).toHaveBeenLastCalledWith(expect.objectContaining({ activeSeconds: 11 }))
  })

  it.each([
    ['a finished lesson', lessonDetail({ progress: progress({ completed: true }) })],
    [
      'a draft read by its author',
      lessonDetail({ status: 'draft', isAuthor: true, progress: null }),
    ],
  ])('sends nothing for %s', async (_name, lesson) => {
    mockedGet.mockResolvedValue(ok(lesson))
    await openReader()
    await act(async () => pageEvents.pageScroll(1200))
    await advance(60 * second)
    expect(mockedBeat).not.toHaveBeenCalled()
  })
})
