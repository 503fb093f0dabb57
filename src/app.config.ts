const RED = '#C8161D'

const tabs = [
  { pagePath: 'pages/branch/index', text: '支部', icon: 'branch' },
  { pagePath: 'pages/study/index', text: '学习', icon: 'study' },
  { pagePath: 'pages/issues/index', text: '诉求', icon: 'issues' },
  { pagePath: 'pages/me/index', text: '我的', icon: 'me' },
]

const subPackages = [
  { root: 'packages/user', pages: ['profile/index', 'inbox/index'] },
  {
    root: 'packages/org',
    pages: [
      'members/index',
      'invite/index',
      'join/index',
      'requests/index',
      'audit/index',
      'tree/index',
    ],
  },
  {
    root: 'packages/notice',
    pages: ['list/index', 'detail/index', 'publish/index', 'report/index'],
  },
  {
    root: 'packages/activity',
    pages: ['list/index', 'detail/index', 'publish/index', 'signin/index', 'showcase/index'],
  },
  {
    root: 'packages/issue',
    pages: ['submit/index', 'detail/index', 'manage/index', 'board/index'],
  },
  {
    root: 'packages/lesson',
    pages: ['reader/index', 'editor/index', 'mine/index', 'review/index', 'stats/index'],
  },
  {
    root: 'packages/meeting',
    pages: [
      'list/index',
      'detail/index',
      'edit/index',
      'signin/index',
      'minutes/index',
      'ledger/index',
    ],
  },
  { root: 'packages/dues', pages: ['mine/index', 'month/index', 'public/index', 'rates/index'] },
  // Dashboards with echarts: the charts stay in this subpackage, out of the main package.
  { root: 'packages/stats', pages: ['branch/index', 'committee/index'] },
  // The demo-identity picker talks to the local gateway; it must never ship in the weapp build.
  ...(process.env.TARO_ENV === 'h5' ? [{ root: 'packages/local', pages: ['login/index'] }] : []),
]

export default defineAppConfig({
  pages: tabs.map((tab) => tab.pagePath),
  subPackages,
  preloadRule: {
    'pages/branch/index': {
      network: 'all',
      // Not packages/stats: its charts (~490 KB) would download for every member; leaders open it rarely.
      packages: ['packages/org', 'packages/notice', 'packages/activity', 'packages/meeting'],
    },
    'pages/me/index': { network: 'all', packages: ['packages/user'] },
    'pages/issues/index': { network: 'all', packages: ['packages/issue'] },
    'pages/study/index': { network: 'all', packages: ['packages/lesson'] },
  },
  // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/ability/lazyload.html
  lazyCodeLoading: 'requiredComponents',
  // 诉求 lets people mark a place on the map; the API must also be in the privacy guide (隐私保护指引).
  // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#requiredPrivateInfos
  requiredPrivateInfos: ['chooseLocation'],
  window: {
    // weapp's default; spelled out because Taro's H5 router draws its title bar (page title, 返回 or 首页)
    // only when this is exactly 'default' — unset hides it (NervJS/taro#18643).
    navigationStyle: 'default',
    navigationBarTitleText: '智慧支部',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f5f5',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#6b6b6b',
    selectedColor: RED,
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: tabs.map(({ pagePath, text, icon }) => ({
      pagePath,
      text,
      iconPath: `assets/tab/${icon}.png`,
      selectedIconPath: `assets/tab/${icon}-active.png`,
    })),
  },
})
