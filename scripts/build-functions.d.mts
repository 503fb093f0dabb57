/** Types for scripts/build-functions.mjs, which deploy/cli.ts imports. */
export function functionNames(): string[]
export function buildFunctions(options?: {
  define?: Record<string, string>
  outDir?: (name: string) => string
}): Promise<string[]>
