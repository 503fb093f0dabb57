export default definePageConfig({
  navigationBarTitleText: '本月党费',
  enablePullDownRefresh: true,
})
