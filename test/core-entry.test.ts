/**
 * Two entry points: `outreach-lint` (the core: no zod, nothing compiled at run time) and
 * `outreach-lint/config` (configs and rule packs validated by the schema). Run against the build,
 * in processes of their own, so that nothing else has loaded the config entry first.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {rolldown} from 'rolldown'
import {afterAll, describe, expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'outreach-lint-core-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

function node(script: string, env: Record<string, string> = {}, preload?: string) {
  const result = spawnSync(process.execPath, [...(preload ? ['--import', preload] : []), '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, ...env},
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024
  })
  expect(result.status, result.stderr).toBe(0)
  return JSON.parse(result.stdout)
}

/** The modules of `entry` bundled for the browser. */
async function bundledModules(entry: string): Promise<string[]> {
  const bundle = await rolldown({input: join(root, entry), platform: 'browser', logLevel: 'silent'})
  const {output} = await bundle.generate({format: 'esm'})
  await bundle.close()
  return output.flatMap((o) => (o.type === 'chunk' ? Object.keys(o.modules) : []))
}

// zod as the package ships it: the parts it uses, built into dist/vendor/zod.js (scripts/bundle-vendor.mjs).
const isZod = (id: string) => /[\\/]node_modules[\\/]zod[\\/]|[\\/]dist[\\/]vendor[\\/]zod\.js$/.test(id)
const isChecker = (id: string) => /[\\/]node_modules[\\/]safe-regex2[\\/]|[\\/]dist[\\/]rules[\\/]safe-regex\.js$/.test(id)
// The built-in rules' examples (outreach-lint/examples): only what documents or tests the rules reads them.
const isExamples = (id: string) => /[\\/]dist[\\/]rules[\\/]examples\.generated\.js$/.test(id)

const SETTINGS = [{channel: 'sms'}, {maxLength: 400, rendered: true}, {rules: {'false-urgency': 'info', 'exclamation-run': ['error'], 'apologetic-opener': 'off'}}, {}]

