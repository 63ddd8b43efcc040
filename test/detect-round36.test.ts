/**
 * docs/fresh-errors.md, classes SPUR (shouting) and KIND: a word in capitals is shouting only when it is
 * a word of the language said louder, never an acronym, a name or part of a code identifier. Drafts
 * in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {isWord} from '../src/analyse/words.js'

const linter = createLinter()
const shouted = (text: string) =>
  linter
    .lint({text})
    .messages.filter((m) => m.ruleId === 'shouting')
    .map((m) => text.slice(m.start, m.end))

describe('shouting is a word of the language said louder', () => {
  test.each([
    // Acronyms and names that are no word: a score brand, a registry, a compute platform, a German law, a standard.
    ['We are building the SCORA for delivery drivers, a trust score fleets can query.', []],
    ['The file format is registered with IANA and documented in our repository.', []],
    ['It trains on a laptop without CUDA and finishes in an hour.', []],
    ['Our audits cover the DSGVO, and the plant already holds its TISAX label.', []],
    // Part of a code identifier, in backticks or not.
    ['Failed runs are kept under a `_DISCARDED` suffix so the audit can find them.', []],
    ['Set MAX_WORKERS to four and the queue drains overnight.', []],
  ])('%#: %s', (text, expected) => {
    expect(shouted(text)).toEqual(expected)
  })

  test.each([
    // Function words and inflections are words too.
    ['Our planner tells you WHICH shift is short and WHERE to find cover.', ['WHICH', 'WHERE']],
    ['The new release FIXES the import and the export finally WORKS.', ['FIXES', 'WORKS']],
    ['Version three SHIPPED on Monday with an AMAZING new calendar.', ['SHIPPED', 'AMAZING']],
  ])('%#: %s', (text, expected) => {
    expect(shouted(text)).toEqual(expected)
  })
})

describe('the word list', () => {
  test.each([
    ['free', true],
    ['which', true],
    ['breaks', true],
    ['shipped', true],
    ['bigger', true],
    ['tries', true],
    ['quickly', true],
    ["don't", true],
    ['fico', false],
    ['cuda', false],
    ['dsgvo', false],
    ['tisax', false],
  ])('%s: %s', (word, expected) => {
    expect(isWord(word)).toBe(expected)
  })
})
