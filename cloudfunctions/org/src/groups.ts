import { cloud, type Database } from '../../_shared/cloud'
import { rows } from '../../_shared/db'
import { invalidArgument } from '../../_shared/errors'

export interface GroupBinding {
  _id: string
  orgId: string
  boundBy: string
  boundAt: Date
}

/**
 * The group's openGId, from the cloudID that getGroupEnterInfo gave the client. The platform checks
 * that the cloudID is this caller's and fresh, so a forged openGId cannot get in.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/Cloud.getOpenData.html
 */
export async function resolveOpenGId(groupCloudId: string): Promise<string> {
  try {
    const { list } = (await cloud.getOpenData({ list: [groupCloudId] })) as unknown as {
      list: { data?: { openGId?: unknown } }[]
    }
    const openGId = list[0]?.data?.openGId
    if (typeof openGId === 'string' && openGId) return openGId
  } catch {
    // an expired or foreign cloudID: answered below
  }
  throw invalidArgument('群信息已过期，请回到微信群重新打开卡片')
}

export async function findBinding(db: Database, openGId: string) {
  const [binding] = await rows<GroupBinding>(
    db.collection('groupBindings').where({ _id: openGId }).limit(1).get(),
  )
  return binding
}
