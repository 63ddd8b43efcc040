#!/usr/bin/env node
// The CommonJS build of the library: dist/cjs/index.cjs, config.cjs, sequence.cjs and examples.cjs
// (with the chunks they share, so that loading `outreach-lint/config` makes the core's createLinter
// validate, as in the ES module build, and the sequence entry lints with the core's linter), and
// their types, index.d.cts, config.d.cts, sequence.d.cts and examples.d.cts. `require('outreach-lint')` then works
// on every Node the package supports, including Node 20.0-20.18, which cannot require an ES module.
//
// Made by rolldown (the bundler the project builds with) from the ES module build (dist/index.js,
// dist/config.js, dist/sequence.js: tsc's output with the built-in pack validated and compiled, so a step after
// `build-rules --validated`), and the types by rolldown-plugin-dts from the sources. A dependency
// that CommonJS can require (a CommonJS package, or one whose `exports` have a `require` condition:
// safe-regex2) stays a dependency; the ES-module-only ones (unified, vfile,
// the nlcst utilities, parse-english, syllable) are bundled into the chunk, and so are the modules
// of dist/vendor (zod's functions, into config.cjs only: the core does not load them).
//
//   node scripts/bundle-cjs.mjs        (a step of `npm run build`; needs Node 20.19 or later)
import {readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'rolldown'
import {dts} from 'rolldown-plugin-dts'
import {writeLicences} from './licences.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'cjs')
const require = createRequire(join(root, 'package.json'))
rmSync(out, {recursive: true, force: true})

/** The package a bare import names: `@scope/name` or `name`. */
const packageName = (id) => (id.startsWith('@') ? id.split('/').slice(0, 2) : id.split('/').slice(0, 1)).join('/')

const {dependencies} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

/**
 * True when the package is one of this package's dependencies (so it is installed beside it; a
 * dependency of a dependency may not be reachable from here, as under pnpm) and CommonJS can require
 * it on every Node: it is CommonJS, or it exports a `require` condition.
 */
function requirable(name) {
  if (!Object.hasOwn(dependencies, name)) return false
  let manifest
  try {
    manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'))
  } catch {
    // A package that does not export its package.json: judge it by its type field from its folder.
    const dir = join(root, 'node_modules', name)
    manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  }
  if (manifest.exports) return JSON.stringify(manifest.exports).includes('"require"')
  return manifest.type !== 'module'
}

/** A package's name, not a path, a package import (#...) or a bundler's own module. */
const isBare = (id) => !(id.startsWith('.') || id.startsWith('/') || id.startsWith('#') || /^[A-Za-z]:[\\/]/.test(id) || id.startsWith('\0'))

const known = new Map()
/** Keep as a require: Node's built-ins and requirable packages; bundle the rest (and the project's own files). */
function external(id) {
  if (id.startsWith('node:')) return true
  if (!isBare(id)) return false
  const name = packageName(id)
  if (!known.has(name)) known.set(name, requirable(name))
  return known.get(name)
}

const input = {index: 'dist/index.js', config: 'dist/config.js', sequence: 'dist/sequence.js', examples: 'dist/examples.js'}
const {output} = await build({
  cwd: root,
  input,
  // For Node's require (a browser bundler takes the ES module build); 'node' also resolves packages
  // by their `main` field, as pluralize (syllable's dependency) needs.
  platform: 'node',
  external,
  output: {dir: out, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs', exports: 'named'},
  logLevel: 'warn'
})
writeLicences(output, join(out, 'THIRD-PARTY-LICENSES.txt'), 'dist/cjs (the CommonJS build)')

// Types: the declarations of the same four entries, bundled from the sources as CommonJS
// declarations (.d.cts), the packages they name left as imports, except vfile's: vfile is an ES
// module package, and a CommonJS declaration file may not import it (TypeScript's TS1479 under
// node16/nodenext), so its declarations (and its message's) are copied in.
const inlinedTypes = new Set(['vfile', 'vfile-message'])
await build({
  cwd: root,
  input: {index: 'src/index.ts', config: 'src/config.ts', sequence: 'src/sequence.ts', examples: 'src/examples.ts'},
  platform: 'neutral',
  external: (id) => isBare(id) && !inlinedTypes.has(packageName(id)),
  plugins: [dts({tsconfig: join(root, 'tsconfig.json'), emitDtsOnly: true})],
  checks: {pluginTimings: false},
  // rolldown-plugin-dts writes declarations as ES module syntax; named .d.cts, TypeScript reads them
  // as the declarations of the CommonJS files beside them.
  output: {dir: out, format: 'es', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs'},
  logLevel: 'warn'
})
