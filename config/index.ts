import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { isDeployBuild, releaseSettings } from './release'
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, shared with scripts/
const { templateIdsFromEnv, missingTemplatesWarning } = require('./subscribe-templates.js')

const isH5 = process.env.TARO_ENV === 'h5'
const root = path.resolve(__dirname, '..')

/**
 * A weapp build for a real environment (`npm run build:weapp:deploy`, or any build given
 * ZHIBU_CLOUD_ENV) stops here with the list of missing variables instead of shipping a made-up env id
 * or placeholder template ids. A local weapp build takes whatever ZHIBU_TEMPLATE_* ids are set and
 * warns about the rest; the H5 build needs none (it has no subscribe prompt).
 */
function releaseConstants(): Record<string, string> {
  if (!isH5 && isDeployBuild(process.env)) {
    const { cloudEnv, templateIds } = releaseSettings(process.env)
    return {
      CLOUD_ENV: JSON.stringify(cloudEnv),
      SUBSCRIBE_TEMPLATE_IDS: JSON.stringify(templateIds),
    }
  }
  const templates = templateIdsFromEnv(process.env)
  if (!isH5) {
    const warning = missingTemplatesWarning(templates.missing, 'This local weapp build')
    if (warning) console.warn(warning)
  }
  return {
    CLOUD_ENV: JSON.stringify('local-build-without-cloud-env'),
    SUBSCRIBE_TEMPLATE_IDS: JSON.stringify(templates.ids),
  }
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhibu',
    date: '2025-11-22',
    // NutUI is drawn at 375 wide; our own styles at 750.
    // 参考文档：https://nutui.jd.com/taro/react/3x/#/zh-CN/guide/start-react
    designWidth(input) {
      const file = typeof input === 'object' ? input?.file : undefined
      if (file && file.replace(/\\+/g, '/').includes('@nutui')) return 375
      return 750
    },
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    // weapp has no recursive templates: base.wxml (main package) repeats every component's template
    // once per nesting level, then hands deeper nodes to the custom component `comp`. The deepest page
    // tree the weapp every-page test renders is 11 (packages/user/profile; the 支部 home 9), so 12
    // levels instead of Taro's 16 keep every page out of `comp` and save ~9 KB.
    // 参考：NervJS/taro packages/shared/src/template.ts（超过 baseLevel 的 tmplN 套组件 comp，comp 再套 tmpl0）
    baseLevel: 12,
    sourceRoot: 'src',
    // weapp and h5 both default to dist/ and would overwrite each other.
    // ZHIBU_BUILD_SUFFIX gives parallel work its own output folders (dist-x, dist-h5-x).
    outputRoot: (isH5 ? 'dist-h5' : 'dist') + (process.env.ZHIBU_BUILD_SUFFIX ?? ''),
    plugins: [],
    defineConstants: releaseConstants(),
    alias: { '@': path.resolve(root, 'src') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    // Prebundling (dev mode only) would give watch builds a different module graph from CI's; the
    // persistent cache below already makes rebuilds fast.
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: {
      enable: true,
      // Worktrees share node_modules and so webpack's cache folder, and Taro names the cache only
      // `${NODE_ENV}-${TARO_ENV}`: with builds in other worktrees writing it, a weapp build here emitted
      // a chunk from before an edit. Each output folder (ZHIBU_BUILD_SUFFIX) gets its own cache.
      name: `${process.env.NODE_ENV}-${process.env.TARO_ENV}${process.env.ZHIBU_BUILD_SUFFIX ?? ''}`,
      // Taro already watches config/index and app.config; these also change what modules compile to.
      buildDependencies: {
        babel: [path.join(root, 'babel.config.js')],
        modes: [path.join(__dirname, 'dev.ts'), path.join(__dirname, 'prod.ts')],
      },
    },
    mini: {
      // types/ holds the contract shared with the cloud functions (ROLE_LABELS is a value).
      compile: { include: [path.resolve(root, 'types')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // NutUI styles are class-scoped, so the order pages import them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      // Imported images (the home's tool icons, src/assets/tools) are emitted as files, never inlined
      // as data URLs: WeChat's <image> documents SVG files, not SVG data URLs. `limit: true` means
      // "inline nothing" to Taro (webpack5-runner getAssetsMaxSize).
      imageUrlLoaderOption: { limit: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [path.resolve(root, 'types')] },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
