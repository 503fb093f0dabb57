export default definePageConfig({
  navigationBarTitleText: '支部看板',
  enablePullDownRefresh: true,
})
