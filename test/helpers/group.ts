import { issueCloudId, localOpenGId } from '../../emulator/open-data'
import { DEMO_IDENTITIES } from '../../emulator/demo/identities'
import type { Who } from './cloud'

/** What getGroupEnterInfo would give `who` when opening a card in WeChat group `groupId`. */
export function groupCloudIdFor(who: Who, groupId: string): string {
  const openid =
    typeof who === 'object'
      ? who.openid
      : (DEMO_IDENTITIES.find((identity) => identity.key === who)?.openid ?? '')
  return issueCloudId(openid, { openGId: localOpenGId(groupId) })
}
