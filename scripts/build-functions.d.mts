/** Types for scripts/build-functions.mjs, which deploy/cli.ts imports. */
export function functionNames(): string[]
export function buildFunctions(options?: {
  define?: Record<string, string>
  outDir?: (name: string) => string
}): Promise<string[]>
/** The esbuild `define` that bakes template ids into the bundles (`{}` when none are given). */
export function templateIdsDefine(ids: Record<string, string>): Record<string, string>
