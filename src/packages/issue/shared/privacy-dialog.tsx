import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { PRIVACY_AGREE_ID } from './use-privacy'

/** Our consent dialog for WeChat's privacy flow; 同意 must be the open-type button itself. */
export function PrivacyDialog({
  onAgree,
  onDisagree,
}: {
  onAgree: () => void
  onDisagree: () => void
}) {
  return (
    <View className="issue-privacy" role="dialog">
      <View className="issue-privacy__box">
        <Text className="issue-privacy__title">选择位置前请阅读</Text>
        <Text className="issue-privacy__text">
          在地图上选点需要使用你的位置信息，仅用于标注问题发生的地点。请阅读
          <Text className="issue-privacy__link" onClick={() => Taro.openPrivacyContract?.({})}>
            《用户隐私保护指引》
          </Text>
          后决定是否同意。
        </Text>
        <View className="issue-privacy__actions">
          <Button className="issue-privacy-disagree" onClick={onDisagree}>
            不同意
          </Button>
          <Button
            id={PRIVACY_AGREE_ID}
            className="issue-privacy-agree"
            type="primary"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={onAgree}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  )
}
