import { Text, View } from '@tarojs/components'
import { PageState } from '../../../components/page-state'
import { useIdentities } from './use-identities'
import './index.css'

/** H5 preview only: pick who you are, as the local gateway's demo data knows them. */
export default function LocalLoginPage() {
  const { state, pickError, pick, retry } = useIdentities()

  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return (
      <PageState
        kind="error"
        code={state.code}
        message={state.message}
        onRetry={() => void retry()}
      />
    )
  }
  if (state.identities.length === 0) {
    return (
      <PageState kind="empty" title="没有可用的演示身份" description="请检查本地服务的演示数据" />
    )
  }

  return (
    <View className="local-login">
      <Text className="local-login__intro">本地预览：选一个身份，体验这个角色看到的内容。</Text>
      {pickError ? <Text className="local-login__error">{pickError}</Text> : null}
      {state.identities.map((identity) => (
        <View
          key={identity.key}
          className={`local-identity${identity.key === state.currentKey ? ' local-identity--current' : ''}`}
          data-key={identity.key}
          onClick={() => void pick(identity.key)}
        >
          <Text className="local-identity__label">{identity.label}</Text>
          <Text className="local-identity__nickname">{identity.nickname}</Text>
          {identity.key === state.currentKey ? (
            <Text className="local-identity__current">当前</Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}
