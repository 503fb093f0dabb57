import Taro from '@tarojs/taro'
import { openDocument } from '@/platform/documents'

const taroEnv = process.env.TARO_ENV

afterEach(() => {
  process.env.TARO_ENV = taroEnv
  jest.clearAllMocks()
})

test('in WeChat a 台账 is downloaded by its fileID with the cloud API, not by its temporary URL', async () => {
  process.env.TARO_ENV = 'weapp'
  const problem = await openDocument(
    {
      fileID: 'cloud://env/exports/ledger.docx',
      name: '台账.docx',
      url: 'https://tmp.example/ledger.docx',
    },
    'docx',
  )
  expect(problem).toBe('')
  expect(Taro.cloud.downloadFile).toHaveBeenCalledWith({
    fileID: 'cloud://env/exports/ledger.docx',
  })
  expect(Taro.downloadFile).not.toHaveBeenCalled()
  expect(Taro.openDocument).toHaveBeenCalledWith({
    filePath: 'wxfile://cloud',
    showMenu: true,
    fileType: 'docx',
  })
})

test('a failed download says what to do', async () => {
  process.env.TARO_ENV = 'weapp'
  jest.mocked(Taro.cloud.downloadFile).mockRejectedValueOnce({ errMsg: 'downloadFile:fail' })
  await expect(openDocument({ fileID: 'cloud://env/x.xlsx', name: 'x.xlsx' })).resolves.toBe(
    '文件下载失败，请检查网络后再试',
  )
})
