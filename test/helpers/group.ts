import { DEMO_APPID } from '../../emulator/functions'
import { issueCloudId, localOpengid } from '../../emulator/open-data'
import { groupEnterOpenData } from '../../emulator/platform/open-data'
import { DEMO_IDENTITIES } from '../../emulator/demo/identities'
import type { Who } from './cloud'

/** What getGroupEnterInfo would give `who` when opening a card in WeChat group `groupId`. */
export function groupCloudIdFor(who: Who, groupId: string): string {
  const openid =
    typeof who === 'object'
      ? who.openid
      : (DEMO_IDENTITIES.find((identity) => identity.key === who)?.openid ?? '')
  return issueCloudId(openid, groupEnterOpenData(localOpengid(groupId), DEMO_APPID))
}
