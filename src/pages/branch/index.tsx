import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { PageState } from '../../components/page-state'

export default function BranchPage() {
  usePullDownRefresh(() => {
    void Taro.stopPullDownRefresh()
  })
  return (
    <PageState
      kind="empty"
      title="支部首页即将上线"
      description="这里将显示本支部的近期会议、待办和通知，支委还能在这里安排三会一课。"
    />
  )
}
