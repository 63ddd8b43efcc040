/**
 * The package ships natural's Porter stemmer, not natural: scripts/bundle-vendor.mjs builds it from
 * the installed devDependency into dist/vendor/porter-stemmer.js with natural's licence at its head
 * and beside it, and the source imports it as '#porter-stemmer'. The built module stems as natural
 * does, and is self-contained (no import, no require, no Node built-in: the core runs in a browser).
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

describe('the vendored Porter stemmer', () => {
  test('is built, with natural\'s licence at its head and beside it', () => {
    expect(existsSync(built), 'run `npm run build` first (npm test does)').toBe(true)
    const licence = readFileSync(join(naturalDir, 'LICENSE.txt'), 'utf8').trim()
    const {version} = JSON.parse(readFileSync(join(naturalDir, 'package.json'), 'utf8')) as {version: string}
    const code = readFileSync(built, 'utf8')
    const header = code.slice(0, code.indexOf('*/'))
    expect(header).toContain(`natural@${version}`)
    // The licence's lines, each in the comment (the comment prefixes them with '*').
    for (const line of licence.split('\n').filter(Boolean)) expect(header).toContain(line)
    expect(readFileSync(join(root, 'dist/vendor/natural-LICENSE.txt'), 'utf8')).toBe(`${licence}\n`)
  })

  test('is self-contained: one default export, no import or require', () => {
    const code = readFileSync(built, 'utf8')
    expect(code).not.toMatch(/\bimport\s*[\s{(*'"]|\brequire\s*\(\s*['"]/)
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
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).imports).toEqual({'#porter-stemmer': './dist/vendor/porter-stemmer.js'})
  })
})
