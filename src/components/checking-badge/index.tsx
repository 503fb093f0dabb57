import { Text } from '@tarojs/components'
import './index.css'

/**
 * The mark on an image whose content check is not back yet. Only the one who uploaded it (and those who
 * review it) ever see such an image; everyone else sees it once it passes. Put it inside a positioned
 * image box.
 */
export function CheckingBadge() {
  return (
    <Text className="checking-badge" aria-label="图片审核中，通过后其他人才能看到">
      审核中
    </Text>
  )
}
