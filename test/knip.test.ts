/**
 * Nothing unused: no file outside what runs or tests (a scratch probe3.mjs at the top level), no
 * export that nothing imports, no dependency that nothing imports and no import of an undeclared
 * one, and no runtime dependency that only tests and scripts use. `npm run knip` (knip.jsonc says
 * what the entries are: the public API of package.json "exports", the CLI, the workers, the page).
 */
import {spawnSync} from 'node:child_process'
import {expect, test} from 'vitest'
import {root} from './cli-harness.js'

test('knip finds no unused file, export or dependency, and no runtime dependency only tests use', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const r = spawnSync(npm, ['run', '--silent', 'knip'], {cwd: root, encoding: 'utf8', timeout: 120_000})
  expect(r.stdout + r.stderr).toBe('')
  expect(r.status).toBe(0)
}, 120_000)
