export default definePageConfig({
  navigationBarTitleText: '入党申请审批',
  enablePullDownRefresh: true,
})
