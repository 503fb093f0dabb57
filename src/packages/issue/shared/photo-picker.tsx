import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ISSUE_MAX_PHOTOS } from '../../../../types/issue'
import { fileUrl, uploadFile } from '../../../platform/files'

interface PhotoPickerProps {
  photos: string[]
  onChange: (photos: string[]) => void
  onError: (message: string) => void
}

/**
 * Up to 9 photos, each uploaded as soon as it is picked, so a draft only ever holds uploaded
 * fileIDs and survives leaving the page.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseMedia.html
 */
export function PhotoPicker({ photos, onChange, onError }: PhotoPickerProps) {
  const [uploading, setUploading] = useState<string[]>([])

  const add = async () => {
    const room = ISSUE_MAX_PHOTOS - photos.length - uploading.length
    if (room <= 0) return
    let paths: string[]
    try {
      const picked = await Taro.chooseMedia({
        count: room,
        mediaType: ['image'],
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      })
      paths = picked.tempFiles.map((file) => file.tempFilePath)
    } catch {
      return // cancelled
    }
    setUploading((current) => [...current, ...paths])
    const results = await Promise.allSettled(paths.map((path) => uploadFile('issues', path)))
    setUploading((current) => current.filter((path) => !paths.includes(path)))
    const uploaded = results.flatMap((result) =>
      result.status === 'fulfilled' ? [result.value] : [],
    )
    if (uploaded.length < paths.length) onError('有照片没有上传成功，请检查网络后重新添加')
    if (uploaded.length > 0) onChange([...photos, ...uploaded].slice(0, ISSUE_MAX_PHOTOS))
  }

  return (
    <View className="issue-photos">
      {photos.map((fileID) => (
        <View key={fileID} className="issue-photo" data-file={fileID}>
          <Image
            className="issue-photo__image"
            src={fileUrl(fileID)}
            mode="aspectFill"
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
      {uploading.map((path) => (
        <View key={path} className="issue-photo issue-photo--uploading">
          <Text className="issue-photo__progress">上传中…</Text>
        </View>
      ))}
      {photos.length + uploading.length < ISSUE_MAX_PHOTOS ? (
        <View className="issue-photo issue-add-photo" onClick={() => void add()}>
          <Text className="issue-add-photo__plus">＋</Text>
          <Text className="issue-add-photo__text">
            照片 {photos.length}/{ISSUE_MAX_PHOTOS}
          </Text>
        </View>
      ) : null}
    </View>
  )
}
