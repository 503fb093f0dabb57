import { Text, View } from '@tarojs/components'
import { Avatar, Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { MemberItem } from '../../../../types/org'
import { ROLE_LABELS } from '../../../../types/user'
import { PageState } from '../../../components/page-state'
import { PagedList } from '../../../components/paged-list'
import { ReasonDialog } from '../../../components/reason-dialog'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { useMembers } from './use-members'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/org.css'
import './index.css'

export default function MembersPage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <MembersList orgId={orgId} />
}

function MembersList({ orgId }: { orgId: string }) {
  const { permissions, actionError, changeRole, remove, ...list } = useMembers(orgId)
  const [removing, setRemoving] = useState<MemberItem | null>(null)

  return (
    <PageRoot className="card-page members">
      {actionError ? (
        <Text className="banner banner--error members-error">{actionError}</Text>
      ) : null}
      <PagedList list={list} empty={{ title: '还没有成员', description: '成员加入后会显示在这里' }}>
        {(members) =>
          members.map((member) => {
            const manageable = permissions.managesMembers && member.openid !== permissions.me
            return (
              <View
                key={member.openid}
                className="card org-row"
                data-testid="member-item"
                data-openid={member.openid}
              >
                {member.avatarUrl ? (
                  <Avatar src={member.avatarUrl} />
                ) : (
                  <Avatar>{member.nickname.slice(0, 1)}</Avatar>
                )}
                <View className="org-row__main member-item__main">
                  <Text className="card__title" data-testid="member-name">
                    {member.nickname}
                  </Text>
                  <Text className="card__meta">
                    <Text className="member-role">{ROLE_LABELS[member.role]}</Text>
                    {member.phoneMasked ? (
                      <Text className="member-phone"> · {member.phoneMasked}</Text>
                    ) : null}
                  </Text>
                </View>
                {manageable ? (
                  <View className="org-row__actions">
                    <Button
                      data-testid="member-set-role"
                      size="mini"
                      onClick={() => void changeRole(member)}
                    >
                      职务
                    </Button>
                    <Button
                      data-testid="member-remove"
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
          })
        }
      </PagedList>
      {removing ? (
        <ReasonDialog
          className="member-remove-dialog"
          title="移出成员"
          hint={`将“${removing.nickname}”移出本组织。移出会记入操作记录。`}
          confirmText="确认移出"
          placeholder="移出原因（必填，如：组织关系转出）"
          missing="请写明移出原因"
          onSubmit={(reason) => remove(removing, reason)}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </PageRoot>
  )
}
