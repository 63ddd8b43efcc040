// The rewrite's "points at a cut" check, apart from eval.mjs so that a test can run it on its own.
import {tagText} from '../dist/analyse/grammar.js'

// Points at a cut: a sentence of the rewrite that leans on the one before it in the draft, which the
// rewrite removed (or put a guide line in place of), or which now comes after it (a move). Leaning on it
// is read from a small set of words that only mean something through what came before:
//   - a pronoun or demonstrative as the subject of the sentence's opening, or of a clause opened by
//     "if", "whether", "when", "unless", "because" (there only "this" and "that"): "It would highlight
//     ...", "They rely on ...", "That approach cut ...", "I understand if this isn't a priority", "If
//     that changes, ...": the thing or the people it means were named before;
//   - words that presuppose something said just before: an alternative ("instead", "either" at the
//     end), an exchange ("in return"), an addition ("as well", "too" at the end), a sameness ("the
//     same"), the things a sentence named ("the role", "that offer");
//   - a pronoun object ending a sentence of eight words or fewer, too short to have named what it
//     means ("Worth it?", "Did you have time to look over it?").
// ("that" or "those" before a noun inside a sentence is left out: as often it points inside the
// sentence, "400 units - at that size ...".)
// Sentences are aligned by words: a draft sentence stands in the rewrite where a sentence of it (guide
// lines left out) holds at least half its words; a rewrite sentence comes from the draft sentence whose
// words it holds most of (none: a line the rewrite wrote). Computed, never read by a person.
const SUBJECT_BACK = new Set(['it', 'this', 'that', 'these', 'those', 'they'])
// (In a clause, only "this" and "that": "if it's not a fit", "whether it's safe" say "it" of nothing in particular.)
const DEMONSTRATIVES = new Set(['this', 'that'])
const CLAUSE_OPENERS = new Set(['if', 'whether', 'when', 'unless', 'because'])
const NOT_A_THING = new Set(['week', 'weeks', 'month', 'months', 'year', 'quarter', 'time', 'times', 'day', 'days', 'morning', 'afternoon', 'evening', 'moment', 'way', 'email', 'e-mail', 'note', 'message', 'point', 'case', 'kind', 'sort', 'type'])
const CARRIES_BACK = /\binstead\b|\bin return\b|\b(?:either|too)\s*[.!?]*\s*$|\bas well\b|\bthe same\b|\bthe role\b|\b(?:that|this) offer\b/i
const ENDS_ON_PRONOUN = /\b(?:it|this|that|them)\s*[.!?]+\W*$/i
function leansBack(sentence) {
  if (CARRIES_BACK.test(sentence) || (ENDS_ON_PRONOUN.test(sentence) && sentence.split(/\s+/).length <= 8)) return true
  const tokens = tagText(sentence, []).filter((t) => t.pos !== 'PUNCT')
  return tokens.some((t, i) => {
    const next = tokens[i + 1]
    if (!SUBJECT_BACK.has(t.norm) || !next || (i > 0 && !(CLAUSE_OPENERS.has(tokens[i - 1].norm) && DEMONSTRATIVES.has(t.norm)))) return false
    // (A pronoun before its verb, or a demonstrative before its noun, whatever tag the tagger gives it: "That change breaks ...".)
    return (t.pos === 'PRON' && (next.pos === 'AUX' || next.pos === 'VERB')) || (t.norm !== 'it' && t.norm !== 'they' && next.pos === 'NOUN' && !NOT_A_THING.has(next.norm))
  })
}
const wordsOf = (text) => new Set(text.toLowerCase().match(/[\p{L}\d]+(?:['’][\p{L}]+)?/gu) ?? [])
const piecesOf = (text) => text.split(/(?<=[.!?]|\]\])\s+|\n+/).map((x) => x.trim()).filter((x) => /\p{L}/u.test(x))
const share = (of, by) => (of.size === 0 ? 0 : [...of].filter((w) => by.has(w)).length / of.size)
/** The rewrite's sentences that lean on a draft sentence it cut or moved behind them, each with that sentence. */
export function pointsAtCut(before, after) {
  const pieces = piecesOf(before)
  const draft = pieces.map(wordsOf)
  const rewrite = piecesOf(after).filter((x) => !/^\[\[|\]\]$/.test(x))
  const words = rewrite.map(wordsOf)
  // Where each draft sentence stands in the rewrite (-1: gone).
  const at = draft.map((w) => words.findIndex((r) => share(w, r) >= 0.5))
  const leaning = []
  rewrite.forEach((sentence, k) => {
    let from = -1
    let best = 0.5
    draft.forEach((w, i) => {
      const s = share(words[k], w)
      if (s >= best && at[i] === k) [from, best] = [i, s]
    })
    if (from <= 0 || !leansBack(sentence)) return
    const prev = at[from - 1]
    if (prev < 0 || prev > k) leaning.push({sentence, leansOn: pieces[from - 1]})
  })
  return leaning
}
