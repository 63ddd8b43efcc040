/**
 * Which language a draft is written in, read from its most common small words. Every language has a
 * few dozen function words (articles, pronouns, prepositions, "and", "is") that make up a quarter or
 * more of any prose in it, and few of them are words of another language. Counting the draft's words
 * found in each language's list tells English from Spanish or German on two or three sentences, with
 * no model and nothing to download: the lists are the rule's data (rules/not-english.yaml).
 */
import type {TextFacts} from './facts.js'

/**
 * The word lists a reading compares, as one index: each listed word with a bit for English (1) and one
 * for each other language (2, 4, ... in the order of `names`), so a word is looked up once.
 */
export interface LanguageLists {
  names: readonly string[]
  index: ReadonlyMap<string, number>
  /** Writing systems other than the Latin alphabet, each by the name the message gives its language (Hebrew, Japanese). */
  scripts: ReadonlyArray<{name: string; letter: RegExp}>
}

const ENGLISH = 1
const lower = (word: string): string => word.toLowerCase().replace(/’/g, "'")

/**
 * The index of English's list and each other language's. A word of both English and another ("a", "me", "in") counts for English only.
 * `scripts` names each language read by its writing system, with the Unicode scripts of its letters ({Japanese: [Hiragana, Katakana]}).
 */
export function languageLists(
  english: readonly string[],
  others: Readonly<Record<string, readonly string[]>>,
  scripts: Readonly<Record<string, readonly string[]>> = {}
): LanguageLists {
  const index = new Map<string, number>()
  for (const w of english) index.set(lower(w), ENGLISH)
  const names = Object.keys(others)
  names.forEach((name, i) => {
    for (const w of others[name]) {
      const key = lower(w)
      const bits = index.get(key) ?? 0
      if (bits !== ENGLISH) index.set(key, bits | (2 << i))
    }
  })
  return {names, index, scripts: Object.entries(scripts).map(([name, of]) => ({name, letter: scriptLetter(of)}))}
}

/** One letter of any of the Unicode scripts named ("Hebrew", "Han"); a name Unicode does not know throws. */
export function scriptLetter(scripts: readonly string[]): RegExp {
  return new RegExp(`[${scripts.map((s) => `\\p{Script=${s}}`).join('')}]`, 'u')
}

/** What a draft's words say about its language. */
export interface LanguageReading {
  /** The words read: prose of the message proper, quotations and brackets left out. */
  words: number
  /** How many of them are English function words. */
  english: number
  /** The other language with the most of its function words in the draft, when any has one. */
  best?: {name: string; hits: number}
  /** The letters of the draft's words (its greeting and sign-off too), and how many are of the Latin alphabet. */
  letters: number
  latin: number
  /** The language written in another system than Latin with the most letters, when any has one (the first listed, on a tie). */
  script?: {name: string; letters: number}
}

// An elided article or pronoun joined to the next word ("l'équipe", "d'un", "qu'il", "dell'azienda"):
// the list holds the part with its apostrophe ("l'").
const ELIDED = /^([a-z]{1,4}')[\p{L}]/u

/** The list entry a word is looked up by: itself, or its elided head. */
function lookup(norm: string): string {
  if (!norm.includes("'")) return norm
  const elided = ELIDED.exec(norm)
  return elided ? elided[1] : norm
}
const LETTERS = /^[\p{L}\p{M}'-]+$/u
const ASCII = /^[a-z'-]+$/
const LATIN = /\p{Script=Latin}/u
const LETTER = /\p{L}/u

/**
 * Count the draft's words of each language's list. Read: the words of the message proper (after the
 * greeting, before the sign-off), not in quotation marks or brackets (a quoted line of the reader's
 * own words, a template's instruction), made of letters.
 */
export function readLanguage(facts: TextFacts, lists: LanguageLists): LanguageReading {
  let words = 0
  let english = 0
  let letters = 0
  let latin = 0
  const hits = new Array<number>(lists.names.length).fill(0)
  const inScript = new Array<number>(lists.scripts.length).fill(0)
  for (const w of facts.words) {
    if (w.quoted || w.bracketed || !LETTERS.test(w.norm)) continue
    // Letters are counted in the whole draft: a paragraph of Japanese or Chinese has no spaces, and the
    // sign-off reading takes it for a name line.
    const prose = w.start >= facts.bodyStart && w.start < facts.signatureStart
    if (prose) words++
    if (ASCII.test(w.norm)) {
      letters += w.norm.length
      latin += w.norm.length
    } else {
      for (const ch of w.norm) {
        if (!LETTER.test(ch)) continue
        letters++
        if (LATIN.test(ch)) latin++
        // (A letter counts for every language whose scripts hold it: Han for Chinese and for Japanese, whose kana then tell them apart.)
        else for (let i = 0; i < inScript.length; i++) if (lists.scripts[i].letter.test(ch)) inScript[i]++
      }
    }
    if (!prose) continue
    const bits = lists.index.get(lookup(w.norm))
    if (bits === undefined) continue
    if (bits === ENGLISH) english++
    else for (let i = 0; i < hits.length; i++) if (bits & (2 << i)) hits[i]++
  }
  let best: LanguageReading['best']
  for (let i = 0; i < hits.length; i++) if (hits[i] > 0 && (!best || hits[i] > best.hits)) best = {name: lists.names[i], hits: hits[i]}
  let script: LanguageReading['script']
  for (let i = 0; i < inScript.length; i++) if (inScript[i] > 0 && (!script || inScript[i] > script.letters)) script = {name: lists.scripts[i].name, letters: inScript[i]}
  return {words, english, letters, latin, ...(best ? {best} : {}), ...(script ? {script} : {})}
}
