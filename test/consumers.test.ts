/**
 * The package as the projects that install it use it: `npm pack` of the built tree, installed once
 * (from npm's cache: `npm install --offline`, the registry only where the cache lacks a package)
 * into a temporary project, with a folder per kind of consumer sharing that install:
 * - an ES module `import` and a CommonJS `require` (the CommonJS one run with Node's require of ES
 *   modules turned off, as on Node 20.0-20.18: it must load dist/cjs, nothing of the ES build);
 * - TypeScript projects compiled by the project's own `tsc` with moduleResolution bundler, node16
 *   (ES module and CommonJS package types) and nodenext, each with and without skipLibCheck, then
 *   run with Node.
 * Each one lints a known draft through `outreach-lint` and through `outreach-lint/config`, and a known
 * sequence through `outreach-lint/sequence`, reads a rule's examples through `outreach-lint/examples`,
 * and must find what this checkout's build finds. Skipped, saying why, only when npm can reach neither its
 * cache nor the registry for a dependency.
 */
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
// @ts-expect-error: a plain ES module of the scripts, without types
import {isOffline, npm, root} from '../scripts/consumer.mjs'

const scratch = mkdtempSync(join(tmpdir(), 'outreach-lint-consumers-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))
const app = join(scratch, 'app')

const DRAFT = 'Hi Kim,\n\nI hope this email finds you well. We are the leading platform. Act now!!\n\nSam\n'
// The config entry's linter with a rule pack of its own (only the schema accepts packs).
const PACK = {rules: [{id: 'no-synergy', category: 'spammy', severity: 'error', message: 'Synergy: "{match}".', why: 'Vague.', check: 'phrase', patterns: ['synergy'], examples: {invalid: ['synergy'], valid: ['fit']}}]}
const CONFIGURED = `${DRAFT}Real synergy here.\n`
// A first touch and a bump the next day: the sequence entry's rules find the bump and the gap.
const SEQUENCE = {
  steps: [
    {channel: 'email', text: 'Hi Sam,\n\nSaw the Leeds depot doubled its night shift in May. How are you handling the rota changes?\n\nAna'},
    {channel: 'email', delay: '1d', text: 'Hi Sam,\n\nJust bumping this to the top of your inbox. Any thoughts?\n\nAna'}
  ]
}

interface Found {
  core: string[]
  config: string[]
  sequence: string[]
  examples: {rules: number; first: unknown; held: number}
  from: string
}

/** Run a program; resolves with its status and output (never rejects, so tests can run side by side). */
function run(command: string, args: string[], cwd: string): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {cwd, env: {...process.env, NO_COLOR: '1'}})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (status) => resolve({status, stdout, stderr}))
  })
}

/** Write `files` (path to text) under the app folder. */
function write(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(app, dir, name, '..'), {recursive: true})
    writeFileSync(join(app, dir, name), text)
  }
}

// What a program prints: the rule ids each entry's linter finds, and where the core came from.
const body = (resolved: string) => `
const core = lint(${JSON.stringify(DRAFT)}).messages.map((m) => m.ruleId)
const configured = configLinter({packs: [${JSON.stringify(PACK)}], channel: 'email'})
const config = configured.lint(${JSON.stringify(CONFIGURED)}).messages.map((m) => m.ruleId)
const sequence = lintSequence(${JSON.stringify(SEQUENCE)}).messages.map((m) => m.ruleId)
// The built-in rules' examples, which the core's linters do not hold.
const examples = {rules: builtinExamples().size, first: ruleExamples('generic-opener')?.invalid[0], held: configured.rules.filter((r) => r.examples !== undefined).length}
console.log(JSON.stringify({core, config, sequence, examples, from: ${resolved}}))
`

