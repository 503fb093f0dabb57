import { Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PageState } from '../../../components/page-state'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { usePublish } from './use-publish'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../notice.css'
import './index.css'

export default function PublishNoticePage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <PublishForm orgId={orgId} />
}

function PublishForm({ orgId }: { orgId: string }) {
  const { draft, change, submit, error, sending } = usePublish(orgId)
  return (
    <PageRoot className="card-page notice-publish">
      <View className="card card--stack">
        <Text className="notice-publish__label">标题</Text>
        <Input
          className="notice-publish__title"
          value={draft.title}
          maxlength={40}
          placeholder="例如：关于召开支部党员大会的通知"
          onInput={(event) => change('title', event.detail.value)}
        />
        <Text className="notice-publish__label">内容</Text>
        <Textarea
          className="zhibu-textbox notice-publish__body"
          value={draft.body}
          maxlength={2000}
          placeholder="时间、地点、要求……"
          onInput={(event) => change('body', event.detail.value)}
        />
        <View className="notice-publish__switch">
          <Text>同时下发到下级组织</Text>
          <Switch
            data-testid="notice-publish__scope"
            nativeProps={{ 'aria-label': '同时下发到下级组织' }}
            checked={draft.scope === 'subtree'}
            color="#c8161d"
            onChange={(event) => change('scope', event.detail.value ? 'subtree' : 'org')}
          />
        </View>
        <View className="notice-publish__switch">
          <Text>置顶</Text>
          <Switch
            className="notice-publish__pinned"
            nativeProps={{ 'aria-label': '置顶' }}
            checked={draft.pinned}
            color="#c8161d"
            onChange={(event) => change('pinned', event.detail.value)}
          />
        </View>
      </View>
      <Text className="notice-hint">发布后，成员打开通知即签阅；你可以在通知里查看签阅情况。</Text>
      {error ? <Text className="banner banner--error notice-publish__error">{error}</Text> : null}
      <View className="notice-publish__actions">
        <Button
          data-testid="notice-publish__submit"
          type="primary"
          block
          loading={sending}
          disabled={sending}
          onClick={() => void submit()}
        >
          发布通知
        </Button>
      </View>
    </PageRoot>
  )
}
