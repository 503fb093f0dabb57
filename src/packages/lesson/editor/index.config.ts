export default definePageConfig({
  navigationBarTitleText: '写微党课',
})
