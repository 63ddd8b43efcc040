/** What the CLI tests share: the built binary, the exact-output fixtures, temporary folders. */
import {spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

export const root = resolve(import.meta.dirname, '..')
export const bin = join(root, 'bin', 'outreach-lint.js')
export const exact = join(root, 'fixtures', 'cli', 'exact')
const temps: string[] = []

/** A new temporary folder, removed by `removeTemps` (call it in `afterAll`). */
export function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'outreach-lint-cli-'))
  temps.push(dir)
  return dir
}

export function removeTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, {recursive: true, force: true})
}

/** Run the built CLI synchronously, without colour settings from the environment. */
export function cli(args: string[], options: {cwd?: string; input?: string | Buffer; env?: Record<string, string>} = {}): SpawnSyncReturns<string> {
  const env = {...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env}
  delete (env as Record<string, string | undefined>).NO_COLOR
  return spawnSync(process.execPath, [bin, ...args], {cwd: options.cwd ?? exact, input: options.input ?? '', encoding: 'utf8', env, timeout: 60_000})
}
