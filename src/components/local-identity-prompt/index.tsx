import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageState } from '../page-state'

export const LOCAL_LOGIN_URL = '/packages/local/login/index'

export function openLocalLogin() {
  void Taro.navigateTo({ url: LOCAL_LOGIN_URL })
}

/** H5 preview only: asks the developer to pick a demo identity before a page can load. */
export function LocalIdentityPrompt({ buttonTestId }: { buttonTestId: string }) {
  return (
    <PageState
      kind="empty"
      title="本地预览：请先选择一个演示身份"
      description="选一个身份（书记、支委、党员…）来体验不同角色看到的内容"
      action={
        <Button data-testid={buttonTestId} type="primary" onClick={openLocalLogin}>
          选择演示身份
        </Button>
      }
    />
  )
}
