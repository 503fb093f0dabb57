export default definePageConfig({
  navigationBarTitleText: '我写的微党课',
  enablePullDownRefresh: true,
})
