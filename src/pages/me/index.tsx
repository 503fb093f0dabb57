import Taro from '@tarojs/taro'
import { Switch, Text, View } from '@tarojs/components'
import { PARTY_MEMBERS } from '../../../types/roles'
import { ROLE_LABELS, type LoginResult, type MembershipSummary } from '../../../types/user'
import { isPending, openLocalLogin, SessionScreen } from '../../components/local-identity-prompt'
import { setElderMode } from '../../platform/elder-mode'
import type { LocalIdentity } from '../../platform/local-session'
import { useElderMode } from '../../hooks/use-elder-mode'
import { useUnreadInbox } from '../../hooks/use-unread-inbox'
import { MeAvatar, MeRow, MeSection } from './me-rows'
import { useLogin } from './use-login'
import { PageRoot } from '../../components/page-root'
import './index.css'

const PROFILE_URL = '/packages/user/profile/index'
const INBOX_URL = '/packages/user/inbox/index'

export default function MePage() {
  const { state, retry } = useLogin()

  if (isPending(state)) {
    return <SessionScreen state={state} onRetry={retry} pickTestId="me-pick-identity" />
  }
  return <MeProfile result={state.result} identity={state.identity} />
}

function MeProfile({ result, identity }: { result: LoginResult; identity: LocalIdentity | null }) {
  const { profile, memberships } = result
  const unread = useUnreadInbox(result)
  return (
    <PageRoot className="me">
      <View className="me-card">
        <MeAvatar url={profile.avatarUrl} nickname={profile.nickname} />
        <View className="me-card__text">
          <Text className="me-nickname">{profile.nickname || '未设置昵称'}</Text>
          <Text className="me-phone">{profile.phoneMasked || '未填写手机号'}</Text>
        </View>
      </View>

      {process.env.TARO_ENV === 'h5' && identity ? (
        <View className="me-identity">
          <Text className="me-identity__label">
            演示身份：{identity.label}（{identity.nickname}）
          </Text>
          <Text className="me-switch-identity" onClick={openLocalLogin}>
            切换身份
          </Text>
        </View>
      ) : null}

      <MeSection>
        <MeRow
          className="me-inbox"
          title="消息"
          extra={unread > 0 ? `${unread} 条未读` : undefined}
          onClick={() => void Taro.navigateTo({ url: INBOX_URL })}
        />
      </MeSection>

      <MeSection title="我的组织">
        {memberships.length === 0 ? (
          <MeRow className="me-no-membership" title="还没有加入任何组织" />
        ) : (
          memberships.map((membership) => (
            <MeRow
              key={`${membership.orgId}-${membership.role}`}
              className="me-membership"
              title={membership.orgName}
              extra={ROLE_LABELS[membership.role]}
            />
          ))
        )}
      </MeSection>

      {memberships.some(paysDues) ? (
        <MeSection title="党费">
          {memberships.filter(paysDues).map((membership) => (
            <MeRow
              key={`dues-${membership.orgId}`}
              className="me-dues"
              title={`我的党费 · ${membership.orgName}`}
              onClick={() =>
                void Taro.navigateTo({
                  url: `/packages/dues/mine/index?orgId=${membership.orgId}&role=${membership.role}`,
                })
              }
            />
          ))}
        </MeSection>
      ) : null}

      <ElderModeCell openid={profile.openid} />

      <MeSection>
        <MeRow
          className="me-edit-profile"
          title="编辑资料"
          onClick={() => void Taro.navigateTo({ url: PROFILE_URL })}
        />
      </MeSection>
    </PageRoot>
  )
}

/** 长辈模式: remembered for this person only (platform/elder-mode.ts). */
function ElderModeCell({ openid }: { openid: string }) {
  const on = useElderMode()
  return (
    <MeSection>
      <MeRow
        className="me-elder-mode"
        title="长辈模式"
        description="字号更大、按钮更大"
        extra={
          <Switch
            data-testid="me-elder-mode"
            aria-label="长辈模式"
            nativeProps={{ 'aria-label': '长辈模式' }}
            checked={on}
            color="#c8161d"
            onChange={(event) => setElderMode(openid, event.detail.value)}
          />
        }
      />
    </MeSection>
  )
}

/** 党费 is paid by the 党员 of a branch; 入党积极分子 and 群众 pay none. */
function paysDues(membership: MembershipSummary): boolean {
  return membership.orgKind === 'branch' && PARTY_MEMBERS.includes(membership.role)
}
