/**
 * The phrase trie shares the alternatives of a step (a DAG, copied on write). This property test
 * checks it against a plain backtracking matcher written here from the pattern syntax: for random
 * patterns added to one set and random sentences, both find exactly the same matches.
 */
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {keyOf} from '../src/analyse/keys.js'
import {PhraseBuilder} from '../src/analyse/phrase-builder.js'
import type {PhraseMatch, PhraseSet, Term} from '../src/analyse/phrases.js'
import {analyseText} from '../src/analyse/facts.js'
import {scanPlaceholders} from '../src/parse/placeholders.js'
import {parsePieces} from '../src/parse/processor.js'
import {matchRange} from '../src/checks/phrase.js'

const WORDS = ['ab', 'cd', 'ef', 'gh']

type Tok = {alts: string[][] | 'any'; optional: boolean}

const token: fc.Arbitrary<Tok> = fc.record({
  alts: fc.oneof(
    fc.constant('any' as const),
    // `=ab` is the exact spelling: the same as `ab` here, where every word is its own stem, but it
    // walks the trie's exact edges.
    // A group's alternatives may hold `*` and `*?` too (read as patterns of their own, see
    // expandSlotGroups); each alternative keeps one word that is not optional.
    fc.array(
      fc
        .array(fc.constantFrom(...WORDS, ...WORDS.map((w) => '=' + w), '*', '*?'), {minLength: 1, maxLength: 3})
        .filter((alt) => alt.some((w) => w !== '*?')),
      {minLength: 1, maxLength: 3}
    )
  ),
  optional: fc.boolean()
})
const pattern = fc.array(token, {minLength: 1, maxLength: 4}).filter((toks) => toks.some((t) => !t.optional))

function source(toks: Tok[]): string {
  return toks
    .map((t) => (t.alts === 'any' ? '*' : `(${t.alts.map((a) => a.join(' ')).join('|')})`) + (t.optional ? '?' : ''))
    .join(' ')
}

/** Every end position of one alternative (words, `*`, `*?`) matched from `at` in `words`. */
function altEnds(alt: string[], words: string[], at: number): number[] {
  if (alt.length === 0) return [at]
  const [first, ...rest] = alt
  const out: number[] = first === '*?' ? altEnds(rest, words, at) : []
  if (at < words.length && (first === '*' || first === '*?' || words[at] === first.replace(/^=/, ''))) out.push(...altEnds(rest, words, at + 1))
  return out
}

/** Every end position of `toks` matched from `at` in `words`. */
function ends(toks: Tok[], words: string[], at: number): number[] {
  if (toks.length === 0) return [at]
  const [first, ...rest] = toks
  const out: number[] = first.optional ? ends(rest, words, at) : []
  if (first.alts === 'any') {
    if (at < words.length) out.push(...ends(rest, words, at + 1))
  } else {
    for (const alt of first.alts) for (const end of altEnds(alt, words, at)) out.push(...ends(rest, words, end))
  }
  return out
}

/** Terms of words that are their own stems, with the key ids of the labels the sets built so far have. */
const toTerms = (words: string[]): Term[] =>
  words.map((w, i) => ({stem: w, norm: w, key: keyOf(w), exactKey: keyOf(w), word: i, num: false, cap: false, clause: 0}))

const key = (m: {pattern: number; from: number; to: number}) => `${m.pattern}:${m.from}-${m.to}`

test('the shared trie finds exactly what a plain matcher finds', () => {
  fc.assert(
    fc.property(fc.array(pattern, {minLength: 1, maxLength: Number(process.env.PHRASE_PATTERNS ?? 12)}), fc.array(fc.constantFrom(...WORDS), {maxLength: 10}), (patterns, words) => {
      const set = new PhraseBuilder()
      patterns.forEach((toks, i) => set.add(0, i, source(toks)))
      const terms = toTerms(words)
      const found: PhraseMatch[] = []
      set.matchRange(terms, 0, terms.length, found)
      const expected = new Set<string>()
      patterns.forEach((toks, i) => {
        for (let from = 0; from < words.length; from++) for (const to of ends(toks, words, from)) if (to > from) expected.add(key({pattern: i, from, to}))
      })
      expect(new Set(found.map(key))).toEqual(expected)
    }),
    {numRuns: Number(process.env.PHRASE_RUNS ?? 3000)}
  )
})

test('slots inside a group are slots, not dropped: (we|our *? *?) and (you|<cap>)', () => {
  const set = new PhraseBuilder()
  set.add(0, 0, '(ab|cd *? *?) ef')
  set.add(0, 1, 'gh (ab|<cap>) ef')
  const words = ['cd', 'gh', 'ab', 'ef', 'gh', 'xy', 'ef']
  const terms = toTerms(words).map((t) => (t.norm === 'xy' ? {...t, cap: true} : t))
  const found: PhraseMatch[] = []
  set.matchRange(terms, 0, terms.length, found)
  // "cd gh ab ef" (two words in the slots), "ab ef", "gh ab ef" and "gh xy ef" (a name in the group).
  expect([...new Set(found.map(key))].sort()).toEqual(['0:0-4', '0:2-4', '1:1-4', '1:4-7'])
  expect(set.patternCount).toBe(2)
})

