import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-*/',
      '.data/',
      '.cache/',
      'coverage/',
      'cloudfunctions/*/index.js',
      'src/components/native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // One time module (types/time.ts): no hand-written minute/hour/day arithmetic or +08:00 offsets.
    files: ['src/**/*.{ts,tsx}', 'cloudfunctions/**/*.ts', 'types/**/*.ts', 'emulator/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'types/time.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'BinaryExpression[operator="*"]:matches([left.value=3600], [right.value=3600], [left.value=60][right.value=1000], [right.value=60000], [right.value=3600000], [right.value=86400000])',
          message: '时间常量请用 types/time.ts 的 MINUTE_MS / HOUR_MS / DAY_MS',
        },
        {
          selector: 'Literal[value=/[+]08:00/]',
          message: '北京时间请用 types/time.ts（shanghaiInstant、shanghaiDay 等）',
        },
        {
          // Who may do what: the role sets and permits() of types/roles.ts, never a hand-written test.
          selector:
            'BinaryExpression[operator="==="]:matches([right.value="admin"], [left.value="admin"])',
          message:
            "权限判断请用 types/roles.ts 的 permits(roles, ADMINS)，不要手写 role === 'admin'",
        },
      ],
    },
  },
  {
    // Each cloud function is bundled on its own: what two functions share (stored shapes, id and row
    // constructors, shared queries) lives in cloudfunctions/_shared/, never in another function's src.
    files: ['cloudfunctions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+[^./][^/]*/src(/|$)',
              message:
                '云函数不引用别的云函数的 src：把共用的记录形状和构造函数移到 cloudfunctions/_shared/records/，共用查询移到 cloudfunctions/_shared/，两边都从那里引用',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
