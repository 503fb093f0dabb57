import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { ISSUE_MAX_PHOTOS } from '../../../../types/issue'
import { UploadProblem } from '../../../components/upload-problem'
import { usePhotoUpload } from '../../../hooks/use-photo-upload'
import { fileUrl } from '../../../platform/files'

interface PhotoPickerProps {
  photos: string[]
  onChange: (photos: string[]) => void
}

/**
 * Up to 9 photos, each uploaded as soon as it is picked, so a draft only ever holds uploaded
 * fileIDs and survives leaving the page. Photos that did not upload wait for 重试 (and keep their
 * place against the limit).
 */
export function PhotoPicker({ photos, onChange }: PhotoPickerProps) {
  const upload = usePhotoUpload({
    folder: 'issues',
    onUploaded: (fileIDs) => onChange([...photos, ...fileIDs].slice(0, ISSUE_MAX_PHOTOS)),
  })
  const taken = photos.length + upload.uploading + upload.failed.length
  const uploading = Array.from({ length: upload.uploading }, (_, index) => index)

  return (
    <View>
      <View className="issue-photos">
        {photos.map((fileID) => (
          <View key={fileID} className="issue-photo" data-file={fileID}>
            <Image
              className="issue-photo__image"
              src={fileUrl(fileID)}
              mode="aspectFill"
              nativeProps={{ alt: '诉求照片' }}
              onClick={() =>
                void Taro.previewImage({ urls: photos.map(fileUrl), current: fileUrl(fileID) })
              }
            />
            <Text
              className="issue-photo__remove"
              onClick={() => onChange(photos.filter((photo) => photo !== fileID))}
            >
              ×
            </Text>
          </View>
        ))}
        {uploading.map((index) => (
          <View key={index} className="issue-photo issue-photo--uploading">
            <Text className="issue-photo__progress">上传中…</Text>
          </View>
        ))}
        {taken < ISSUE_MAX_PHOTOS && upload.uploading === 0 ? (
          <View
            className="issue-photo"
            data-testid="issue-add-photo"
            onClick={() => void upload.pick(ISSUE_MAX_PHOTOS - taken)}
          >
            <Text className="issue-add-photo__plus">＋</Text>
            <Text className="issue-add-photo__text">
              照片 {photos.length}/{ISSUE_MAX_PHOTOS}
            </Text>
          </View>
        ) : null}
      </View>
      <UploadProblem
        problem={upload.problem}
        canRetry={upload.canRetry}
        onRetry={() => void upload.retry()}
      />
    </View>
  )
}
