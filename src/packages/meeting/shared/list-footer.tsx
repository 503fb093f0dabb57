import { Text, View } from '@tarojs/components'

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
  if (loadingMore) return <Text className="meeting-list-footer">加载中…</Text>
  if (moreError) {
    return (
      <View className="meeting-list-footer meeting-list-footer--error" onClick={onLoadMore}>
        <Text>{moreError}，点此重试</Text>
      </View>
    )
  }
  if (nextPage !== null) {
    return (
      <Text className="meeting-list-footer meeting-list-footer--more" onClick={onLoadMore}>
        加载更多
      </Text>
    )
  }
  return count > 0 ? <Text className="meeting-list-footer">没有更多了</Text> : null
}
