import { Text, View } from '@tarojs/components'
import './index.css'

interface UploadProblemProps {
  /** From usePhotoUpload: what to tell the person, or ''. */
  problem: string
  canRetry: boolean
  onRetry: () => void
}

/** How many photos did not upload, with 重试 for just those (the ones that did are kept). */
export function UploadProblem({ problem, canRetry, onRetry }: UploadProblemProps) {
  if (!problem) return null
  return (
    <View className="banner banner--error upload-problem" data-testid="upload-problem">
      <Text>{problem}</Text>
      {canRetry ? (
        <Text className="upload-problem__retry" data-testid="upload-retry" onClick={onRetry}>
          重试
        </Text>
      ) : null}
    </View>
  )
}
