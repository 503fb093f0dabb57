export default definePageConfig({
  navigationBarTitleText: '签阅情况',
  enablePullDownRefresh: true,
})
