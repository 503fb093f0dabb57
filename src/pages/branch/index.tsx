import Taro from '@tarojs/taro'
import { Picker, Text, View } from '@tarojs/components'
import { ORG_KIND_LABELS, type BranchHome } from '../../../types/org'
import type { MembershipSummary } from '../../../types/user'
import { isPending, SessionScreen } from '../../components/local-identity-prompt'
import { formatShanghai } from '../../format/datetime'
import { CompletenessMeter } from './completeness-meter'
import { GroupCard } from './group-card'
import { NewcomerHome } from './newcomer-home'
import { QuickActions } from './quick-actions'
import { TodayTodo } from './today-todo'
import { useBranchHome } from './use-branch-home'
import { PageRoot } from '../../components/page-root'
import './index.css'

export default function BranchPage() {
  const {
    state,
    busy,
    signingIn,
    signInHere,
    actionError,
    retry,
    switchOrg,
    bindThisGroup,
    requestToJoinGroupOrg,
  } = useBranchHome()

  if (isPending(state)) {
    return <SessionScreen state={state} onRetry={retry} pickTestId="branch-pick-identity" />
  }
  switch (state.status) {
    case 'no-membership':
      return (
        <PageRoot className="branch">
          <GroupCard
            group={state.group}
            home={null}
            busy={busy}
            actionError={actionError}
            onBind={bindThisGroup}
            onRequestJoin={requestToJoinGroupOrg}
          />
          <NewcomerHome applications={state.applications} />
        </PageRoot>
      )
    case 'ready':
      return (
        <PageRoot className="branch">
          <BranchHeader home={state.home} orgs={state.orgs} onSwitch={switchOrg} />
          <TodayTodo home={state.home} signingIn={signingIn} onSignIn={signInHere} />
          <GroupCard
            group={state.group}
            home={state.home}
            busy={busy}
            actionError={actionError}
            onBind={bindThisGroup}
            onRequestJoin={requestToJoinGroupOrg}
          />
          <Upcoming home={state.home} />
          <Notices home={state.home} />
          <QuickActions home={state.home} />
          <CompletenessMeter home={state.home} />
        </PageRoot>
      )
  }
}

interface HeaderProps {
  home: BranchHome
  orgs: MembershipSummary[]
  onSwitch: (orgId: string) => void
}

function BranchHeader({ home, orgs, onSwitch }: HeaderProps) {
  const { org, secretary, memberCount, nonPartyCount } = home
  const index = Math.max(
    0,
    orgs.findIndex((membership) => membership.orgId === org.id),
  )
  return (
    <View className="branch-card">
      <View className="branch-card__top">
        <Text className="branch-org-name">{org.name}</Text>
        {orgs.length > 1 ? (
          <Picker
            mode="selector"
            range={orgs.map((membership) => membership.orgName)}
            value={index}
            onChange={(event) => {
              const picked = orgs[Number(event.detail.value)]
              if (picked && picked.orgId !== org.id) onSwitch(picked.orgId)
            }}
          >
            <Text className="branch-switch-org">切换组织</Text>
          </Picker>
        ) : null}
      </View>
      <Text className="branch-org-kind">{ORG_KIND_LABELS[org.kind]}</Text>
      <View className="branch-card__facts">
        <Text className="branch-secretary" data-testid="branch-secretary">
          书记：{secretary?.nickname ?? '暂未设置'}
        </Text>
        <Text className="branch-member-count">
          党员 {memberCount} 人{nonPartyCount > 0 ? ` · 积极分子、群众 ${nonPartyCount} 人` : ''}
        </Text>
      </View>
    </View>
  )
}

function Upcoming({ home }: { home: BranchHome }) {
  return (
    <View className="branch-section">
      <Text className="branch-section__title">近期安排</Text>
      {home.upcoming.length === 0 ? (
        <Text className="branch-section__empty branch-upcoming-empty">近期没有会议和活动安排</Text>
      ) : (
        home.upcoming.map((item) => (
          <View
            key={`${item.kind}-${item.id}`}
            className="branch-upcoming"
            onClick={() =>
              void Taro.navigateTo({
                url: `/packages/${item.kind}/detail/index?id=${item.id}&orgId=${home.org.id}`,
              })
            }
          >
            <Text className="branch-upcoming__title">
              {item.live ? (
                <Text className="branch-tag">{item.kind === 'meeting' ? '签到中' : '进行中'}</Text>
              ) : null}
              {item.title}
            </Text>
            <Text className="branch-upcoming__time">
              {item.orgName ? `${item.orgName} · ` : ''}
              {formatShanghai(item.startsAt, 'M月D日 dddd HH:mm')}
            </Text>
          </View>
        ))
      )}
    </View>
  )
}

function Notices({ home }: { home: BranchHome }) {
  return (
    <View className="branch-section">
      <Text className="branch-section__title">最新通知</Text>
      {home.notices.length === 0 ? (
        <Text className="branch-section__empty branch-notices-empty">还没有通知</Text>
      ) : (
        home.notices.map((notice) => (
          <View
            key={notice.id}
            className="branch-notice"
            onClick={() =>
              void Taro.navigateTo({
                url: `/packages/notice/detail/index?orgId=${home.org.id}&id=${notice.id}`,
              })
            }
          >
            <Text className="branch-notice__title">
              {notice.read ? null : <Text className="branch-tag">未读</Text>}
              {notice.title}
            </Text>
            <Text className="branch-notice__time">
              {formatShanghai(notice.publishedAt, 'M月D日')}
            </Text>
          </View>
        ))
      )}
    </View>
  )
}
