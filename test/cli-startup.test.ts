/**
 * A cold start loads only what the run needs: linting a draft with the built-in rules (no config
 * file, no --rule or --config) loads no zod and no regex checker, because the build ships the
 * built-in pack validated and compiled. A config to check still loads the schema and still gets its
 * one-line error and exit code 2.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, test} from 'vitest'
import {bin, root} from './cli-harness.js'

const preload = fileURLToPath(new URL('./module-log-preload.mjs', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'outreach-lint-startup-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

let runs = 0
/** Run the built CLI in `cwd`; returns its result and the modules it loaded (paths, forward slashes). */
function run(args: string[], cwd: string) {
  const log = join(scratch, `modules-${runs++}.log`)
  const result = spawnSync(process.execPath, ['--import', preload, bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, OUTREACH_LINT_MODULE_LOG: log, NO_COLOR: '1'},
    timeout: 60_000
  })
  const modules = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map((m) => m.replace(/\\/g, '/')) : []
  return {...result, modules}
}

// zod is the package's dist/vendor/zod.js, which the CLI bundle imports too (scripts/bundle-cli.mjs);
// the checker is a module of its own unbundled, and a chunk of its own, named so, in the bundle.
const isZod = (module: string) => /\/node_modules\/zod\/|\/dist\/vendor\/zod\.js$/.test(module)
const isRegexChecker = (module: string) =>
  /\/node_modules\/safe-regex2\/|\/dist\/rules\/safe-regex\.js$|\/dist\/cli-bundle\/safe-regex-[\w-]+\.js$/.test(module)

/** engine/rewrite.js and the plan in dist/fix/ unbundled; the chunk named so in the bundle. */
const isRewritePlan = (module: string) =>
  /\/dist\/engine\/rewrite\.js$|\/dist\/fix\/(?:plan|decide|ask|sentence|draft)\.js$|\/dist\/cli-bundle\/rewrite-plan-[\w-]+\.js$/.test(module)

describe('cold start', () => {
  test('one draft with the built-in rules loads no zod and no regex checker', () => {
    expect(existsSync(join(root, 'dist/cli/main.js')), 'run `npm run build` first (npm test does)').toBe(true)
    // A folder of its own: no config file on the way up from it (the system's temporary folder).
    const dir = mkdtempSync(join(scratch, 'plain-'))
    writeFileSync(join(dir, 'draft.txt'), 'Hi Kim,\n\nI hope this email finds you well. We are the leading platform.\n\nSam\n')
    const r = run(['draft.txt'], dir)
    expect(r.status, r.stderr).toBe(1)
    expect(r.stdout).toContain('generic-opener')
    // The log is real: it has the CLI (the bundle, as the build makes it), and the CommonJS side
    // (commander) too.
    expect(r.modules.some((m) => m.endsWith('/dist/cli-bundle/main.js'))).toBe(true)
    expect(r.modules.some((m) => /\/node_modules\/commander\//.test(m))).toBe(true)
    expect(r.modules.filter(isZod)).toEqual([])
    expect(r.modules.filter(isRegexChecker)).toEqual([])
    // The rewrite's code (the whole-draft plan) is loaded by `rewrite` only.
    expect(r.modules.filter(isRewritePlan)).toEqual([])
    const rewritten = run(['rewrite', 'draft.txt'], dir)
    expect(rewritten.status, rewritten.stderr).toBe(0)
    expect(rewritten.stdout).not.toContain('I hope this email finds you well')
    expect(rewritten.modules.some(isRewritePlan)).toBe(true)
    // The HTTP service is loaded by `serve` only.
    expect(r.modules.filter((m) => /\/node_modules\/(fastify|prom-client|pino)\/|\/dist\/serve\/|\/dist\/cli-bundle\/start-[\w-]+\.js$/.test(m))).toEqual([])
  })

  test('a config file is validated and compiled as it comes; a bad one gets a one-line error naming the field, exit 2', () => {
    const dir = mkdtempSync(join(scratch, 'config-'))
    writeFileSync(join(dir, '.outreachlintrc.json'), JSON.stringify({rules: {'generic-opener': 'off'}}))
    writeFileSync(join(dir, 'draft.txt'), 'Hi Kim,\n\nI hope this email finds you well. We are the leading platform.\n\nSam\n')
    const good = run(['draft.txt'], dir)
    expect(good.status, good.stderr).toBe(1)
    expect(good.stdout).toContain('company-boast')
    expect(good.stdout).not.toContain('generic-opener')
    expect(good.modules.some(isZod)).toBe(true)
    expect(good.modules.some(isRegexChecker)).toBe(true)

    writeFileSync(join(dir, '.outreachlintrc.json'), JSON.stringify({rules: {'generic-opener': ['warn', {scope: 'middle'}]}}))
    const bad = run(['draft.txt'], dir)
    expect(bad.status).toBe(2)
    expect(bad.stderr.split('\n')[0]).toMatch(/^outreach-lint: \.outreachlintrc\.json: rules\.generic-opener: scope: /)
  })

  test('--rule is checked against the rules (the schema path): unknown ids are named, exit 2', () => {
    const dir = mkdtempSync(join(scratch, 'rule-'))
    writeFileSync(join(dir, 'draft.txt'), 'Hi Kim, saw your post.\n')
    const r = run(['--rule', 'no-such-rule=off', 'draft.txt'], dir)
    expect(r.status).toBe(2)
    expect(r.stderr.split('\n')[0]).toMatch(/^outreach-lint: --rule: rules\.no-such-rule: unknown rule/)
  })

  test('the unbundled CLI (run where the bundler cannot) prints exactly what the bundle prints', () => {
    expect(existsSync(join(root, 'dist/cli-bundle/main.js')), 'the build bundles the CLI').toBe(true)
    const unbundled = `import {main} from ${JSON.stringify(new URL('../dist/cli/main.js', import.meta.url).href)}; main(process.argv).then((code) => { process.exitCode = code })`
    for (const args of [['fixtures/samples'], ['-f', 'json', 'fixtures/samples'], ['--rule', 'generic-opener=off', '-f', 'github', 'fixtures/samples']]) {
      const bundled = spawnSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
      const plain = spawnSync(process.execPath, ['--input-type=module', '-e', unbundled, 'outreach-lint', ...args], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
      expect(plain.stderr, args.join(' ')).toBe(bundled.stderr)
      expect(plain.status, args.join(' ')).toBe(bundled.status)
      expect(plain.stdout, args.join(' ')).toBe(bundled.stdout)
      expect(bundled.stdout.length).toBeGreaterThan(100)
    }
  })
})
