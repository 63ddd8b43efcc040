/** Turn a rule's suggestion specs into concrete edits on a found range. */
import type {TextFacts} from '../analyse/facts.js'
import type {SuggestionSpec} from '../rules/schema.js'
import type {Fix, Suggestion} from '../types.js'

const TRAILING_RE = /^[ \t]*[,;:—–-]?[ \t]*/
const WHITESPACE_AFTER_RE = /^\s*/

/** The sentence around `start`, starting no earlier than the greeting's end. */
function sentenceAround(facts: TextFacts, start: number): {start: number; end: number; words: number} | undefined {
  for (const s of facts.sentences) {
    if (start >= s.start && start < s.end) {
      const from = Math.max(s.start, facts.bodyStart > s.start && facts.bodyStart <= start ? facts.bodyStart : s.start)
      let words = 0
      for (let w = s.wordFrom; w < s.wordTo; w++) if (facts.words[w].start >= from) words++
      return {start: from, end: s.end, words}
    }
  }
  return undefined
}

function wordsIn(facts: TextFacts, start: number, end: number): number {
  let n = 0
  for (const w of facts.words) if (w.start >= start && w.end <= end) n++
  return n
}

export interface BuiltEdits {
  suggestions: Suggestion[]
  fix?: Fix
}

export function buildEdits(facts: TextFacts, specs: SuggestionSpec[] | undefined, start: number, end: number, match: string): BuiltEdits {
  const suggestions: Suggestion[] = []
  let fix: Fix | undefined
  for (const spec of specs ?? []) {
    let from = start
    let to = end
    let safe = spec.safe
    if (spec.scope === 'sentence') {
      const sentence = sentenceAround(facts, start)
      if (!sentence) continue
      from = sentence.start
      to = sentence.end
      // Deleting a sentence is only safe when the match is (nearly) all of it.
      if (safe && wordsIn(facts, start, end) < Math.max(1, sentence.words - 1)) safe = false
    }
    let replacement = spec.replacement.replace(/\{match\}/g, match)
    const rest = facts.text.slice(to)
    if (spec.eatTrailing || (spec.scope === 'sentence' && replacement === '')) {
      const trailing = (spec.scope === 'sentence' ? WHITESPACE_AFTER_RE : TRAILING_RE).exec(rest)
      if (trailing) to += trailing[0].length
    }
    if (spec.capitalizeNext) {
      const next = facts.text.charAt(to)
      if (/[a-z]/.test(next)) {
        to += 1
        replacement += next.toUpperCase()
      }
    }
    if (facts.text.slice(from, to) === replacement) continue
    suggestions.push({message: spec.message, replacement, start: from, end: to})
    if (safe && !fix) fix = {start: from, end: to, replacement}
  }
  return {suggestions, fix}
}
