export default definePageConfig({
  navigationBarTitleText: '活动详情',
  enablePullDownRefresh: true,
  // useShareAppMessage needs the page to declare sharing.
  // 参考文档：https://docs.taro.zone/docs/hooks#useshareappmessage
  enableShareAppMessage: true,
})
