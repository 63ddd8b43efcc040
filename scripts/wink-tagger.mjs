// The teacher of the own part-of-speech tagger: wink-nlp's English model with the corrections the
// grammar layer made to it while it shipped (docs/taggers.md). scripts/train-tagger.mjs reads its
// tags as silver; scripts/measure-own-tagger.mjs and measure-taggers.mjs compare it with the own
// tagger. wink-nlp and wink-eng-lite-web-model are devDependencies: the package does not use them.
// Merge fields are masked by a capitalised word of the same length, so offsets stay those of the text.
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import {corrected, grammarPart, markCompounds, prepare} from '../dist/analyse/tagging.js'
import {modifierView} from '../dist/analyse/grammar.js'

let nlp

const CONTRACTION = /^(i|you|we|they|he|she|it|that|there|who|what)('m|'re|'s|'ve|'d|'ll)$/
const CONTRACTED_LEMMA = {"'m": 'be', "'re": 'be', "'s": 'be', "'ve": 'have', "'d": 'would', "'ll": 'will'}

/**
 * Every token of `text` (of its first GRAMMAR_CHARS) with its tag and offsets, as grammar.ts's Token.
 * With `join` true (as it shipped), each word of a hyphenated compound before a noun is an adjective
 * (grammar.ts `modifierView`, the roles' view); with `join` false each keeps its own tag, as Universal
 * Dependencies and the own tagger's output do: the silver a tagger learns from.
 */
export function winkTagText(text, placeholders, join = true) {
  nlp ??= winkNLP(model, ['pos'])
  const its = nlp.its
  const part = grammarPart(text, placeholders)
  text = part.text
  placeholders = part.placeholders
  const masked = prepare(text, placeholders)
  const tokens = nlp.readDoc(masked).tokens()
  const values = tokens.out(its.value)
  const pos = tokens.out(its.pos)
  const lemmas = tokens.out(its.lemma)
  const out = []
  let at = 0
  let field = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    const found = masked.indexOf(value, at)
    // The model may spell a token differently from the text (an expanded contraction): a token not
    // found near the running offset has no place in the text and is left out.
    if (found < 0 || found - at > 64) continue
    const start = found
    const end = found + value.length
    at = end
    while (field < placeholders.length && placeholders[field].end <= start) field++
    const inField = field < placeholders.length && placeholders[field].start <= start && start < placeholders[field].end
    const lower = value.toLowerCase()
    const norm = lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower
    // "I'm", "we're", "you've": the model keeps a pronoun and its auxiliary as one token, and calls it
    // a name; they are two words, a pronoun and an auxiliary.
    const contraction = inField || !norm.includes("'") ? null : CONTRACTION.exec(norm)
    if (contraction) {
      const cut = start + contraction[1].length
      out.push({start, end: cut, norm: contraction[1], lemma: contraction[1], pos: 'PRON', field: -1})
      out.push({start: cut, end, norm: contraction[2], lemma: CONTRACTED_LEMMA[contraction[2]], pos: 'AUX', field: -1})
      continue
    }
    out.push({start, end, norm, lemma: (lemmas[i] ?? value).toLowerCase(), pos: inField ? 'PROPN' : corrected(norm, pos[i]), field: inField ? field : -1})
  }
  markCompounds(out)
  return join ? modifierView(out) : out
}
