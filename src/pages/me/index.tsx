import Taro from '@tarojs/taro'
import { Switch, Text, View } from '@tarojs/components'
import { Avatar, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { PARTY_MEMBERS } from '../../../types/roles'
import { ROLE_LABELS, type LoginResult, type MembershipSummary } from '../../../types/user'
import { isPending, openLocalLogin, SessionScreen } from '../../components/local-identity-prompt'
import { setElderMode } from '../../platform/elder-mode'
import type { LocalIdentity } from '../../platform/local-session'
import { useElderMode } from '../../hooks/use-elder-mode'
import { useLogin } from './use-login'
import { PageRoot } from '../../components/page-root'
import './index.css'

const PROFILE_URL = '/packages/user/profile/index'

export default function MePage() {
  const { state, retry } = useLogin()

  if (isPending(state)) {
    return <SessionScreen state={state} onRetry={retry} pickTestId="me-pick-identity" />
  }
  return <MeProfile result={state.result} identity={state.identity} />
}

function MeProfile({ result, identity }: { result: LoginResult; identity: LocalIdentity | null }) {
  const { profile, memberships } = result
  return (
    <PageRoot className="me">
      <View className="me-card">
        {profile.avatarUrl ? (
          <Avatar size="large" src={profile.avatarUrl} />
        ) : (
          <Avatar size="large">{profile.nickname.slice(0, 1) || '我'}</Avatar>
        )}
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

      <CellGroup title="我的组织">
        {memberships.length === 0 ? (
          <Cell className="me-no-membership" title="还没有加入任何组织" />
        ) : (
          memberships.map((membership) => (
            <Cell
              key={`${membership.orgId}-${membership.role}`}
              className="me-membership"
              title={membership.orgName}
              extra={ROLE_LABELS[membership.role]}
            />
          ))
        )}
      </CellGroup>

      {memberships.some(paysDues) ? (
        <CellGroup title="党费">
          {memberships.filter(paysDues).map((membership) => (
            <Cell
              key={`dues-${membership.orgId}`}
              className="me-dues"
              title={`我的党费 · ${membership.orgName}`}
              clickable
              onClick={() =>
                void Taro.navigateTo({
                  url: `/packages/dues/mine/index?orgId=${membership.orgId}&role=${membership.role}`,
                })
              }
            />
          ))}
        </CellGroup>
      ) : null}

      <ElderModeCell openid={profile.openid} />

      <CellGroup>
        <Cell
          className="me-edit-profile"
          title="编辑资料"
          clickable
          onClick={() => void Taro.navigateTo({ url: PROFILE_URL })}
        />
      </CellGroup>
    </PageRoot>
  )
}

/** 长辈模式: remembered for this person only (platform/elder-mode.ts). */
function ElderModeCell({ openid }: { openid: string }) {
  const on = useElderMode()
  return (
    <CellGroup>
      <Cell
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
    </CellGroup>
  )
}

/** 党费 is paid by the 党员 of a branch; 入党积极分子 and 群众 pay none. */
function paysDues(membership: MembershipSummary): boolean {
  return membership.orgKind === 'branch' && PARTY_MEMBERS.includes(membership.role)
}