describe('the core entry', () => {
  test("bundled for the browser, it holds no zod, no regex checker and no rule's examples; the config entry holds all three", async () => {
    expect(existsSync(join(root, 'dist/config.js')), 'run `npm run build` first (npm test does)').toBe(true)
    const core = await bundledModules('dist/index.js')
    expect(core.some((id) => id.endsWith(join('dist', 'index.js')))).toBe(true)
    expect(core.filter(isZod)).toEqual([])
    expect(core.filter(isChecker)).toEqual([])
    expect(core.filter(isExamples)).toEqual([])
    const config = await bundledModules('dist/config.js')
    expect(config.some(isZod)).toBe(true)
    expect(config.some(isChecker)).toBe(true)
    expect(config.some(isExamples)).toBe(true)
    // The examples entry is the examples and nothing of the linter.
    expect((await bundledModules('dist/examples.js')).map((id) => id.slice(root.length).replace(/\\/g, '/'))).toEqual(['dist/rules/examples.generated.js', 'dist/examples.js'])
  })

  test('a linter with settings and rule levels loads no zod, and finds what the config entry finds', () => {
    const log = join(scratch, 'modules.log')
    const lintAll = `(linter) => {
        const {vocabulary, ...config} = linter.config
        const drafts = readdirSync('fixtures/samples').map((name) => readFileSync('fixtures/samples/' + name, 'utf8'))
        return {config, rules: linter.rules.map((r) => r.id + ' ' + r.severity), results: drafts.map((text) => linter.lint({text, subject: 'Quick question!!'}))}
      }`
    const script = `
      import {readdirSync, readFileSync} from 'node:fs'
      const lintAll = ${lintAll}
      const core = await import('./dist/index.js')
      const settings = ${JSON.stringify(SETTINGS)}
      const fromCore = settings.map((c) => lintAll(core.createLinter(c)))
      process.stdout.write(JSON.stringify({fromCore}))`
    const {fromCore} = node(script, {OUTREACH_LINT_MODULE_LOG: log}, fileURLToPath(new URL('./module-log-preload.mjs', import.meta.url)))
    const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean)
    expect(loaded.some((m) => m.endsWith('/dist/index.js'))).toBe(true)
    expect(loaded.filter(isZod)).toEqual([])
    expect(loaded.filter(isChecker)).toEqual([])
    expect(loaded.filter(isExamples)).toEqual([])

    const {fromConfig} = node(`
      import {readdirSync, readFileSync} from 'node:fs'
      const lintAll = ${lintAll}
      const lib = await import('./dist/config.js')
      process.stdout.write(JSON.stringify({fromConfig: ${JSON.stringify(SETTINGS)}.map((c) => lintAll(lib.createLinter(c)))}))`)
    expect(fromCore).toEqual(fromConfig)
    expect(fromCore[0].config.channel).toBe('sms')
    expect(fromCore[2].rules).toContain('false-urgency info')
    expect(fromCore[2].rules).not.toContain(expect.stringMatching(/^apologetic-opener /))
    expect(fromCore[2].results).not.toEqual(fromCore[3].results)
  })

  test('what needs the schema is refused by the core with a line naming the field, and accepted once the config entry is loaded', () => {
    const pack = {rules: [{id: 'no-synergy', category: 'spammy', severity: 'error', message: 'Synergy: "{match}".', why: 'Vague.', check: 'phrase', patterns: ['synergy'], examples: {invalid: ['synergy'], valid: ['fit']}}]}
    const out = node(`
      const core = await import('./dist/index.js')
      const configs = ${JSON.stringify([{channel: 'fax'}, {maxLength: 0}, {rendered: 'yes'}, {rules: {nope: 'warn'}}, {rules: {'false-urgency': 'loud'}}, {extra: 1}, {packs: [pack]}, {rules: {'false-urgency': ['warn', {patterns: ['act now']}]}}, null])}
      const tryIt = (c) => { try { core.createLinter(c); return 'ok' } catch (e) { return e.name + ': ' + e.message } }
      const before = configs.map(tryIt)
      await import('./dist/config.js')
      const after = configs.slice(6, 8).map(tryIt)
      const found = core.createLinter({packs: [${JSON.stringify(pack)}]}).lint('Real synergy here.').messages.filter((m) => m.ruleId === 'no-synergy').map((m) => m.actual)
      process.stdout.write(JSON.stringify({before, after, found}))`)
    const schema = "rule packs and rule options are validated by the schema: use createLinter from 'outreach-lint/config'"
    expect(out.before).toEqual([
      'ConfigError: config: channel: expected one of email, followup, linkedin-connect, linkedin-inmail, sms',
      'ConfigError: config: maxLength: expected a whole number above 0',
      'ConfigError: config: rendered: expected true or false',
      'ConfigError: config: rules.nope: unknown rule "nope"',
      'ConfigError: config: rules.false-urgency: expected one of off, warn, warning, error, info',
      'ConfigError: config: (top level): unknown key "extra"',
      `ConfigError: config: packs: ${schema}`,
      `ConfigError: config: rules.false-urgency: ${schema}`,
      'ConfigError: config: (top level): expected an object, got null'
    ])
    expect(out.after).toEqual(['ok', 'ok'])
    expect(out.found).toEqual(['synergy'])
  })

  test('no code is generated at run time (a strict CSP refuses eval and new Function): not by the core, not by the schema', () => {
    const out = node(`
      const calls = []
      const refuse = (what) => { calls.push(what); throw new EvalError('refused by the content security policy') }
      globalThis.Function = new Proxy(Function, {construct: () => refuse('new Function'), apply: () => refuse('Function()')})
      globalThis.eval = () => refuse('eval')
      const core = await import('./dist/index.js')
      core.createLinter({channel: 'sms'}).lint('Hi Sam, act now!! Quick question: does {{company}} still reconcile by hand?')
      const config = await import('./dist/config.js')
      const linter = config.createLinter({rules: {'false-urgency': ['warn', {patterns: ['act now']}]}, packs: [{rules: [], signals: {'trigger-event': {patterns: ['saw your talk']}}}]})
      const findings = linter.lint('Act now, this offer ends Friday.').messages.map((m) => m.ruleId)
      config.parseWith(config.configSchema, {channel: 'sms', rules: {'false-urgency': 'off'}}, 'config')
      process.stdout.write(JSON.stringify({calls, findings}))`)
    expect(out.calls).toEqual([])
    expect(out.findings).toContain('false-urgency')
  })
})
