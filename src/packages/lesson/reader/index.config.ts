export default definePageConfig({
  navigationBarTitleText: '微党课',
  enablePullDownRefresh: true,
  // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareAppMessage-Object-object
  enableShareAppMessage: true,
})
