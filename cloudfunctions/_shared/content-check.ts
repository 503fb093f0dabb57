import type { Caller } from './caller'
import { cloud } from './cloud'
import { contentRisky } from './errors'

/** msgSecCheck v2 scenes. 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html */
const SCENES = { profile: 1, comment: 2, forum: 3, socialLog: 4 } as const

export type ContentScene = keyof typeof SCENES
export type ContentVerdict = 'pass' | 'review' | 'risky'

export async function checkText(
  caller: Caller,
  content: string,
  scene: ContentScene,
): Promise<ContentVerdict> {
  if (!content.trim()) return 'pass'
  const reply = await cloud.openapi.security.msgSecCheck({
    openid: caller.openid,
    scene: SCENES[scene],
    version: 2,
    content: content.slice(0, 2500),
  })
  const suggest = reply?.result?.suggest
  return suggest === 'review' || suggest === 'risky' ? suggest : 'pass'
}

/** For short public text (a nickname): anything but `pass` is refused rather than held. */
export async function requireCleanText(
  caller: Caller,
  content: string,
  scene: ContentScene,
  what: string,
): Promise<void> {
  if ((await checkText(caller, content, scene)) !== 'pass') throw contentRisky(what)
}
