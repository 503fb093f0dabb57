import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DemoIdentityKey } from '../../emulator/demo/identities'

const root = join(__dirname, '../..')

export interface RunningGateway {
  url: string
  dataDir: string
  process: ChildProcess
  /** Graceful stop (SIGTERM: snapshot and close). */
  stop(): Promise<void>
  /** SIGKILL: no chance to flush anything. */
  kill(): Promise<void>
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

/** Starts `emulator/server.ts` (as `npm start` does, minus the builds) on a free port of 127.0.0.1. */
const START_SECONDS = 90

export function startGateway(
  dataDir = mkdtempSync(join(tmpdir(), 'zhibu-gw-')),
): Promise<RunningGateway> {
  // One process (not the tsx CLI, which forks a child that a SIGKILL would orphan).
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', ZHIBU_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolve, reject) => {
    // tsx compiles the emulator and the seed on start: on a 2-core machine running jest's workers
    // that has been seen to take over 30 s.
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`gateway did not start in ${START_SECONDS} s:\n${output}`))
    }, START_SECONDS * 1000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (!match) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      resolve({
        url: match[1],
        dataDir,
        process: child,
        stop: async () => {
          child.kill('SIGTERM')
          await exited(child)
        },
        kill: async () => {
          child.kill('SIGKILL')
          await exited(child)
        },
      })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`gateway exited with ${code}:\n${output}`))
    })
  })
}

/** A browser-less client of the gateway, logged in as a demo identity (cookie session). */
export async function gatewayClient(url: string, key: DemoIdentityKey | string) {
  const login = await fetch(`${url}/__local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key }),
  })
  if (!login.ok) throw new Error(`login as ${key} failed: ${login.status}`)
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
  return {
    async call(name: string, data: Record<string, unknown>) {
      const response = await fetch(`${url}/__local/callFunction`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ name, data }),
      })
      return { status: response.status, body: (await response.json()) as { result: any } } // eslint-disable-line @typescript-eslint/no-explicit-any -- wire JSON
    },
  }
}
