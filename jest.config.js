// Three projects, one command: cloud functions + emulator (node), React components (jsdom), weapp
// rendering (miniprogram-simulate), and the gateway + real-Chromium e2e against the built app.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
    module: { type: 'commonjs' },
  },
]

module.exports = {
  projects: [
    {
      displayName: 'functions',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: [
        '<rootDir>/cloudfunctions/**/*.test.ts',
        '<rootDir>/emulator/**/*.test.ts',
        '<rootDir>/test/functions/**/*.test.ts',
        '<rootDir>/test/emulator/**/*.test.ts',
        '<rootDir>/test/deploy/**/*.test.ts',
      ],
      // Every function's `require('wx-server-sdk')` gets the emulator's patched instance of the real SDK.
      moduleNameMapper: { '^wx-server-sdk$': '<rootDir>/emulator/sdk.ts' },
      setupFilesAfterEnv: ['<rootDir>/test/helpers/loaded-machine.ts'],
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.svg$': '<rootDir>/test/stubs/file-url.js' },
      testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/test/components/**/*.test.tsx'],
      setupFilesAfterEnv: [
        '<rootDir>/test/helpers/loaded-machine.ts',
        '<rootDir>/test/stubs/testing-library.ts',
      ],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/stubs/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/stubs/components.tsx',
        '^@nutui/nutui-react-taro(/.*)?$': '<rootDir>/test/stubs/nutui.tsx',
        '\\.(css|scss)$': '<rootDir>/test/stubs/style.ts',
        '^@/(.*)$': '<rootDir>/src/$1',
      },
    },
    {
      displayName: 'weapp',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/loaded-machine.ts'],
    },
    {
      // Needs the built function bundles and dist-h5 (scripts/test.mjs builds them first).
      displayName: 'gateway',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/test/gateway/**/*.test.ts', '<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
}
