/**
 * No network, ever: the built CLI and the library run under a preload that makes every outbound
 * connection (sockets, DNS, http/https/http2, fetch, WebSocket, UDP) record itself and throw, and
 * the test asserts that nothing was recorded. Also: `--format json` prints JSON and nothing else
 * (natural's package root prints to stdout; the library loads none of natural: its stemmer is built
 * into dist/vendor).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const preload = fileURLToPath(new URL('./no-network-preload.mjs', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'outreach-lint-net-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

let runs = 0
function run(args: string[]) {
  const log = join(scratch, `net-${runs++}.log`)
  const result = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, OUTREACH_LINT_NET_LOG: log, NO_COLOR: '1', FORCE_COLOR: '0'},
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024
  })
  const attempts = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []
  return {...result, attempts}
}

describe('no network', () => {
  test('the preload really catches connections (the test can fail)', () => {
    const probe = run([
      '--input-type=module',
      '-e',
      "import net from 'node:net'; import dns from 'node:dns'; try { net.connect(80, 'example.com') } catch {} ; try { dns.lookup('example.com', () => {}) } catch {} ; try { await fetch('https://example.com') } catch {}"
    ])
    expect(probe.attempts.map((a) => JSON.parse(a).what)).toEqual(['net.connect', 'dns.lookup', 'fetch'])
  })

  test('the CLI lints the samples as JSON, prints nothing else, and connects nowhere', () => {
    expect(existsSync(join(root, 'dist/cli/main.js')), 'run `npm run build` first (npm test does)').toBe(true)
    const result = run(['bin/outreach-lint.js', '--format', 'json', 'fixtures/samples'])
    expect(result.attempts).toEqual([])
    expect(result.error).toBeUndefined()
    expect([0, 1], result.stderr).toContain(result.status)
    // Valid JSON and nothing else: no dotenv lines, no banners, no warnings on stdout.
    const parsed = JSON.parse(result.stdout)
    expect(result.stdout.trim().startsWith('[') || result.stdout.trim().startsWith('{')).toBe(true)
    const files = Array.isArray(parsed) ? parsed : (parsed.results ?? parsed.files ?? [])
    expect(JSON.stringify(files)).toContain('cold-email-pitch')
    expect(result.stderr).not.toMatch(/dotenv|injecting env/i)
  })

  test('the library (createLinter, lint, rewrite) connects nowhere and loads nothing of natural (its stemmer is in dist/vendor)', () => {
    const script = `
      import {createRequire} from 'node:module'
      import {readFileSync, readdirSync} from 'node:fs'
      const lib = await import('./dist/index.js')
      const linter = lib.createLinter({channel: 'email'})
      for (const name of readdirSync('fixtures/samples')) {
        const text = readFileSync('fixtures/samples/' + name, 'utf8')
        linter.lint({text, subject: 'Re: quick question', recipient: {name: 'Ana', company: 'Northwind'}})
        linter.rewrite(text)
      }
      lib.lint('Visit https://calendly.com/dan/15min or www.example.com, mail dan@example.com, ping @dana')
      const require = createRequire(import.meta.url)
      const natural = Object.keys(require.cache).filter((k) => /[\\\\/]natural[\\\\/]/.test(k))
      const clients = Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/](?:pg|mongoose|mongodb|redis|@redis|memjs|dotenv)[\\\\/]/.test(k))
      process.stdout.write(JSON.stringify({natural, clients}))
    `
    const result = run(['--input-type=module', '-e', script])
    expect(result.stderr).toBe('')
    expect(result.attempts).toEqual([])
    const {natural, clients} = JSON.parse(result.stdout) as {natural: string[]; clients: string[]}
    // natural is a devDependency (installed here, not for users) and its database clients with it.
    expect(natural).toEqual([])
    expect(clients).toEqual([])
  })
})
