import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/**
 * The 我的 tab's avatar and rows, drawn with plain views: NutUI's Avatar, Cell and CellGroup cost the
 * main package ~12 KB of script and styles for what is a picture and a few labelled lines.
 */
export function MeAvatar({ url, nickname }: { url: string; nickname: string }) {
  return (
    <View className="me-avatar">
      {url ? (
        <Image className="me-avatar__image" src={url} mode="aspectFill" />
      ) : (
        <Text className="me-avatar__initial">{nickname.slice(0, 1) || '我'}</Text>
      )}
    </View>
  )
}

export function MeSection({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <View className="me-section">
      {title ? <Text className="me-section__title">{title}</Text> : null}
      <View className="me-section__rows">{children}</View>
    </View>
  )
}

interface MeRowProps {
  className: string
  title: string
  description?: string
  extra?: ReactNode
  /** A row that opens something: it shows an arrow. */
  onClick?: () => void
}

export function MeRow({ className, title, description, extra, onClick }: MeRowProps) {
  return (
    <View className={`me-row ${className}`} onClick={onClick}>
      <View className="me-row__text">
        <Text className="me-row__title">{title}</Text>
        {description ? <Text className="me-row__description">{description}</Text> : null}
      </View>
      {extra !== undefined ? <View className="me-row__extra">{extra}</View> : null}
      {onClick ? <View className="me-row__arrow" /> : null}
    </View>
  )
}
