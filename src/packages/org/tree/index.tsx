import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { ORG_KIND_LABELS, type OrgSummary } from '../../../../types/org'
import { PageState } from '../../../components/page-state'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { OrgDialog, type OrgDialogMode } from './org-dialog'
import { CHILD_KINDS } from '../../../../types/org'
import { useOrgTree } from './use-org-tree'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/org.css'
import './index.css'

export default function OrgTreePage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <OrgTree orgId={orgId} />
}

function OrgTree({ orgId }: { orgId: string }) {
  const { state, retry, create, rename, archive, reorder } = useOrgTree(orgId)
  const [dialog, setDialog] = useState<OrgDialogMode | null>(null)

  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={retry} />
  }
  const rows = state.data
  if (rows.length === 0) {
    return <PageState kind="empty" title="没有可管理的组织" description="这个组织可能已被归档" />
  }

  // 上移 / 下移 stop at either end of an org's siblings (rows list them in display order).
  const atEnd = (org: OrgSummary, end: 'first' | 'last') => {
    const siblings = rows.filter((row) => row.org.parentId === org.parentId)
    return siblings[end === 'first' ? 0 : siblings.length - 1]?.org.id === org.id
  }

  return (
    <PageRoot className="card-page tree">
      {rows.map(({ org, depth }) => (
        <View
          key={org.id}
          className="card org-row"
          data-testid="tree-item"
          data-org={org.id}
          style={{ marginLeft: Taro.pxTransform(24 + depth * 32) }}
        >
          <View className="org-row__main">
            <Text className="card__title tree-name">{org.name}</Text>
            <Text className="card__meta tree-kind-label">{ORG_KIND_LABELS[org.kind]}</Text>
          </View>
          <View className="org-row__actions">
            {CHILD_KINDS[org.kind].length > 0 ? (
              <Button
                className="tree-create"
                size="mini"
                onClick={() => setDialog({ kind: 'create', parent: org })}
              >
                新建下级
              </Button>
            ) : null}
            <Button
              className="tree-rename"
              size="mini"
              onClick={() => setDialog({ kind: 'rename', org })}
            >
              改名
            </Button>
            {depth > 0 ? (
              <>
                <Button
                  className="tree-up"
                  size="mini"
                  disabled={atEnd(org, 'first')}
                  onClick={() => void reorder(org, 'up')}
                >
                  上移
                </Button>
                <Button
                  className="tree-down"
                  size="mini"
                  disabled={atEnd(org, 'last')}
                  onClick={() => void reorder(org, 'down')}
                >
                  下移
                </Button>
              </>
            ) : null}
            {depth > 0 ? (
              <Button
                className="tree-archive"
                size="mini"
                type="danger"
                fill="outline"
                onClick={() => setDialog({ kind: 'archive', org })}
              >
                归档
              </Button>
            ) : null}
          </View>
        </View>
      ))}
      {dialog ? (
        <OrgDialog
          mode={dialog}
          onCreate={create}
          onRename={rename}
          onArchive={archive}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </PageRoot>
  )
}
