import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { ModerationActions } from '../../../types/moderation'
import { receiveMediaCheck } from './actions/receive-media-check'

const actions: ActionsFor<ModerationActions> = { receiveMediaCheck }
const route = createRouter('moderation', actions)

/**
 * A 消息推送 delivery arrives as the push itself (`{ MsgType, Event, … }`, always JSON for a cloud
 * function), with no `action`: it is routed by its MsgType/Event. Anything else goes through the router
 * as it is, so a made-up call meets the same policy (platform pushes only) and validation.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html
 */
function asAction(event: unknown): unknown {
  const push = event as { MsgType?: unknown; Event?: unknown } | null
  if (push?.MsgType === 'event' && push.Event === 'wxa_media_check') {
    return { action: 'receiveMediaCheck', push: event }
  }
  return event
}

// The router's action lists, for the tools that walk every action (fuzz, matrix, reads).
export const main = Object.assign((event: unknown) => route(asAction(event)), {
  actionNames: route.actionNames,
  readOnlyActions: route.readOnlyActions,
})
