import { View, type ViewProps } from '@tarojs/components'
import { useElderClass } from '../../hooks/use-elder-mode'

/**
 * A page's outermost view. It carries .zhibu-elder while 长辈模式 is on, which scales every font-size
 * and NutUI's tap targets beneath it (src/app.css). A component, not a hook, so a page can render it
 * after an early return without changing its hook order.
 */
export function PageRoot({ className, ...props }: ViewProps) {
  return <View {...props} className={useElderClass(className ?? '')} />
}
