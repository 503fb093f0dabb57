import type { Caller } from './caller'
import { cloud } from './cloud'
import { mapWithLimit } from './concurrency'
import { contentRisky } from './errors'

/**
 * Text content security: every piece of user text others will read goes through msgSecCheck v2 here,
 * whole — text longer than one call takes is split by this module, never cut.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
 */

/** The one scene map (资料 1, 评论 2, 论坛 3, 社交日志 4), for text and images alike. */
export const SCENES = { profile: 1, comment: 2, forum: 3, socialLog: 4 } as const

export type ContentScene = keyof typeof SCENES
export type ContentVerdict = 'pass' | 'review' | 'risky'

/**
 * msgSecCheck v2 takes at most 2 500 characters a call (`content`: “文本字数的上限为2500字”). Pieces
 * are measured in UTF-16 units, never fewer than the characters, so a piece is never over the limit.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html
 */
export const CHECK_LIMIT = 2500
/**
 * Neighbouring pieces overlap, so a phrase that straddles a cut is still seen whole in one of them.
 * 100 characters is far longer than any phrase the check looks for.
 */
const OVERLAP = 100
/** Pieces checked at once: a 9 000-character record is four calls, well inside the quota. */
const PARALLEL_CHECKS = 4

const SEVERITY: Record<ContentVerdict, number> = { pass: 0, review: 1, risky: 2 }

export function worstVerdict(verdicts: readonly ContentVerdict[]): ContentVerdict {
  return verdicts.reduce<ContentVerdict>((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), 'pass')
}

/**
 * Splits text into pieces of at most CHECK_LIMIT UTF-16 units (what the limit counts), each starting
 * OVERLAP characters before the previous one ended, and never inside a surrogate pair.
 */
export function piecesForCheck(text: string): string[] {
  if (text.length <= CHECK_LIMIT) return [text]
  const pieces: string[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(start + CHECK_LIMIT, text.length)
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
    pieces.push(text.slice(start, end))
    if (end >= text.length) break
    let nextStart = end - OVERLAP
    if (isLowSurrogate(text.charCodeAt(nextStart))) nextStart -= 1
    start = nextStart
  }
  return pieces
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * msgSecCheck v2's `result.label`, as the doc lists them: what kind of content it found. The reply
 * names no words (its `keyword` strategy reports only words configured in the console's 内容风控), so
 * a person is told the kind.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
 */
const LABELS: Record<number, string> = {
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他',
}

interface TextJudgement {
  verdict: ContentVerdict
  /** What kind of content it found ('' when it passed or the label names no kind). */
  kind: string
}

async function judgeText(
  caller: Caller,
  content: string,
  scene: ContentScene,
): Promise<TextJudgement> {
  if (!content.trim()) return { verdict: 'pass', kind: '' }
  const judged = await mapWithLimit(piecesForCheck(content), PARALLEL_CHECKS, async (piece) => {
    // v2 answers with errcode 0 and result.suggest for risky text too; it does not throw for it.
    const reply = await cloud.openapi.security.msgSecCheck({
      openid: caller.openid,
      scene: SCENES[scene],
      version: 2,
      content: piece,
    })
    const suggest = reply?.result?.suggest
    const verdict: ContentVerdict = suggest === 'review' || suggest === 'risky' ? suggest : 'pass'
    return { verdict, kind: verdict === 'pass' ? '' : (LABELS[Number(reply?.result?.label)] ?? '') }
  })
  const verdict = worstVerdict(judged.map((one) => one.verdict))
  return { verdict, kind: judged.find((one) => one.verdict === verdict)?.kind ?? '' }
}

/** The verdict on all of `content` (the worst of its pieces); empty text passes. */
export async function checkText(
  caller: Caller,
  content: string,
  scene: ContentScene,
): Promise<ContentVerdict> {
  return (await judgeText(caller, content, scene)).verdict
}

/**
 * The one rule for user text others will read (心得, minutes, cases, lessons, activities): `risky` is
 * refused, saying what kind of content was found; `review` comes back for the caller to hold for a
 * person (the domain's reviewer) to read and release; `pass` is shown.
 */
export async function screenText(
  caller: Caller,
  content: string,
  scene: ContentScene,
  what: string,
): Promise<'pass' | 'review'> {
  return (await screenTextForReview(caller, content, scene, what)).verdict
}

/**
 * screenText, also saying what kind of content a `review` verdict found (e.g. 欺诈; '' when the
 * label names none), for the reviewer who reads the held record.
 */
export async function screenTextForReview(
  caller: Caller,
  content: string,
  scene: ContentScene,
  what: string,
): Promise<{ verdict: 'pass' | 'review'; kind: string }> {
  const { verdict, kind } = await judgeText(caller, content, scene)
  if (verdict === 'risky') throw contentRisky(what, kind)
  return { verdict, kind }
}

/** For short public text (a nickname, a title): anything but `pass` is refused rather than held. */
export async function requireCleanText(
  caller: Caller,
  content: string,
  scene: ContentScene,
  what: string,
): Promise<void> {
  const { verdict, kind } = await judgeText(caller, content, scene)
  if (verdict !== 'pass') throw contentRisky(what, kind)
}
