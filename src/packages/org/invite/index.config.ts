export default definePageConfig({
  navigationBarTitleText: '邀请入支部',
  // useShareAppMessage needs the page to declare sharing.
  // 参考文档：https://docs.taro.zone/docs/hooks#useshareappmessage
  enableShareAppMessage: true,
})
