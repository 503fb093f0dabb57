export default definePageConfig({
  navigationBarTitleText: '党费标准',
  enablePullDownRefresh: true,
})
