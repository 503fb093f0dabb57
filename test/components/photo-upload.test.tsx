import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import ActivityDetailPage from '@/packages/activity/detail'
import { PhotoPicker } from '@/packages/issue/shared/photo-picker'
import { imageExtension, uploadPath } from '@/platform/files'
import { addPhotos, getActivity } from '@/services/activity'
import { IMAGE_EXTENSIONS, UPLOAD_FOLDERS } from '../../types/uploads'
import { router } from '../stubs/taro'
import { underway } from './activity-fixtures'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/activity')

const chooseMedia = jest.mocked(Taro.chooseMedia) as unknown as jest.Mock
const upload = jest.mocked(Taro.cloud.uploadFile) as unknown as jest.Mock
const storedUpload = upload.getMockImplementation()

/** The person picks these local photos in the album. */
function picks(...paths: string[]) {
  chooseMedia.mockResolvedValueOnce({
    tempFiles: paths.map((tempFilePath) => ({ tempFilePath, fileType: 'image', size: 1000 })),
    type: 'image',
  })
}

/** Uploads of these local paths fail the next time they are tried (a dropped connection). */
function failsOnce(...paths: string[]) {
  const failing = new Set(paths)
  upload.mockImplementation((options: { filePath: string; cloudPath: string }) => {
    if (failing.delete(options.filePath)) {
      return Promise.reject({ errCode: -1, errMsg: 'uploadFile:fail timeout' })
    }
    return storedUpload?.(options)
  })
}

const uploadedPaths = () => upload.mock.calls.map(([options]) => options.filePath as string)

beforeEach(() => {
  jest.clearAllMocks()
  upload.mockImplementation(storedUpload)
})

describe('where a photo goes in storage', () => {
  test('every folder and image type gives uploads/<folder>/<yyyymm>/<stamp>-<random>.<ext>', () => {
    const now = new Date('2026-11-22T06:00:00.000Z')
    const seen = new Set<string>()
    for (const folder of UPLOAD_FOLDERS) {
      for (const extension of IMAGE_EXTENSIONS) {
        for (let i = 0; i < 50; i++) {
          const path = uploadPath(folder, extension, now)
          expect(path).toMatch(
            new RegExp(`^uploads/${folder}/202611/[0-9a-z]+-[0-9a-z]{8}\\.${extension}$`),
          )
          seen.add(path)
        }
      }
    }
    // A name is never reused, so one upload never overwrites another.
    expect(seen.size).toBe(UPLOAD_FOLDERS.length * IMAGE_EXTENSIONS.length * 50)
  })

  test('the type comes from the picked file, JPEG by default, and never anything but an image type', () => {
    expect(imageExtension('wxfile://tmp/a.JPEG')).toBe('jpg')
    expect(imageExtension('wxfile://tmp/a.png')).toBe('png')
    expect(imageExtension('blob:http://127.0.0.1/4f2c', 'image/webp')).toBe('webp')
    expect(imageExtension('wxfile://tmp/a')).toBe('jpg')
    expect(imageExtension('wxfile://tmp/report.pdf')).toBe('jpg')
    expect(imageExtension('wxfile://tmp/x.svg', 'image/svg+xml')).toBe('jpg')
  })
})

function IssuePhotos() {
  const [photos, setPhotos] = useState<string[]>([])
  return <PhotoPicker photos={photos} onChange={setPhotos} />
}