let skipped = ''
let expected: Omit<Found, 'from'>
let files: string[] = []
beforeAll(async () => {
  // What this checkout's build finds (rules change; the packed package must agree with its build).
  const here = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import {lint} from './dist/index.js'\nimport {createLinter as configLinter} from './dist/config.js'\nimport {lintSequence} from './dist/sequence.js'\nimport {builtinExamples, ruleExamples} from './dist/examples.js'\n${body("''")}`],
    {cwd: root, encoding: 'utf8'}
  )
  expect(here.status, here.stderr).toBe(0)
  const {core, config, sequence, examples} = JSON.parse(here.stdout) as Found
  expected = {core, config, sequence, examples}
  expect(expected.core).toContain('generic-opener')
  expect(expected.config).toContain('no-synergy')
  expect(expected.sequence).toEqual(['sequence-gap-too-short', 'sequence-no-new-content'])
  // Every built-in rule's examples; of the configured linter's rules, only the pack's rule holds its own.
  expect(expected.examples.rules).toBeGreaterThanOrEqual(25)
  expect(expected.examples.first).toEqual(expect.anything())
  expect(expected.examples.held).toBe(1)

  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], root))
  files = (packed.files as Array<{path: string}>).map((f) => f.path)
  mkdirSync(app, {recursive: true})
  writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'consumer', version: '1.0.0', private: true}, null, 2))
  const install = (mode: string) => npm(['install', mode, '--no-audit', '--no-fund', '--loglevel=error', join(scratch, packed.filename)], app)
  try {
    install('--offline')
  } catch (error) {
    if (!/ENOTCACHED/.test((error as {output?: string}).output ?? '')) throw error
    // A package npm's cache does not hold yet: from the registry, where there is one.
    try {
      install('--prefer-offline')
    } catch (again) {
      if (!isOffline(again)) throw again
      skipped = `npm could not install the tarball's dependencies (not in npm's cache, registry unreachable): ${(again as Error).message.split('\n')[0]}`
    }
  }
}, 180_000)

// Node 20.19+ and 22.12+ can require an ES module; this flag turns that off, as Node 20.0-20.18 are.
const noRequireEsm = spawnSync(process.execPath, ['--no-experimental-require-module', '-e', ''], {encoding: 'utf8'}).status === 0 ? ['--no-experimental-require-module'] : []

describe('the packed package in consumer projects', () => {
  test('the tarball holds both builds with their types and the bundles\' licences, and not the web page', () => {
    const entries = ['index', 'config', 'sequence', 'examples'].flatMap((e) => [`dist/${e}.js`, `dist/${e}.d.ts`, `dist/cjs/${e}.cjs`, `dist/cjs/${e}.d.cts`])
    for (const file of [...entries, 'dist/rules/examples.generated.js', 'dist/cjs/THIRD-PARTY-LICENSES.txt', 'dist/cli-bundle/THIRD-PARTY-LICENSES.txt']) {
      expect(files, file).toContain(file)
    }
    expect(files.filter((f) => f.startsWith('dist/web/') || f.endsWith('.png'))).toEqual([])
  })

  test('the install holds none of the packages that only the CLI bundle uses', (ctx) => {
    if (skipped) return ctx.skip(skipped)
    const installed = Object.keys(JSON.parse(readFileSync(join(app, 'node_modules/.package-lock.json'), 'utf8')).packages as object)
    expect(installed).toContain('node_modules/unified')
    const cliOnly = ['csv-parse', 'postal-mime', 'rehype-parse', 'remark-parse', 'remark-frontmatter', 'tinyglobby', 'ignore', 'micromark', 'parse5']
    expect(installed.filter((p) => cliOnly.some((name) => p.endsWith(`node_modules/${name}`)))).toEqual([])
  })

  test.concurrent('an ES module imports the ES build', async (ctx) => {
    if (skipped) return ctx.skip(skipped)
    write('esm', {
      'package.json': '{"type": "module"}',
      'main.js': `import {lint} from 'outreach-lint'\nimport {createLinter as configLinter} from 'outreach-lint/config'\nimport {lintSequence} from 'outreach-lint/sequence'\nimport {builtinExamples, ruleExamples} from 'outreach-lint/examples'\n${body("import.meta.resolve('outreach-lint') + ' ' + import.meta.resolve('outreach-lint/sequence') + ' ' + import.meta.resolve('outreach-lint/examples')")}`
    })
    const r = await run(process.execPath, ['main.js'], join(app, 'esm'))
    expect(r.stderr).toBe('')
    const {from, ...found} = JSON.parse(r.stdout) as Found
    expect(from).toMatch(/\/node_modules\/outreach-lint\/dist\/index\.js \S+\/node_modules\/outreach-lint\/dist\/sequence\.js \S+\/node_modules\/outreach-lint\/dist\/examples\.js$/)
    expect(found).toEqual(expected)
  }, 60_000)

  test.concurrent('CommonJS requires the CommonJS build, with no ES module loaded (as on Node 20.0-20.18)', async (ctx) => {
    if (skipped) return ctx.skip(skipped)
    write('cjs', {
      'package.json': '{"type": "commonjs"}',
      'main.js':
        `const {lint, createLinter, ConfigError} = require('outreach-lint')\nconst {createLinter: configLinter} = require('outreach-lint/config')\nconst {lintSequence} = require('outreach-lint/sequence')\nconst {builtinExamples, ruleExamples} = require('outreach-lint/examples')\n` +
        // Loading the config entry makes the core's createLinter validate packs too (one shared core).
        `if (createLinter({packs: [${JSON.stringify(PACK)}]}).rules.every((r) => r.id !== 'no-synergy')) throw new Error('the core did not take the pack')\n` +
        `try { configLinter({channel: 'fax'}); throw new Error('accepted') } catch (e) { if (!(e instanceof ConfigError)) throw e }\n` +
        body("require.resolve('outreach-lint') + ' ' + require.resolve('outreach-lint/config') + ' ' + require.resolve('outreach-lint/sequence') + ' ' + require.resolve('outreach-lint/examples')")
    })
    const r = await run(process.execPath, [...noRequireEsm, 'main.js'], join(app, 'cjs'))
    expect(r.stderr).toBe('')
    const {from, ...found} = JSON.parse(r.stdout) as Found
    expect(from).toMatch(/\/node_modules\/outreach-lint\/dist\/cjs\/index\.cjs \S+\/node_modules\/outreach-lint\/dist\/cjs\/config\.cjs \S+\/node_modules\/outreach-lint\/dist\/cjs\/sequence\.cjs \S+\/node_modules\/outreach-lint\/dist\/cjs\/examples\.cjs$/)
    expect(found).toEqual(expected)
  }, 60_000)

  // TypeScript: the types of both entries in use (a typo'd channel must not compile), then the
  // compiled program run. In a CommonJS package, node16/nodenext compile the imports to require().
  const tsCases = [
    {name: 'bundler', type: 'module', module: 'ESNext', moduleResolution: 'Bundler', build: 'dist/index.js'},
    {name: 'node16-esm', type: 'module', module: 'Node16', moduleResolution: 'Node16', build: 'dist/index.js'},
    {name: 'node16-cjs', type: 'commonjs', module: 'Node16', moduleResolution: 'Node16', build: 'dist/cjs/index.cjs'},
    {name: 'nodenext', type: 'module', module: 'NodeNext', moduleResolution: 'NodeNext', build: 'dist/index.js'}
  ]
  for (const c of tsCases) {
    for (const skipLibCheck of [false, true]) {
      test.concurrent(`TypeScript, moduleResolution ${c.name}, skipLibCheck ${skipLibCheck}`, async (ctx) => {
        if (skipped) return ctx.skip(skipped)
        const dir = `ts-${c.name}-${skipLibCheck ? 'skip' : 'check'}`
        const resolved = c.type === 'module' ? "(import.meta as unknown as {resolve(id: string): string}).resolve('outreach-lint')" : "require.resolve('outreach-lint')"
        write(dir, {
          'package.json': JSON.stringify({type: c.type}),
          'tsconfig.json': JSON.stringify({
            // The default libraries of the target (with the DOM's), no @types/node: what a browser app has.
            compilerOptions: {target: 'ES2022', module: c.module, moduleResolution: c.moduleResolution, types: [], strict: true, skipLibCheck, outDir: 'out'},
            files: ['index.ts']
          }),
          'index.ts':
            `import {lint, type LintResult, type LintMessage} from 'outreach-lint'\n` +
            `import {createLinter as configLinter, configSchema, parseWith, type Config} from 'outreach-lint/config'\n` +
            `import {lintSequence, type SequenceInput, type SequenceResult} from 'outreach-lint/sequence'\n` +
            `import {builtinExamples, ruleExamples, type RuleExamples} from 'outreach-lint/examples'\n` +
            (c.type === 'module' ? '' : 'declare const require: {resolve(id: string): string}\n') +
            `const typed: LintResult = lint('Hi')\nconst first: LintMessage | undefined = typed.messages[0]\nvoid first\n` +
            `const settings: Config = {channel: 'sms', rules: {'generic-opener': 'warn'}}\n` +
            // The schemas' types (no zod installed): parse gives the config with its defaults.
            `const channel: string | undefined = parseWith(configSchema, settings, 'settings').channel\nvoid channel\n` +
            `// @ts-expect-error: not a channel\nconst wrong: Config = {channel: 'fax'}\nvoid wrong\n` +
            `const steps: SequenceInput = {steps: [{channel: 'call', text: 'Ask about the rota.'}]}\nconst scored: SequenceResult = lintSequence(steps)\nvoid scored\n` +
            `// @ts-expect-error: not a step channel\nconst fax: SequenceInput = {steps: [{channel: 'fax', text: 'Hi'}]}\nvoid fax\n` +
            // A rule's examples may be missing: an id that is not built in has none.
            `// @ts-expect-error: possibly undefined\nconst missing: RuleExamples = ruleExamples('no-such-rule')\nvoid missing\n` +
            body(resolved)
        })
        const tsc = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], join(app, dir))
        expect(tsc.stdout + tsc.stderr).toBe('')
        expect(tsc.status).toBe(0)
        const r = await run(process.execPath, [...(c.type === 'commonjs' ? noRequireEsm : []), 'out/index.js'], join(app, dir))
        expect(r.stderr).toBe('')
        const {from, ...found} = JSON.parse(r.stdout) as Found
        expect(from.endsWith(`/node_modules/outreach-lint/${c.build}`), from).toBe(true)
        expect(found).toEqual(expected)
      }, 120_000)
    }
  }
})
