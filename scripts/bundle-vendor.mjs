#!/usr/bin/env node
// Bundle the parts of third-party packages that the package runs into dist/vendor, so that the
// published package does not depend on the whole package. Each module is built from the installed
// devDependency, as an ES module with no Node built-ins (the core stays browser-safe), with the
// package's licence text at its head and beside it; src/ imports it through package.json "imports",
// so the library, the CLI bundle, the CommonJS build and the tests all load this file.
// - `natural`: only its Porter stemmer ('#porter-stemmer'); natural's package would bring WordNet and
//   database clients such as pg, mongodb and redis into every install.
// - `zod`: only the functions the schemas use ('#zod', tree-shaken: about 190 KB of zod's 6 MB). Its
//   types are zod's own, for this checkout's compiler; the package's public types name no zod
//   (src/rules/format.ts), so a project that installs the package needs no zod, not even for tsc.
//
//   node scripts/bundle-vendor.mjs     (the first step of `npm run build`: tsc reads its .d.ts)
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'vendor')
const require = createRequire(join(root, 'package.json'))

// The zod functions src/ calls (`import * as z from '#zod'`): a name missing here is a type error
// there, since the types give every other name of zod as a type only.
const ZOD_NAMES = ['array', 'boolean', 'config', 'discriminatedUnion', 'enum', 'int', 'literal', 'number', 'object', 'record', 'strictObject', 'string', 'toJSONSchema', 'tuple', 'union', 'unknown']

const vendored = [
  {
    name: 'porter-stemmer',
    pkg: 'natural',
    entry: 'natural/lib/natural/stemmers/porter_stemmer.js',
    licence: 'LICENSE.txt',
    types: 'declare const PorterStemmer: {stem(token: string): string}\nexport default PorterStemmer\n'
  },
  {
    name: 'zod',
    pkg: 'zod',
    // What the bundle starts from (instead of an `entry` file): only these names of zod's main entry.
    source: `export {${ZOD_NAMES.join(', ')}} from 'zod'\n`,
    what: `its functions ${ZOD_NAMES.join(', ')}`,
    licence: 'LICENSE',
    types: `export {${ZOD_NAMES.join(', ')}} from 'zod'\nexport type * from 'zod'\n`
  }
]

const ENTRY = join(root, 'vendor-entry.js')

rmSync(out, {recursive: true, force: true})
mkdirSync(out, {recursive: true})
for (const v of vendored) {
  const pkgDir = dirname(require.resolve(`${v.pkg}/package.json`))
  const {version} = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
  const licence = readFileSync(join(pkgDir, v.licence), 'utf8').trim()
  const banner = `/*!\n * Built from ${v.pkg}@${version} (${v.entry ?? v.what}) by scripts/bundle-vendor.mjs.\n *\n${licence
    .split('\n')
    .map((line) => ` * ${line}`.trimEnd())
    .join('\n')}\n */`
  try {
    const {build} = await import('rolldown')
    // A module of the given source, named so that it resolves packages from this checkout.
    const entry = {
      name: 'vendor-entry',
      resolveId: (id) => (id === ENTRY ? ENTRY : null),
      load: (id) => (id === ENTRY ? v.source : null)
    }
    await build({
      cwd: root,
      input: v.entry ?? ENTRY,
      plugins: v.source ? [entry] : [],
      platform: 'neutral',
      output: {file: join(out, `${v.name}.js`), format: 'esm', banner},
      logLevel: 'warn'
    })
  } catch (error) {
    // Where the bundler cannot run (it needs Node 20.19 or later) this checkout still works: the
    // module loads the installed devDependency. Such a dist must not be packed (test/vendor.test.ts
    // and test/pack.test.ts fail on it).
    writeFileSync(join(out, `${v.name}.js`), `${banner}\n${v.source ?? `export {default} from '${v.entry}'\n`}`)
    console.warn(`bundle-vendor: ${v.name}.js re-exports ${v.pkg} instead of bundling it (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); do not pack this build`)
  }
  writeFileSync(join(out, `${v.name}.d.ts`), `// Types of ${v.name}.js (${v.pkg}@${version}).\n${v.types}`)
  writeFileSync(join(out, `${v.pkg}-${v.licence}`), `${licence}\n`)
}
