import { defineAction } from '../../../_shared/action'
import { addCredits } from '../../../_shared/subscriptions'
import { recordSubscriptionsInput } from '../../../../types/user.schema'

/** Called right after requestSubscribeMessage (which only works from a tap) with what was accepted. */
export const recordSubscriptions = defineAction({
  schema: recordSubscriptionsInput,
  policy: { kind: 'signedIn' },
  async run({ accepted }, { db, caller, audit }) {
    const templates = [...new Set(accepted)]
    await addCredits(db, caller.openid, templates)
    await audit({
      action: 'user.recordSubscriptions',
      target: caller.openid,
      summary: `同意接收提醒：${templates.join('、')}`,
    })
    return { recorded: templates.length }
  },
})
