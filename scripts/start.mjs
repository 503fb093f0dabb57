// `npm start`: build the cloud functions and the H5 app, then run the local cloud + gateway on
// 127.0.0.1 (PORT, default 8787) with demo data in .data/.
import { spawnSync, spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)

function run(title, command, args) {
  console.log(`▶ ${title}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✘ ${title} failed; see the output above`)
    process.exit(result.status ?? 1)
  }
}

run('building cloud functions', process.execPath, ['scripts/build-functions.mjs'])
if (!process.argv.includes('--skip-h5')) {
  run('building the H5 app (first build takes ~30 s)', bin('taro'), ['build', '--type', 'h5'])
}

const server = spawn(process.execPath, ['--import', 'tsx', 'emulator/server.ts'], {
  cwd: root,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
