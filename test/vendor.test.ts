/**
 * The package ships the parts of two packages it runs, not the packages: scripts/bundle-vendor.mjs
 * builds them from the installed devDependencies into dist/vendor, each with its package's licence
 * at its head and beside it, and the source imports them through package.json "imports":
 * - natural's Porter stemmer ('#porter-stemmer'): it stems as natural does;
 * - the zod functions the schemas call ('#zod').
 * Each is self-contained (no import, no require, no Node built-in: the core runs in a browser).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, test} from 'vitest'
import {stem} from '../src/analyse/terms.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const built = join(root, 'dist/vendor/porter-stemmer.js')
const require = createRequire(import.meta.url)
const natural = require('natural/lib/natural/stemmers/porter_stemmer.js') as {stem(word: string): string}
const naturalDir = join(require.resolve('natural/package.json'), '..')

/** `built` has the licence of the package in `dir` at its head, and dist/vendor/`beside` holds it. */
function expectLicence(built: string, dir: string, file: string, beside: string) {
  expect(existsSync(built), 'run `npm run build` first (npm test does)').toBe(true)
  const licence = readFileSync(join(dir, file), 'utf8').trim()
  const {name, version} = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {name: string; version: string}
  const code = readFileSync(built, 'utf8')
  const header = code.slice(0, code.indexOf('*/'))
  expect(header).toContain(`${name}@${version}`)
  // The licence's lines, each in the comment (the comment prefixes them with '*').
  for (const line of licence.split('\n').filter(Boolean)) expect(header).toContain(line)
  expect(readFileSync(join(root, 'dist/vendor', beside), 'utf8')).toBe(`${licence}\n`)
}

/** No import or require in `code`. */
const selfContained = (code: string) => expect(code).not.toMatch(/\bimport\s*[\s{(*'"]|\brequire\s*\(\s*['"]/)

describe('the vendored Porter stemmer', () => {
  test('is built, with natural\'s licence at its head and beside it', () => {
    expectLicence(built, naturalDir, 'LICENSE.txt', 'natural-LICENSE.txt')
  })

  test('is self-contained: one default export, no import or require', () => {
    const code = readFileSync(built, 'utf8')
    selfContained(code)
    expect([...code.matchAll(/^export\b.*$/gm)].map((m) => m[0])).toEqual(['export default require_porter_stemmer();'])
  })

  test('stems as natural does', async () => {
    const vendored = (await import(pathToFileURL(built).href)).default as {stem(word: string): string}
    expect(['running', 'companies', 'generalization', 'scheduling', 'meetings', 'relational', 'agreed'].map((w) => vendored.stem(w))).toEqual([
      'run', 'compani', 'gener', 'schedul', 'meet', 'relat', 'agre'
    ])
    const samples = join(root, 'fixtures/samples')
    const words = new Set(readdirSync(samples).flatMap((name) => readFileSync(join(samples, name), 'utf8').toLowerCase().match(/[a-z]+/g) ?? []))
    expect(words.size).toBeGreaterThan(200)
    const differ = [...words].filter((w) => vendored.stem(w) !== natural.stem(w))
    expect(differ).toEqual([])
  })

  test('is the stemmer the source uses', () => {
    expect(stem('scheduling')).toBe('schedul')
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).imports).toEqual({'#porter-stemmer': './dist/vendor/porter-stemmer.js', '#zod': './dist/vendor/zod.js'})
  })
})

describe('the vendored zod', () => {
  const builtZod = join(root, 'dist/vendor/zod.js')
  const zodDir = join(require.resolve('zod/package.json'), '..')

  test('is built, with zod\'s licence at its head and beside it; a devDependency, not a dependency', () => {
    expectLicence(builtZod, zodDir, 'LICENSE', 'zod-LICENSE')
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string>>
    expect(manifest.dependencies.zod).toBeUndefined()
    expect(manifest.devDependencies.zod).toBeDefined()
  })

  test('is self-contained and exports the functions its types give as values, nothing more', async () => {
    const code = readFileSync(builtZod, 'utf8')
    selfContained(code)
    // The first line of its types: `export {array, boolean, ...} from 'zod'`; every other name is a type.
    const typed = /^export \{([^}]*)\} from 'zod'$/m.exec(readFileSync(join(root, 'dist/vendor/zod.d.ts'), 'utf8'))![1].split(', ')
    const vendored = await import(pathToFileURL(builtZod).href)
    expect(Object.keys(vendored).sort()).toEqual([...typed].sort())
    // Much less than the package: zod's main entry bundled whole is about 600 KB.
    expect(code.length).toBeLessThan(300_000)
  })
})
