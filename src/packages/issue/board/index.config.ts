export default definePageConfig({
  navigationBarTitleText: '诉求公示栏',
  enablePullDownRefresh: true,
})
