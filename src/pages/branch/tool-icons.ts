import activities from '../../assets/tools/activities.svg'
import audit from '../../assets/tools/audit.svg'
import board from '../../assets/tools/board.svg'
import invite from '../../assets/tools/invite.svg'
import issues from '../../assets/tools/issues.svg'
import lessons from '../../assets/tools/lessons.svg'
import meetings from '../../assets/tools/meetings.svg'
import members from '../../assets/tools/members.svg'
import notices from '../../assets/tools/notices.svg'
import publish from '../../assets/tools/publish.svg'
import reportIssue from '../../assets/tools/report-issue.svg'
import requests from '../../assets/tools/requests.svg'
import showcase from '../../assets/tools/showcase.svg'
import stats from '../../assets/tools/stats.svg'
import tree from '../../assets/tools/tree.svg'

/**
 * One small SVG per tool on the 支部 home (src/assets/tools, drawn for this app). WeChat's <image>
 * shows SVG files, without percentage units or <style> in them:
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/component/image.html
 * NutUI's icons would not do: in weapp they are an <i> tag, which Taro has no template for without
 * @tarojs/plugin-html (test/weapp/harness.ts, undrawableNodes).
 * The build emits them as files (config/index.ts, imageUrlLoaderOption), in the main package (~3.5 KB).
 */
export const TOOL_ICONS = {
  members,
  notices,
  meetings,
  activities,
  showcase,
  'report-issue': reportIssue,
  invite,
  requests,
  issues,
  publish,
  stats,
  tree,
  audit,
  board,
  lessons,
} satisfies Record<string, string>

export type ToolKey = keyof typeof TOOL_ICONS
