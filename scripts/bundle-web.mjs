#!/usr/bin/env node
// Build the web page into dist/web: index.html and style.css, and two classic scripts (not modules:
// Chromium refuses module scripts from file://):
// - grammar-<hash>.js: the grammar layer (dist/analyse/grammar.js, the part-of-speech tagger and its
//   model, most of the page's weight), which sets one global, outreachLintGrammar. Its name carries the
//   hash of its bytes, so a browser may keep it as long as it likes (`outreach-lint serve` says so):
//   it changes only with the tagger, and a change of the linter or of the page fetches app.js again,
//   not the model.
// - app.js: web/app.ts with the library (dist/index.js, built before this step), which reads the
//   grammar layer from that global.
// index.html loads both (grammar first; both deferred, so they run in that order). The page then
// works from any static host, from `outreach-lint serve`, or opened from the disk.
//
//   node scripts/bundle-web.mjs          (a step of `npm run build`)
//   node scripts/bundle-web.mjs --size   (then the size of each file, raw and gzip)
import {createHash} from 'node:crypto'
import {copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {rolldown} from 'rolldown'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'web')
rmSync(out, {recursive: true, force: true})
mkdirSync(out, {recursive: true})
copyFileSync(join(root, 'web', 'style.css'), join(out, 'style.css'))
const minify = process.env.WEB_NO_MINIFY !== '1'

// pluralize (syllable's dependency) is a UMD module that exports through CommonJS only where
// `require` is a function; in a browser bundle there is none, so its exports stayed empty and every
// lint failed. Bundled, its CommonJS branch is the one to take.
const pluralizeAsCommonJs = {
  name: 'pluralize-as-commonjs',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]pluralize[\\/]pluralize\.js$/.test(id)) return null
    const patched = code.replace("typeof require === 'function' && ", '')
    if (patched === code) throw new Error('bundle-web: pluralize changed; check its UMD header')
    return patched
  }
}

/** `input` bundled by rolldown into one classic script (IIFE), with these plugins and output options. */
async function bundle(input, plugins, output) {
  const build = await rolldown({cwd: root, input, platform: 'browser', plugins, logLevel: 'warn'})
  const {output: chunks} = await build.generate({format: 'iife', minify, ...output})
  await build.close()
  if (chunks.length !== 1) throw new Error(`bundle-web: ${input} made ${chunks.length} files, not one`)
  return chunks[0].code
}

const GLOBAL = 'outreachLintGrammar'
const grammarModule = join(root, 'dist', 'analyse', 'grammar.js')
const grammar = await bundle(grammarModule, [], {name: GLOBAL})
const grammarFile = `grammar-${createHash('sha256').update(grammar).digest('hex').slice(0, 12)}.js`
writeFileSync(join(out, grammarFile), grammar)

// In app.js, every import of grammar.js (the engine's, the sequences') reads the global instead.
const grammarAsGlobal = {
  name: 'grammar-as-global',
  resolveId(source, importer) {
    return importer && source.startsWith('.') && resolve(dirname(importer), source) === grammarModule ? {id: GLOBAL, external: true} : null
  }
}
const app = await bundle('web/app.ts', [pluralizeAsCommonJs, grammarAsGlobal], {globals: {[GLOBAL]: GLOBAL}})
// A feature line of the tagger's model (a template name, a space, a word) marks the model.
if (/\bvocab\s*:/.test(app)) throw new Error('bundle-web: app.js holds the tagger\'s model; the grammar layer was not split out')
writeFileSync(join(out, 'app.js'), app)

const html = readFileSync(join(root, 'web', 'index.html'), 'utf8')
const page = html.replace('<script defer src="grammar.js"></script>', `<script defer src="${grammarFile}"></script>`)
if (page === html) throw new Error('bundle-web: web/index.html has no <script defer src="grammar.js"></script> to point at the grammar script')
writeFileSync(join(out, 'index.html'), page)

if (process.argv.includes('--size')) {
  let total = 0
  for (const file of readdirSync(out).sort()) {
    const bytes = readFileSync(join(out, file))
    const gz = gzipSync(bytes, {level: 9}).length
    total += gz
    console.log(`${file.padEnd(24)} ${String(statSync(join(out, file)).size).padStart(9)} bytes  ${String(gz).padStart(8)} gzip`)
  }
  console.log(`${'total'.padEnd(24)} ${' '.repeat(15)} ${String(total).padStart(8)} gzip`)
}
