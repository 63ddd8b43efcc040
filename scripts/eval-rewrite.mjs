// The rewrite's "points at a cut" check, apart from eval.mjs so that a test can run it on its own.
import {tagText} from '../dist/analyse/grammar.js'
import {KNOWN_ALREADY} from '../dist/fix/cohere.js'

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
//   - "this" or "it" as the object of a verb with its particle, "how I could set this up for you",
//     "exactly who I built this for", "trying it out", or "a tool like this": the offer was named
//     before (round 23's judges, r1819, r1852; it was read only as a subject before);
//   - a pronoun object ending a sentence of eight words or fewer, too short to have named what it
//     means ("Worth it?", "Did you have time to look over it?");
//   - "it" as the subject of a clause opened by "if", "when", "once", "unless" or "until", before a verb
//     of its own ("No worries if it got buried", "If it freezes red, it's forged"; not "if it helps",
//     "if it's not a fit": "it" of nothing in particular).
// And a sentence leans on any earlier line that alone introduced what it names by "the" and a noun:
// "the app recommends ..." after "I built Vitamin D Explorer, a free app that ..." was cut, "The curator
// takes over ..." after the line defining the programme went, "the .pvf format" after the steps that
// named the file: the noun is in an earlier sentence of the draft, and in no earlier one of the rewrite
// (merge fields, "Hi [curator's name]", name no thing).
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
const CARRIES_BACK = /^\W*(?:P\.?S\.?\W*)?if\s+(?:things|anything|that)\s+changes?\b|^\W*(?:P\.?S\.?\W*)?if\s+I['’]ve\s+misread\b|\bstill interested\b|\b(?:e-?mail|note|message)\s+(?:on|about)\s+it\b|\binstead\b|\bin return\b|\b(?:either|too)\s*[.!?]*\s*$|\bas well\b|\bthe same\b|\bthe role\b|\b(?:that|this) offer\b|\b(?:set|built|made|try|trying|test|testing)\s+(?:this|it)\s+(?:up|for|out)\b|\b(?:a|an)\s+\w+\s+like\s+this\b(?!\s*:)/i
const ENDS_ON_PRONOUN = /\b(?:it|this|that|them)\s*[.!?]+\W*$/i
const CLAUSE_ON_IT = new Set(['if', 'when', 'once', 'unless', 'until'])
// (The verbs "it" of nothing in particular takes: "if it helps", "when it comes to", "if it works for you".)
const ANY_IT = new Set(['help', 'helps', 'work', 'works', 'make', 'makes', 'sound', 'sounds', 'seem', 'seems', 'look', 'looks', 'suit', 'suits', 'come', 'comes', 'matter', 'matters', 'fit', 'fits', 'turn', 'turns', 'happen', 'happens'])
function leansBack(sentence) {
  if (CARRIES_BACK.test(sentence) || (ENDS_ON_PRONOUN.test(sentence) && sentence.split(/\s+/).length <= 8)) return true
  const tokens = tagText(sentence, []).filter((t) => t.pos !== 'PUNCT')
  if (tokens.some((t, i) => t.norm === 'it' && i > 0 && CLAUSE_ON_IT.has(tokens[i - 1].norm) && tokens[i + 1]?.pos === 'VERB' && !ANY_IT.has(tokens[i + 1].norm))) return true
  return tokens.some((t, i) => {
    const next = tokens[i + 1]
    if (!SUBJECT_BACK.has(t.norm) || !next || (i > 0 && !(CLAUSE_OPENERS.has(tokens[i - 1].norm) && DEMONSTRATIVES.has(t.norm)))) return false
    // (A pronoun before its verb, or a demonstrative before its noun, whatever tag the tagger gives it: "That change breaks ...".)
    return (t.pos === 'PRON' && (next.pos === 'AUX' || next.pos === 'VERB')) || (t.norm !== 'it' && t.norm !== 'they' && next.pos === 'NOUN' && !NOT_A_THING.has(next.norm))
  })
}
/**
 * The nouns a sentence names by "that" or "those" right before them: "lose that lead" -> lead. (Not
 * one after a figure or a clause break in the sentence, "400 units; at that volume ...": it points inside it.)
 */
function demonstrativeNouns(sentence) {
  const tokens = tagText(sentence, []).filter((t) => t.pos !== 'PUNCT')
  return tokens.filter((t, i) => i > 0 && (tokens[i - 1].norm === 'that' || tokens[i - 1].norm === 'those') && !/[\d;,:—–]/.test(sentence.slice(0, tokens[i - 1].start)) && t.pos === 'NOUN' && /^[a-z]{3,}$/.test(t.norm) && !NOT_A_THING.has(t.norm) && !KNOWN_ALREADY.has(t.norm)).map((t) => t.norm.replace(/(?<=[a-z]{3})s$/, ''))
}
/** The nouns a sentence names by "the", unless a clause or "of" after them says which: "the curator takes" -> curator. */
function definiteNouns(sentence) {
  const tokens = tagText(sentence, []).filter((t) => t.pos !== 'PUNCT')
  const nouns = []
  tokens.forEach((t, i) => {
    if (t.norm !== 'the') return
    let j = i + 1
    const run = []
    // (An adjective or a name after a noun opens the next phrase: "the .pvf format last year", "the app recommends D3".)
    while (j < tokens.length && ['ADJ', 'NOUN', 'PROPN', 'X'].includes(tokens[j].pos) && !((tokens[j].pos === 'ADJ' || tokens[j].pos === 'PROPN') && run.at(-1)?.pos === 'NOUN')) run.push(tokens[j++])
    const next = tokens[j]
    // (A superlative or an ordinal introduces what it names: "the first DeFi protocol", "the only tool".)
    if (run.length > 0 && /^(?:first|second|third|only|next|last|\w+est)$/.test(run[0].norm)) return
    if (next && (next.norm === 'of' || next.pos === 'PRON' || next.norm === 'that' || next.norm === 'which' || next.norm === 'who')) return
    // (The phrase's head, its last noun; or the one before a last "noun" the tagger read for the verb: "the app recommends D3".)
    const named = run.filter((w) => w.pos !== 'ADJ')
    const verbLike = named.length > 1 && named.at(-1) === run.at(-1) && /s$/.test(run.at(-1).norm) && next !== undefined
    // (And a modifier that is a name or a file's extension: "the .pvf format".)
    const own = named.filter((w, k) => k < named.length - 1 && (w.pos === 'PROPN' || sentence[w.start - 1] === '.'))
    for (const w of [...own, ...named.slice(verbLike ? -2 : -1)]) if (/^[a-z][a-z\d]{2,}$/.test(w.norm) && !NOT_A_THING.has(w.norm) && !KNOWN_ALREADY.has(w.norm) && !KNOWN_ALREADY.has(w.norm.replace(/s$/, ''))) nouns.push(w.norm.replace(/(?<=[a-z]{3})s$/, ''))
  })
  return nouns
}
const unfielded = (text) => text.replace(/\[[^\]\n]*\]|\{\{?[^{}\n]*\}\}?|<%[^%]*%>/g, ' ')
const mentions = (text, noun) => new RegExp(`\\b${noun}(?:e?s)?\\b`, 'i').test(unfielded(text))
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
    // (Not a heading, "**The Platform:**": a label, not a sentence.)
    if (from <= 0 || (/:\W*$/.test(sentence) && sentence.split(/\s+/).length <= 5)) return
    const prev = at[from - 1]
    if (leansBack(sentence) && (prev < 0 || prev > k)) {
      leaning.push({sentence, leansOn: pieces[from - 1]})
      return
    }
    // (And "that" or "those" before a noun no line of the rewrite named before, after a line that
    // went: "Most businesses lose that lead." after "If a client calls and no one answers, what
    // happens?" was cut (round 24's judges, r1820).)
    if (prev < 0 && demonstrativeNouns(sentence).some((noun) => !rewrite.slice(0, k + 1).some((x) => mentions(x.slice(0, x === sentence ? x.search(new RegExp(`\\b(?:that|those)\\s+${noun}`, 'i')) : undefined), noun)))) {
      leaning.push({sentence, leansOn: pieces[from - 1]})
      return
    }
    // (What only a line the rewrite no longer says before it introduced.)
    for (const noun of definiteNouns(sentence)) {
      if (rewrite.slice(0, k).some((x) => mentions(x, noun))) continue
      const introduced = pieces.slice(0, from).findLast((x) => mentions(x, noun))
      if (introduced !== undefined) {
        leaning.push({sentence, leansOn: introduced})
        return
      }
    }
  })
  return leaning
}
