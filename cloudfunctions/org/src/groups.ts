import { cloud, type Database } from '../../_shared/cloud'
import { rows } from '../../_shared/db'
import { invalidArgument } from '../../_shared/errors'

export interface GroupBinding {
  /** The group's opengid (stable per app; no name, no member list). */
  _id: string
  orgId: string
  boundBy: string
  boundAt: Date
}

/**
 * The group's opengid, from the cloudID that getGroupEnterInfo gave the client. The platform checks
 * that the cloudID is this caller's and fresh, so a forged opengid cannot get in. The open data is
 * `{ opengid, open_single_roomid, group_openid, chat_type, watermark }` — lower-case `opengid`.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/group/wx.getGroupEnterInfo.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/Cloud.getOpenData.html
 */
export async function resolveOpengid(groupCloudId: string): Promise<string> {
  try {
    const { list } = (await cloud.getOpenData({ list: [groupCloudId] })) as unknown as {
      list: { data?: { opengid?: unknown } }[]
    }
    const opengid = list[0]?.data?.opengid
    if (typeof opengid === 'string' && opengid) return opengid
  } catch (error) {
    // The platform refusing the cloudID (expired, someone else's) answers with an errCode and is
    // answered below; anything else (network, a bug) is not the person's doing and goes up as is.
    if (typeof (error as { errCode?: unknown })?.errCode !== 'number') throw error
  }
  throw invalidArgument('群信息已过期，请回到微信群重新打开卡片')
}

export async function findBinding(db: Database, opengid: string) {
  const [binding] = await rows<GroupBinding>(
    db.collection('groupBindings').where({ _id: opengid }).limit(1).get(),
  )
  return binding
}
