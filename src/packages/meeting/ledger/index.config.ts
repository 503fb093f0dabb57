export default definePageConfig({
  navigationBarTitleText: '台账与完成度',
  enablePullDownRefresh: true,
})
