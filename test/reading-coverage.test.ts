/**
 * scripts/reading-coverage.mjs: which named readings match the team's sentences and no real one.
 */
import {describe, expect, test} from 'vitest'
import {fixtureOnly, namedReadings, sentencesOf} from '../scripts/reading-coverage.mjs'

describe('reading coverage', () => {
  test('finds the named regular expressions and word lists of a source file, on one line or two', () => {
    const source = [
      "const LOUD = /\\bshout(?:s|ed)?\\b/i",
      'export const SPLIT =',
      '  /^[a-z]+\\/[a-z]+$/',
      "const PLANTS = new Set(['fern', 'moss',",
      "  'ivy'])",
      'const notNamed = /x/'
    ].join('\n')
    const readings = namedReadings(source)
    expect(readings.map((r: {name: string; kind: string}) => `${r.kind} ${r.name}`)).toEqual(['regex LOUD', 'regex SPLIT', 'words PLANTS'])
    expect([...readings[2].words]).toEqual(['fern', 'moss', 'ivy'])
    expect(readings[0].test({text: 'They shouted twice.'})).toBe(true)
    expect(readings[1].test({text: 'either/or'})).toBe(true)
  })

  test('splits texts into sentences as the linter does, each with its spellings and lemmas', async () => {
    const sentences = await sentencesOf(['Hi Jo,\n\nThe ferns grew fast. Want cuttings?'])
    expect(sentences.map((s: {text: string}) => s.text)).toContain('The ferns grew fast.')
    const ferns = sentences.find((s: {text: string}) => s.text === 'The ferns grew fast.')
    expect(ferns.words.has('ferns') && ferns.words.has('fern') && ferns.words.has('grew')).toBe(true)
  })

  test('a reading is fixture-only when at most one real sentence has it and the team or an example does', () => {
    expect(fixtureOnly({team: 1, dev: 0, examples: 0})).toBe(true)
    expect(fixtureOnly({team: 0, dev: 1, examples: 4})).toBe(true)
    expect(fixtureOnly({team: 3, dev: 2, examples: 1})).toBe(false)
    expect(fixtureOnly({team: 0, dev: 0, examples: 0})).toBe(false)
  })
})
