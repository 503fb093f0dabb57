import { Text, View } from '@tarojs/components'
import { Avatar, Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { MemberItem } from '../../../../types/org'
import { ROLE_LABELS } from '../../../../types/user'
import { PageState } from '../../../components/page-state'
import { ListFooter } from '../../../components/list-footer'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-org-id'
import { RemoveDialog } from './remove-dialog'
import { useMembers } from './use-members'
import '../shared/org.css'
import './index.css'

export default function MembersPage() {
  const orgId = useOrgIdParam()
  if (!orgId) return <PageState kind="error" message={MISSING_ORG_MESSAGE} />
  return <MembersList orgId={orgId} />
}

function MembersList({ orgId }: { orgId: string }) {
  const { state, retry, loadMore, permissions, actionError, changeRole, remove } = useMembers(orgId)
  const [removing, setRemoving] = useState<MemberItem | null>(null)

  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  if (state.items.length === 0) {
    return <PageState kind="empty" title="还没有成员" description="成员加入后会显示在这里" />
  }

  return (
    <View className="org-page members">
      {actionError ? <Text className="org-banner-error members-error">{actionError}</Text> : null}
      {state.items.map((member) => {
        const manageable = permissions.managesMembers && member.openid !== permissions.me
        return (
          <View key={member.openid} className="org-row member-item" data-openid={member.openid}>
            {member.avatarUrl ? (
              <Avatar src={member.avatarUrl} />
            ) : (
              <Avatar>{member.nickname.slice(0, 1)}</Avatar>
            )}
            <View className="org-row__main member-item__main">
              <Text className="org-row__title member-name">{member.nickname}</Text>
              <Text className="org-row__meta">
                <Text className="member-role">{ROLE_LABELS[member.role]}</Text>
                {member.phoneMasked ? (
                  <Text className="member-phone"> · {member.phoneMasked}</Text>
                ) : null}
              </Text>
            </View>
            {manageable ? (
              <View className="org-row__actions">
                <Button
                  className="member-set-role"
                  size="mini"
                  onClick={() => void changeRole(member)}
                >
                  职务
                </Button>
                <Button
                  className="member-remove"
                  size="mini"
                  type="danger"
                  fill="outline"
                  onClick={() => setRemoving(member)}
                >
                  移出
                </Button>
              </View>
            ) : null}
          </View>
        )
      })}
      <ListFooter
        count={state.items.length}
        nextPage={state.nextPage}
        loadingMore={state.loadingMore}
        moreError={state.moreError}
        onLoadMore={loadMore}
      />
      {removing ? (
        <RemoveDialog
          member={removing}
          onRemove={(reason) => remove(removing, reason)}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </View>
  )
}
