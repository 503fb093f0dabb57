/**
 * The Node.js runtime the cloud functions are created with, and the esbuild target their bundles are
 * built for — one place, so the two agree. Cloud functions offer Nodejs 16.13, 18.15 and newer; the
 * bundles target the oldest of these, so a function created with Nodejs16.13 or any newer runtime
 * runs them (create each function with at least Nodejs16.13).
 * 参考文档：https://docs.cloudbase.net/cloud-function/runtime-support
 */
const FUNCTIONS_RUNTIME = 'Nodejs16.13'
const ESBUILD_TARGET = 'node16.13'

module.exports = { FUNCTIONS_RUNTIME, ESBUILD_TARGET }
