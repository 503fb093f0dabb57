import { Text, View } from '@tarojs/components'
import './index.css'

interface ListFooterProps {
  count: number
  nextPage: number | null
  loadingMore: boolean
  moreError: string
  onLoadMore: () => void
}

/** Below a paged list: loading, a failed page with 重试, a tap target for more, or the end. */
export function ListFooter({
  count,
  nextPage,
  loadingMore,
  moreError,
  onLoadMore,
}: ListFooterProps) {
  if (loadingMore) return <Text className="list-footer list-footer--loading">加载中…</Text>
  if (moreError) {
    return (
      <View className="list-footer list-footer--error" onClick={onLoadMore}>
        <Text>{moreError}</Text>
        <Text className="list-footer__retry">点此重试</Text>
      </View>
    )
  }
  if (nextPage !== null) {
    return (
      <Text className="list-footer list-footer--more" onClick={onLoadMore}>
        加载更多
      </Text>
    )
  }
  return count > 0 ? <Text className="list-footer list-footer--end">没有更多了</Text> : null
}
