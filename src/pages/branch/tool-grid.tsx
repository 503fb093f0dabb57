import { Image, Text, View } from '@tarojs/components'
import { TOOL_ICONS, type ToolKey } from './tool-icons'
import './quick-actions.css'

export interface Tool {
  key: ToolKey
  label: string
  open: () => void
  /** A count waiting for this person (join requests), drawn on the icon. */
  badge?: number
}

/**
 * Tools as a grid, four to a row: an icon and a label each, a count on the icon where something
 * waits. Each tile is at least 44 px square to tap (150 design px at 750 wide).
 */
export function ToolGrid({ tools, testidPrefix }: { tools: Tool[]; testidPrefix: string }) {
  return (
    <View className="branch-tools">
      {tools.map((tool) => (
        <View
          key={tool.key}
          className="branch-tool"
          data-testid={`${testidPrefix}-${tool.key}`}
          data-action={tool.key}
          onClick={tool.open}
        >
          <View className="branch-tool__icon">
            {/* The label below names the tool: the icon is decorative (alt=""). */}
            <Image
              className="branch-tool__image"
              src={TOOL_ICONS[tool.key]}
              mode="aspectFit"
              nativeProps={{ alt: '' }}
            />
            {tool.badge ? (
              <Text className="branch-tool__badge" aria-label={`${tool.badge} 条待处理`}>
                {tool.badge > 99 ? '99+' : tool.badge}
              </Text>
            ) : null}
          </View>
          <Text className="branch-tool__label">{tool.label}</Text>
        </View>
      ))}
    </View>
  )
}
