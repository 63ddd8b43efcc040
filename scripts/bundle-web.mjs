#!/usr/bin/env node
// Build the web page into dist/web: index.html and style.css as they are, and web/app.ts with the
// library (dist/index.js, built before this step) bundled into one classic script, app.js (not a
// module: Chromium refuses module scripts from file://). The page then works from any static host,
// from `outreach-lint serve`, or opened from the disk.
//
//   node scripts/bundle-web.mjs        (a step of `npm run build`)
import {copyFileSync, mkdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {build} from 'rolldown'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'web')
rmSync(out, {recursive: true, force: true})
mkdirSync(out, {recursive: true})
for (const file of ['index.html', 'style.css']) copyFileSync(join(root, 'web', file), join(out, file))

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

await build({
  cwd: root,
  input: 'web/app.ts',
  platform: 'browser',
  plugins: [pluralizeAsCommonJs],
  output: {file: join(out, 'app.js'), format: 'iife', minify: process.env.WEB_NO_MINIFY !== '1'},
  logLevel: 'warn'
})

if (process.argv.includes('--size')) {
  let total = 0
  for (const file of ['index.html', 'style.css', 'app.js']) {
    const bytes = readFileSync(join(out, file))
    const gz = gzipSync(bytes, {level: 9}).length
    total += gz
    console.log(`${file.padEnd(12)} ${String(statSync(join(out, file)).size).padStart(9)} bytes  ${String(gz).padStart(8)} gzip`)
  }
  console.log(`${'total'.padEnd(12)} ${' '.repeat(15)} ${String(total).padStart(8)} gzip`)
}
