import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { LoginResult } from '../../../types/user'
import { PageState } from '../../components/page-state'
import { ToolGrid, type Tool } from './tool-grid'

const JOIN_URL = '/packages/org/join/index'

/** What anyone may use without belonging to a branch: 群众 report and follow issues and read. */
const TOOLS: Tool[] = [
  {
    key: 'report-issue',
    label: '反映问题',
    open: () => void Taro.navigateTo({ url: '/packages/issue/submit/index' }),
  },
  {
    key: 'issues',
    label: '我的诉求',
    open: () => void Taro.switchTab({ url: '/pages/issues/index' }),
  },
  {
    key: 'board',
    label: '诉求公示栏',
    open: () => void Taro.navigateTo({ url: '/packages/issue/board/index' }),
  },
  {
    key: 'lessons',
    label: '公开微党课',
    open: () => void Taro.switchTab({ url: '/pages/study/index' }),
  },
]

/**
 * The 支部 tab of someone in no branch yet: a request that waits says so (instead of asking for a code
 * again), and what a 群众 can do here is one tap away.
 */
export function NewcomerHome({ applications }: Pick<LoginResult, 'applications'>) {
  const [waiting] = applications
  return (
    <View>
      {waiting ? (
        <View className="branch-section" data-testid="branch-application">
          <Text className="branch-section__title">已提交，等待审批</Text>
          <Text className="branch-section__empty">
            你申请加入「{waiting.orgName}」，支部书记批准后，这里会显示支部的会议、活动和通知。
          </Text>
        </View>
      ) : (
        <PageState
          kind="empty"
          title="你还没有加入支部"
          description="打开支部书记在支部群里分享的邀请卡片，或输入书记给你的 8 位邀请码，申请加入支部。"
          action={
            <Button
              className="branch-enter-code"
              type="primary"
              onClick={() => void Taro.navigateTo({ url: JOIN_URL })}
            >
              输入邀请码
            </Button>
          }
        />
      )}
      <View className="branch-section">
        <Text className="branch-section__title">不是党员也可以</Text>
        <ToolGrid testidPrefix="newcomer" tools={TOOLS} />
      </View>
    </View>
  )
}
