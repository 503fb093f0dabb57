export default definePageConfig({
  navigationBarTitleText: '组织看板',
  enablePullDownRefresh: true,
})
