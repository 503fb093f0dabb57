import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { END_PERCENT, type MyProgress } from '../../../../types/lesson'
import { LESSON_LIMITS } from '../../../../types/lesson.schema'

interface CompletionPanelProps {
  progress: MyProgress
  busy: boolean
  onSaveReflection: (reflection: string) => Promise<string>
}

/**
 * At the end of the lesson: how close the reader is to finishing (in plain words, no score), then,
 * once finished, an optional one-line reflection for them and their secretary.
 */
export function CompletionPanel({ progress, busy, onSaveReflection }: CompletionPanelProps) {
  const [reflection, setReflection] = useState(progress.reflection)
  const [error, setError] = useState('')

  if (!progress.completed) {
    const remaining = Math.max(0, progress.neededSeconds - progress.activeSeconds)
    return (
      <View className="lesson-complete lesson-complete--reading">
        <Text className="lesson-complete__title">
          {progress.percent >= END_PERCENT && remaining > 0
            ? '再认真读一会儿就完成了'
            : '读到这里就完成了'}
        </Text>
        <Text className="lesson-complete__hint">
          学习进度按页面上的实际阅读计算：页面在前台、并且在翻看时才计时。
          {remaining > 0 ? `还需约 ${remaining} 秒。` : ''}
        </Text>
      </View>
    )
  }

  const save = async () => {
    setError('')
    const message = await onSaveReflection(reflection.trim())
    if (message) setError(message)
  }

  return (
    <View className="lesson-complete lesson-complete--done">
      <Text className="lesson-complete__title lesson-completed">✓ 已完成学习</Text>
      <Text className="lesson-complete__hint">写一句学习心得（选填，仅你和支部书记可见）</Text>
      <View className="lesson-reflection">
        <Input
          className="lesson-reflection__input"
          value={reflection}
          maxLength={LESSON_LIMITS.reflection}
          placeholder="例如：对照六项纪律，工作纪律上还要再严一些"
          onChange={setReflection}
        />
        <Text className="lesson-reflection__count">
          {reflection.length}/{LESSON_LIMITS.reflection}
        </Text>
      </View>
      {error ? <Text className="lesson-error lesson-reflection__error">{error}</Text> : null}
      {progress.reflectionHeld ? (
        <Text className="lesson-complete__hint lesson-reflection__held">
          这条心得需要再确认一下措辞，暂时只有你能看到；修改后可以重新保存。
        </Text>
      ) : null}
      <Button
        className="lesson-reflection__save"
        type="primary"
        size="small"
        loading={busy}
        disabled={busy || reflection.trim() === progress.reflection}
        onClick={() => void save()}
      >
        保存心得
      </Button>
    </View>
  )
}
