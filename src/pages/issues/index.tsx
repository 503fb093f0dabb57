import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { PageState } from '../../components/page-state'

export default function IssuesPage() {
  usePullDownRefresh(() => {
    void Taro.stopPullDownRefresh()
  })
  return (
    <PageState
      kind="empty"
      title="诉求栏目即将上线"
      description="这里可以向支部或社区反映身边的问题，并随时查看办理进度。"
    />
  )
}
