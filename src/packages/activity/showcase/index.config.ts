export default definePageConfig({
  navigationBarTitleText: '支部风采',
  enablePullDownRefresh: true,
})
