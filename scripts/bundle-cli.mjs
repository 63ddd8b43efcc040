#!/usr/bin/env node
// Bundle the CLI (dist/cli/main.js and its worker) into a few files in dist/cli-bundle, so that a
// run resolves and compiles a handful of modules instead of about a hundred: Node 20's ES module
// loader spends most of a cold start finding files. The library (dist/index.js) is not bundled.
//
//   node scripts/bundle-cli.mjs        (the last step of `npm run build`)
//
// Optional: where the bundler cannot run (it needs Node 20.19 or later), the bundle is left out and
// bin/outreach-lint.js runs dist/cli/main.js as it is, with the same output.
import {rmSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

import {writeLicences} from './licences.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'cli-bundle')
rmSync(out, {recursive: true, force: true})

// The built-in rule pack (dist/rules/builtin.generated.js, half a megabyte: the validated rules and
// their compiled phrase sets) and the rules' examples (dist/rules/examples.generated.js, read by
// `explain` and the service) are the library's; the bundle imports those modules instead of carrying
// second copies. One module each, so the start loses nothing to the loader.
const shared = new Set(['builtin.generated.js', 'examples.generated.js'].map((name) => join(root, 'dist', 'rules', name)))
const sharedPack = {
  name: 'shared-builtin-pack',
  resolveId(source, importer) {
    if (!importer || !/(?:^|\/)(?:builtin|examples)\.generated\.js$/.test(source)) return null
    const path = join(dirname(importer), source)
    return shared.has(path) ? {id: `../rules/${basename(path)}`, external: true} : null
  }
}

try {
  const {build} = await import('rolldown')
  const {output} = await build({
    cwd: root,
    // The worker is an entry of its own, next to the chunks: run.js finds it as ./worker.js.
    input: {main: 'dist/cli/main.js', worker: 'dist/cli/worker.js'},
    platform: 'node',
    plugins: [sharedPack],
    // tinypool finds its own thread entry relative to its module, so it stays a package; the HTTP
    // service's packages (loaded only by `serve`) stay packages too: Fastify and its logger load
    // files of their own at run time. The report's charting packages are optional peers: they stay
    // packages, found where installed.
    // zod too, as the package's own dist/vendor/zod.js ('#zod', package.json "imports"), which the
    // library loads anyway.
    external: ['tinypool', 'fastify', 'prom-client', '@observablehq/plot', 'linkedom', '#zod', /^node:/],
    output: {
      dir: out,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      // What a plain run must not load keeps a name of its own (test/cli-startup.test.ts checks).
      // What the entries load up front (the worker: the whole lint, not the rewrite) is one chunk, `lint`: a run
      // that lints loads 9 modules instead of 24, and Node 20's loader resolves each (4% of a cold
      // start's CPU; `--version` and `--help` load it too, 25 ms more for them). The CLI's own main
      // stays out of it, so main.js is the CLI, not a re-export.
      codeSplitting: {
        groups: [
          {name: 'safe-regex', test: /[\\/]node_modules[\\/]safe-regex2[\\/]/},
          {name: 'lint', tags: ['$initial'], test: (id) => !/[\\/]dist[\\/]cli[\\/]main\.js$/.test(id)},
          // The rewrite's code (engine/rewrite.js and the plan in fix/), loaded by `rewrite` only:
          // after `lint`, so that what the lint shares with it stays in `lint`.
          {name: 'rewrite-plan', test: /[\\/]dist[\\/](?:engine[\\/]rewrite|fix[\\/](?:plan|decide|ask|sentence|draft|edits|why|subject))\.js$/}
        ]
      }
    },
    logLevel: 'warn'
  })
  // The bundle carries the code of the CLI's own packages (the file formats, the file walk, the
  // reporter: devDependencies, not installed with the package), so it carries their licences.
  writeLicences(output, join(out, 'THIRD-PARTY-LICENSES.txt'), 'dist/cli-bundle (the command line)')
} catch (error) {
  rmSync(out, {recursive: true, force: true})
  console.warn(`bundle-cli: no bundle (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the CLI runs unbundled`)
}
