#!/usr/bin/env node
// Bundle the parts of third-party packages that the core runs into dist/vendor, so that the
// published package does not depend on the whole package: `natural` is a devDependency, and the
// package ships only its Porter stemmer (natural's package would bring WordNet and database clients
// such as pg, mongodb and redis into every install). Each module is built from the installed
// package, as an ES module with no Node built-ins (the core stays browser-safe), with the package's
// licence text at its head and beside it. src/ imports it as '#porter-stemmer' (package.json
// "imports"), so the library, the CLI bundle and the tests all load this file.
//
//   node scripts/bundle-vendor.mjs     (the first step of `npm run build`: tsc reads its .d.ts)
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'vendor')
const require = createRequire(join(root, 'package.json'))

const vendored = [
  {
    name: 'porter-stemmer',
    pkg: 'natural',
    entry: 'natural/lib/natural/stemmers/porter_stemmer.js',
    licence: 'LICENSE.txt',
    types: 'declare const PorterStemmer: {stem(token: string): string}\nexport default PorterStemmer\n'
  }
]

rmSync(out, {recursive: true, force: true})
mkdirSync(out, {recursive: true})
for (const v of vendored) {
  const pkgDir = dirname(require.resolve(`${v.pkg}/package.json`))
  const {version} = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
  const licence = readFileSync(join(pkgDir, v.licence), 'utf8').trim()
  const banner = `/*!\n * Built from ${v.pkg}@${version} (${v.entry}) by scripts/bundle-vendor.mjs.\n *\n${licence
    .split('\n')
    .map((line) => ` * ${line}`.trimEnd())
    .join('\n')}\n */`
  try {
    const {build} = await import('rolldown')
    await build({
      cwd: root,
      input: v.entry,
      platform: 'neutral',
      output: {file: join(out, `${v.name}.js`), format: 'esm', banner},
      logLevel: 'warn'
    })
  } catch (error) {
    // Where the bundler cannot run (it needs Node 20.19 or later) this checkout still works: the
    // module loads the installed devDependency. Such a dist must not be packed (test/vendor.test.ts
    // and test/pack.test.ts fail on it).
    writeFileSync(join(out, `${v.name}.js`), `${banner}\nexport {default} from '${v.entry}'\n`)
    console.warn(`bundle-vendor: ${v.name}.js re-exports ${v.pkg} instead of bundling it (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); do not pack this build`)
  }
  writeFileSync(join(out, `${v.name}.d.ts`), `// Types of ${v.name}.js (${v.pkg}@${version}).\n${v.types}`)
  writeFileSync(join(out, `${v.pkg}-${v.licence}`), `${licence}\n`)
}
