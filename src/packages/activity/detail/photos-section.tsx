import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ActivityDetail } from '../../../../types/activity'
import { UploadProblem } from '../../../components/upload-problem'
import { fileUrl } from '../../../platform/files'
import { CheckingBadge } from '../../../components/checking-badge'

interface PhotosProps {
  activity: ActivityDetail
  busy: boolean
  /** From usePhotoUpload: photos that did not upload or attach, and 重试 for just those. */
  upload: { problem: string; canRetry: boolean; retry: () => Promise<void> }
  onAdd: () => void
  onReview: (photoId: string, approve: boolean) => void
}

/** Approved photos for everyone; a 支委 also sees those waiting for review, with 通过/撤下. */
export function PhotosSection({ activity, busy, upload, onAdd, onReview }: PhotosProps) {
  const { photos, canAddPhotos, canManage } = activity
  if (photos.length === 0 && !canAddPhotos) return null
  const urls = photos.map((photo) => fileUrl(photo.fileID))
  return (
    <View className="card activity-photos-section">
      <Text className="activity-section__title">活动照片</Text>
      {photos.length === 0 ? <Text className="activity-hint">还没有照片</Text> : null}
      <View className="activity-photos">
        {photos.map((photo, index) => (
          <View key={photo.id} className="activity-photo" data-status={photo.status}>
            <Image
              className="activity-photo__image"
              src={urls[index]}
              mode="aspectFill"
              nativeProps={{ alt: `活动照片 ${index + 1}` }}
              onClick={() => void Taro.previewImage({ current: urls[index], urls })}
            />
            {photo.status === 'pending' ? <CheckingBadge /> : null}
            {canManage ? (
              <View className="activity-photo__review">
                {photo.status === 'pending' ? (
                  <Text
                    className="activity-photo-approve"
                    onClick={() => !busy && onReview(photo.id, true)}
                  >
                    通过
                  </Text>
                ) : null}
                <Text
                  className="activity-photo-remove"
                  onClick={() => !busy && onReview(photo.id, false)}
                >
                  撤下
                </Text>
              </View>
            ) : null}
          </View>
        ))}
      </View>
      <UploadProblem
        problem={upload.problem}
        canRetry={upload.canRetry}
        onRetry={() => void upload.retry()}
      />
      {canAddPhotos ? (
        <Button
          className="activity-add-photos"
          data-testid="activity-add-photos"
          size="small"
          loading={busy}
          disabled={busy}
          onClick={onAdd}
        >
          上传照片
        </Button>
      ) : null}
      {canAddPhotos && !canManage ? (
        <Text className="activity-hint">照片经支委审核后展示在支部风采中</Text>
      ) : null}
    </View>
  )
}