describe('a partial failure keeps what uploaded and retries only the rest', () => {
  test('three photos picked, one fails: two are kept, the person is told, and 重试 sends only that one', async () => {
    const { container } = render(<IssuePhotos />)
    picks('wxfile://a.jpg', 'wxfile://b.jpg', 'wxfile://c.png')
    failsOnce('wxfile://b.jpg')
    await act(async () => {
      fireEvent.click(screen.getByText(/照片 0\/9/))
    })
    expect(chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ count: 9 }))
    expect(container.querySelectorAll('.issue-photo[data-file]')).toHaveLength(2)
    expect(screen.getByTestId('upload-problem').textContent).toContain('1 张照片没有上传成功')
    // The failed photo keeps its place against the limit.
    expect(screen.getByText(/照片 2\/9/)).toBeTruthy()

    await act(async () => {
      fireEvent.click(screen.getByTestId('upload-retry'))
    })
    expect(uploadedPaths()).toEqual([
      'wxfile://a.jpg',
      'wxfile://b.jpg',
      'wxfile://c.png',
      'wxfile://b.jpg',
    ])
    const files = Array.from(container.querySelectorAll('.issue-photo[data-file]'), (photo) =>
      photo.getAttribute('data-file'),
    )
    expect(files).toHaveLength(3)
    expect(files[2]).toMatch(
      /^cloud:\/\/[^/]+\/uploads\/issues\/\d{6}\/[0-9a-z]+-[0-9a-z]{8}\.jpg$/,
    )
    expect(screen.queryByTestId('upload-problem')).toBeNull()
  })

  test('when every upload fails nothing is added, and 重试 can still get them all', async () => {
    const { container } = render(<IssuePhotos />)
    picks('wxfile://a.jpg', 'wxfile://b.jpg')
    failsOnce('wxfile://a.jpg', 'wxfile://b.jpg')
    await act(async () => {
      fireEvent.click(screen.getByText(/照片 0\/9/))
    })
    expect(container.querySelectorAll('.issue-photo[data-file]')).toHaveLength(0)
    expect(screen.getByTestId('upload-problem').textContent).toContain('2 张照片没有上传成功')
    await act(async () => {
      fireEvent.click(screen.getByTestId('upload-retry'))
    })
    expect(container.querySelectorAll('.issue-photo[data-file]')).toHaveLength(2)
  })

  test('the picker offers only the room that is left', async () => {
    render(<IssuePhotos />)
    picks(...Array.from({ length: 7 }, (_, i) => `wxfile://${i}.jpg`))
    await act(async () => {
      fireEvent.click(screen.getByText(/照片 0\/9/))
    })
    picks('wxfile://x.jpg')
    await act(async () => {
      fireEvent.click(screen.getByText(/照片 7\/9/))
    })
    expect(chooseMedia).toHaveBeenLastCalledWith(expect.objectContaining({ count: 2 }))
  })

  test('a cancelled picker changes nothing and says nothing', async () => {
    const { container } = render(<IssuePhotos />)
    await act(async () => {
      fireEvent.click(screen.getByText(/照片 0\/9/))
    })
    expect(upload).not.toHaveBeenCalled()
    expect(container.querySelectorAll('.issue-photo')).toHaveLength(1)
    expect(screen.queryByTestId('upload-problem')).toBeNull()
  })
})

describe('activity photos: uploaded ones are attached, and never uploaded twice', () => {
  beforeEach(() => {
    router.params = { orgId: 'org-branch-1', id: 'act-1' }
    jest.mocked(getActivity).mockResolvedValue(ok(underway({ canAddPhotos: true })))
  })

  test('of two photos one fails: the other is attached at once, 重试 attaches the second alone', async () => {
    jest.mocked(addPhotos).mockResolvedValue(ok({ added: [] }))
    render(<ActivityDetailPage />)
    const add = await screen.findByTestId('activity-add-photos')
    picks('wxfile://a.jpg', 'wxfile://b.jpg')
    failsOnce('wxfile://b.jpg')
    await act(async () => {
      fireEvent.click(add)
    })
    expect(addPhotos).toHaveBeenCalledTimes(1)
    expect(jest.mocked(addPhotos).mock.calls[0][0].fileIDs).toHaveLength(1)
    expect(screen.getByTestId('upload-problem').textContent).toContain('1 张照片没有上传成功')

    await act(async () => {
      fireEvent.click(screen.getByTestId('upload-retry'))
    })
    expect(addPhotos).toHaveBeenCalledTimes(2)
    const [first, second] = jest.mocked(addPhotos).mock.calls.map(([input]) => input.fileIDs)
    expect(second).toHaveLength(1)
    expect(second[0]).not.toBe(first[0])
    expect(uploadedPaths()).toEqual(['wxfile://a.jpg', 'wxfile://b.jpg', 'wxfile://b.jpg'])
  })

  test('when attaching fails the uploaded photos are held, and 重试 attaches them without uploading again', async () => {
    jest
      .mocked(addPhotos)
      .mockResolvedValueOnce(refused('INTERNAL', '网络不太好，请检查网络后重试'))
      .mockResolvedValue(ok({ added: [] }))
    render(<ActivityDetailPage />)
    const add = await screen.findByTestId('activity-add-photos')
    picks('wxfile://a.jpg', 'wxfile://b.jpg')
    await act(async () => {
      fireEvent.click(add)
    })
    expect(screen.getByTestId('upload-problem').textContent).toContain('网络不太好')

    await act(async () => {
      fireEvent.click(screen.getByTestId('upload-retry'))
    })
    const [first, second] = jest.mocked(addPhotos).mock.calls.map(([input]) => input.fileIDs)
    expect(second).toEqual(first)
    expect(upload).toHaveBeenCalledTimes(2)
    expect(screen.queryByTestId('upload-problem')).toBeNull()
  })
})
