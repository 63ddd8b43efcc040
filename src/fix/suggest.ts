/** Turn a rule's suggestion specs into concrete edits on a found range. */
import type {TextFacts} from '../analyse/facts.js'
import type {SuggestionSpec} from '../rules/format.js'
import type {Fix, Suggestion} from '../types.js'

// Sticky: matched at an offset of the text, never on a copy of the rest of it.
const TRAILING_RE = /[ \t]*[,;:—–-]?[ \t]*/y
const WHITESPACE_AFTER_RE = /\s*/y

/** The first index in [lo, hi) whose value is not below `target` (values ascending). */
function lowerBound(lo: number, hi: number, target: number, at: (i: number) => number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (at(mid) < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The sentence around `start`, starting no earlier than the greeting's end. Binary searches over the
 * sorted sentences and words: a message with many findings must not cost findings × words.
 */
function sentenceAround(facts: TextFacts, start: number): {start: number; end: number; words: number} | undefined {
  const sentences = facts.sentences
  // The last sentence that starts at or before `start`.
  const index = lowerBound(0, sentences.length, start + 1, (i) => sentences[i].start) - 1
  if (index < 0) return undefined
  const s = sentences[index]
  if (!(start >= s.start && start < s.end)) return undefined
  const from = Math.max(s.start, facts.bodyStart > s.start && facts.bodyStart <= start ? facts.bodyStart : s.start)
  const firstWord = lowerBound(s.wordFrom, s.wordTo, from, (w) => facts.words[w].start)
  return {start: from, end: s.end, words: s.wordTo - firstWord}
}

/** How many words lie wholly inside [start, end). Words are sorted and do not overlap. */
function wordsIn(facts: TextFacts, start: number, end: number): number {
  const words = facts.words
  const first = lowerBound(0, words.length, start, (w) => words[w].start)
  const after = lowerBound(first, words.length, end + 1, (w) => words[w].end)
  return Math.max(0, after - first)
}

/** What follows a deleted lead-in when the rest has no subject of its own. */
const NO_SUBJECT_NEXT = /^(?:and|but|or|so|then|to|was|were|is|are|am|have|has|had|would|will|could|can)\b/i

/** "while researching ...", "after reading ...": a clause with no subject, which cannot open a sentence alone. */
const NO_SUBJECT_CLAUSE = /^(?:while|whilst|when|after|before|since|because|by|on)\s+\w+ing\b/i

export interface BuiltEdits {
  suggestions: Suggestion[]
  fix?: Fix
}

/**
 * `{match}` in a replacement is the text found; any other `{name}` is the finding's data of that name
 * (a check's own values, like the field a misspelt merge field means).
 */
export function buildEdits(
  facts: TextFacts,
  specs: SuggestionSpec[] | undefined,
  start: number,
  end: number,
  match: string,
  data?: Record<string, string | number>
): BuiltEdits {
  const suggestions: Suggestion[] = []
  let fix: Fix | undefined
  const text = facts.text
  for (const spec of specs ?? []) {
    let from = start
    let to = end
    let safe = spec.safe
    if (spec.scope === 'sentence') {
      const sentence = sentenceAround(facts, start)
      if (!sentence) continue
      from = sentence.start
      to = sentence.end
      // A sentence on the greeting's line starts after the spaces that follow the greeting.
      while (from < to && (text[from] === ' ' || text[from] === '\t')) from++
      // Deleting a sentence is only safe when the match is (nearly) all of it.
      if (safe && wordsIn(facts, start, end) < Math.max(1, sentence.words - 1)) safe = false
    }
    let replacement = spec.replacement.includes('{')
      ? spec.replacement.replace(/\{(\w+)\}/g, (slot, name: string) => (name === 'match' ? match : data?.[name] !== undefined ? String(data[name]) : slot))
      : spec.replacement
    if (spec.eatTrailing || (spec.scope === 'sentence' && replacement === '')) {
      const trailing = spec.scope === 'sentence' ? WHITESPACE_AFTER_RE : TRAILING_RE
      trailing.lastIndex = to
      const eaten = trailing.exec(text)
      // A sentence deleted at the end of its line after other text ("Hi Kim, I hope you're well.\n\n")
      // takes the spaces before it, not the line break after it: the next line stays a line.
      if (eaten && spec.scope === 'sentence' && eaten[0].includes('\n') && /[^\s]/.test(text.slice(text.lastIndexOf('\n', from - 1) + 1, from))) {
        while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--
      } else if (eaten) to += eaten[0].length
    }
    // A deleted lead-in must leave a sentence: "I came across your profile and was impressed" minus
    // its lead-in is "And was impressed", which no one would send.
    if (spec.capitalizeNext && (NO_SUBJECT_NEXT.test(text.slice(to, to + 12)) || NO_SUBJECT_CLAUSE.test(text.slice(to, to + 40)))) continue
    // Nor in the middle of a sentence: "..., but I came across your profile while ..." would leave
    // "but While researching".
    if (spec.capitalizeNext && /\S/.test(text.slice(facts.bodyStart, from)) && /[\p{L},;]\s*$/u.test(text.slice(Math.max(0, from - 3), from))) continue
    if (spec.capitalizeNext) {
      const next = text.charAt(to)
      if (/[a-z]/.test(next)) {
        to += 1
        replacement += next.toUpperCase()
      }
    }
    if (to - from === replacement.length && text.startsWith(replacement, from)) continue
    suggestions.push({message: spec.message, replacement, start: from, end: to})
    if (safe && !fix) fix = {start: from, end: to, replacement}
  }
  return {suggestions, fix}
}
