import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'

/** A card that opens another page of 党费 for the branch: `page` is `public`, `rates` or `month`. */
export function DuesLink(props: {
  page: 'public' | 'rates' | 'month'
  orgId: string
  title: string
  meta: string
}) {
  const { page, orgId, title, meta } = props
  return (
    <View
      className="card card--stack"
      data-testid={`dues-open-${page}`}
      onClick={() => void Taro.navigateTo({ url: `/packages/dues/${page}/index?orgId=${orgId}` })}
    >
      <Text className="card__title">{title}</Text>
      <Text className="card__meta">{meta}</Text>
    </View>
  )
}
