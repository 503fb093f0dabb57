export default definePageConfig({
  navigationBarTitleText: '活动签到码',
  // The weapp build draws the code with the native component; H5 uses a React view of the same.
  // 参考文档：https://docs.taro.zone/docs/hybrid
  ...(process.env.TARO_ENV === 'weapp'
    ? { usingComponents: { 'signin-code': '../../../components/signin-code/index' } }
    : {}),
})
