import { Text, View } from '@tarojs/components'
import type { Reply } from '../../../types/errors'
import type { SignInCodeView } from '../../../types/signin'
import { useSignInCode } from '../../hooks/use-sign-in-code'
import { PageState } from '../page-state'
import { SignInCode } from '../signin-code-view'
import '../card/index.css'
import './index.css'

export interface SignInHostScreenProps {
  /** Fetches the code from the server (the secret never reaches the phone); must be stable. */
  fetchCode: () => Promise<Reply<SignInCodeView>>
  /** Under the code: how people sign in here. */
  hint: string
  /** At the bottom: why screenshots do not work and what to do without a phone. */
  note: string
}

/**
 * The page a host holds up for the room, the same for meeting sign-in and activity check-in: the
 * rotating code and QR, the live count, and (when a refresh fails) the last code with the reason it
 * may be out of date.
 */
export function SignInHostScreen({ fetchCode, hint, note }: SignInHostScreenProps) {
  const { state, retry, onExpire } = useSignInCode(fetchCode)
  if (state.status === 'loading') return <PageState kind="loading" text="正在获取签到码…" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={retry} />
  }
  const { view } = state
  return (
    <View className="signin-host">
      {view.title ? (
        <Text className="banner banner--ok" data-testid="sign-in-host-title">
          {view.title}
        </Text>
      ) : null}
      {state.stale ? (
        <Text className="banner banner--warn" data-testid="sign-in-host-stale">
          {state.stale}
        </Text>
      ) : null}
      <View className="card">
        <SignInCode {...view} hint={hint} onExpire={onExpire} />
      </View>
      <Text className="signin-host__note">{note}</Text>
    </View>
  )
}