test('a pattern whose slot groups would expand past the bound is refused, before any is made', () => {
  const set = new PhraseBuilder()
  // Nine groups of one slot alternative each: 2^9 = 512 patterns.
  expect(() => set.add(0, 0, Array.from({length: 9}, () => '(ab|cd *)').join(' '))).toThrow(/too many alternatives with slots/)
  set.add(0, 1, Array.from({length: 8}, () => '(ab|cd *)').join(' '))
  expect(set.patternCount).toBe(1)
})

test('alternatives are only ever in brackets, and a pattern has a length bound', () => {
  const set = new PhraseBuilder()
  expect(() => set.add(0, 0, 'ab|cd ef')).toThrow('alternatives go inside brackets, "(a|b)" not "a|b": "ab|cd ef"')
  expect(() => set.add(0, 1, 'ef (ab) cd|gh?')).toThrow(/alternatives go inside brackets/)
  set.add(0, 2, '(ab|cd) ef')
  const group = (n: number): string => `(${Array.from({length: n}, () => 'ab').join('|')}) ef`
  expect(group(333).length).toBe(1003)
  expect(() => set.add(0, 3, group(333))).toThrow(/^a pattern of 1003 characters, more than 1000: make it several patterns/)
  expect(group(332).length).toBe(1000)
  set.add(0, 4, group(332))
  expect(set.patternCount).toBe(2)
})

// Found by the property above: the copy of a node that an earlier alternative of the same step had
// already reached was not kept as reached, so "cd cd cd" lost its match 0-3 (optional cd, cd, cd).
test('a copied node keeps what an earlier alternative of its step reached', () => {
  const set = new PhraseBuilder()
  set.add(0, 0, '(cd)? (cd|ab ab) (cd cd ab|cd)')
  const terms = toTerms(['cd', 'cd', 'cd'])
  const found: PhraseMatch[] = []
  set.matchRange(terms, 0, terms.length, found)
  expect(found.map(key).sort()).toEqual(['0:0-2', '0:0-3', '0:1-3'])
})

test('a set restored from its data (through JSON) matches the same, in the same order, and grows the same', () => {
  fc.assert(
    fc.property(
      fc.array(pattern, {minLength: 1, maxLength: 8}),
      fc.array(pattern, {maxLength: 4}),
      fc.array(fc.constantFrom(...WORDS), {maxLength: 10}),
      (patterns, later, words) => {
        const found = (set: PhraseSet) => {
          const terms = toTerms(words)
          const out: PhraseMatch[] = []
          set.matchRange(terms, 0, terms.length, out)
          return out
        }
        const original = new PhraseBuilder()
        patterns.forEach((toks, i) => original.add(i % 3, i, source(toks)))
        const restored = PhraseBuilder.fromData(JSON.parse(JSON.stringify(original.toData())))
        // Matching reads only the nodes it reaches; the rest are read before a change or a copy.
        expect(found(restored)).toEqual(found(original))
        expect(restored.toData()).toEqual(original.toData())
        // Shared nodes survive, and their counts of parents are counted again: adding more copies on write the same way.
        for (const set of [original, restored]) later.forEach((toks, i) => set.add(9, i, source(toks)))
        expect(restored.toData()).toEqual(original.toData())
        expect(found(restored)).toEqual(found(original))
      }
    ),
    {numRuns: 500}
  )
})

// <field>: one merge field, which is no word (no term) but sits beside the terms around it; at either
// end of a pattern it is part of the match. Read from real text, and through the set written as data.
test('<field> matches one merge field beside the words, and opens or closes the match', () => {
  const built = new PhraseBuilder()
  built.add(0, 0, "^ (i'm|i am) <field>")
  built.add(0, 1, '^ <field> (from|with) <field>')
  built.add(0, 2, 'this is <field> with')
  for (const set of [built, PhraseBuilder.fromData(built.toData())]) {
    const found = (text: string): string[] => {
      const {placeholders, broken} = scanPlaceholders(text)
      const facts = analyseText(parsePieces(text, placeholders), text, placeholders, broken)
      const out: PhraseMatch[] = []
      set.matchRange(facts.terms, 0, facts.terms.length, out)
      return out.map((m) => `${m.pattern} ${text.slice(...matchRange(facts, m))}`)
    }
    expect(found("I'm {{your_name}} — {{role}} at {{company}}.")).toEqual(["0 I'm {{your_name}}"])
    expect(found('[Your name] from [Company]. We help founders.')).toEqual(['1 [Your name] from [Company]'])
    expect(found('{FirstName} — {YourName} with %FIRM%.')).toEqual(['1 {YourName} with %FIRM%'])
    // (`^` is the phrase check's to apply: the set matches anywhere.)
    expect(found('This is {Name} with {Firm}.')).toEqual(['2 This is {Name} with', '1 {Name} with {Firm}'])
    // Two fields between the words are not one <field>; a word is not a field.
    expect(found('This is {Name} {Surname} with us. I am Sam from Leeds.')).toEqual([])
  }
  expect(() => new PhraseBuilder().add(0, 0, '<field>')).toThrow(/matches nothing/)
})
