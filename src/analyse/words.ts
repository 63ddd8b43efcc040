/**
 * Whether a word is a word of the English language: in the shipped list (src/analyse/words.generated.ts,
 * WordNet's attested lemmas and the closed classes), or a regular inflection of one ("breaks",
 * "shipped", "smiles", "bigger", "quickly"). An acronym or a name ("FICO", "CUDA", "TISAX") is not.
 * The list is unpacked into a set on first use.
 */
import {inflectionBases} from './inflection.js'
import {WORDS} from './words.generated.js'

let words: Set<string> | undefined

/** The list is front-coded: each word is a digit, how many letters it shares with the word before, and the rest. */
function unpack(packed: string): Set<string> {
  const out = new Set<string>()
  let previous = ''
  for (const m of packed.matchAll(/(\d)(\D*)/g)) {
    previous = previous.slice(0, Number(m[1])) + m[2]
    out.add(previous)
  }
  return out
}

const listed = (w: string): boolean => (words ??= unpack(WORDS)).has(w)

/** Whether `lower` (a word in lower case) is a word of the language or a regular inflection of one. */
export function isWord(lower: string): boolean {
  const w = lower.replace(/[’']s$/, '').replace(/’/g, "'")
  return listed(w) || inflectionBases(w).some(listed)
}
