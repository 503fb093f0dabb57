import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Invite } from '../../../../types/org'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { joinPath, useInvite } from './use-invite'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/org.css'
import './index.css'
import { PrivacyPrompt } from '../../../components/privacy-prompt'

export default function InvitePage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <InviteScreen orgId={orgId} />
}

function InviteScreen({ orgId }: { orgId: string }) {
  const { state, create } = useInvite(orgId)

  if (state.status === 'ready') return <InviteCard invite={state.invite} onRenew={create} />
  return (
    <PageRoot className="card-page invite">
      <View className="invite-intro">
        <Text className="invite-intro__title">邀请成员加入支部</Text>
        <Text className="invite-intro__text">
          生成一个 7 天内有效的 8 位邀请码，分享到支部群，或当面告诉对方。对方申请后，由书记审批。
        </Text>
      </View>
      {state.status === 'error' ? (
        <Text className="banner banner--error invite-error">{state.message}</Text>
      ) : null}
      <View className="invite-actions">
        <Button
          data-testid="invite-create"
          type="primary"
          block
          loading={state.status === 'creating'}
          disabled={state.status === 'creating'}
          onClick={create}
        >
          {state.status === 'error' ? '重新生成' : '生成邀请'}
        </Button>
      </View>
    </PageRoot>
  )
}

function InviteCard({ invite, onRenew }: { invite: Invite; onRenew: () => void }) {
  return (
    <PageRoot className="card-page invite">
      <View className="invite-card">
        <Text className="invite-org">{invite.orgName}</Text>
        <Text className="invite-code">{invite.code}</Text>
        <Text className="invite-expiry">
          有效期至 {formatShanghai(invite.expiresAt, 'M月D日 HH:mm')}
        </Text>
      </View>
      <View className="invite-actions">
        {process.env.TARO_ENV === 'h5' ? (
          <LocalInviteLink code={invite.code} />
        ) : (
          <Button className="invite-share" type="primary" block openType="share">
            分享到支部群
          </Button>
        )}
        <Button className="invite-renew" block fill="none" onClick={onRenew}>
          再生成一个
        </Button>
      </View>
      <PrivacyPrompt />
    </PageRoot>
  )
}

/** H5 preview: there is no WeChat group to share into, so show the link to copy. */
function LocalInviteLink({ code }: { code: string }) {
  const link = `${window.location.origin}${window.location.pathname}#${joinPath(code)}`
  return (
    <View className="invite-link-box">
      <Text className="invite-link">{link}</Text>
      <Button
        className="invite-copy"
        type="primary"
        block
        onClick={() => void Taro.setClipboardData({ data: link })}
      >
        复制链接
      </Button>
    </View>
  )
}
