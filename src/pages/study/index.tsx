import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { PageState } from '../../components/page-state'

export default function StudyPage() {
  usePullDownRefresh(() => {
    void Taro.stopPullDownRefresh()
  })
  return (
    <PageState
      kind="empty"
      title="学习栏目即将上线"
      description="这里将推送 3–5 分钟的微党课，学完即可，不排名、不打卡。"
    />
  )
}
