export default definePageConfig({
  navigationBarTitleText: '会议',
  enablePullDownRefresh: true,
  // The 会议通知 card is shared from this page (an updatable message once prepared).
  enableShareAppMessage: true,
})
