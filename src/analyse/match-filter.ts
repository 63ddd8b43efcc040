/** Which phrase matches count: not negated just before, not inside quotation marks. */
import type {TextFacts} from './facts.js'
import type {PhraseMatch} from './phrases.js'

const NEGATORS = new Set(['not', 'never', 'no', 'without', 'nothing', 'nobody', 'neither', 'nor', 'hardly'])
const NEGATION_WINDOW = 8

export function isNegated(facts: TextFacts, m: PhraseMatch): boolean {
  const sentence = facts.sentences[facts.words[facts.terms[m.from].word].sentence]
  for (let t = Math.max(sentence.termFrom, m.from - NEGATION_WINDOW); t < m.from; t++) {
    const term = facts.terms[t]
    if (term.clause === facts.terms[m.from].clause && NEGATORS.has(term.norm)) return true
  }
  return false
}

export function isQuoted(facts: TextFacts, m: PhraseMatch): boolean {
  return facts.words[facts.terms[m.from].word].quoted || facts.words[facts.terms[m.to - 1].word].quoted
}

export function acceptMatch(facts: TextFacts, m: PhraseMatch, skipNegated: boolean, skipQuoted: boolean): boolean {
  // A template's bracketed instruction to the writer is never what the reader gets.
  if (facts.words[facts.terms[m.from].word].bracketed) return false
  if (skipQuoted && isQuoted(facts, m)) return false
  if (skipNegated && isNegated(facts, m)) return false
  return true
}
