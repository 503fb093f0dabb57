export default definePageConfig({
  navigationBarTitleText: '支部',
  enablePullDownRefresh: true,
})
