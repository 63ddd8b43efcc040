/**
 * Part-of-speech tags for a text, from wink-nlp's English model (chosen by measurement: see
 * docs/taggers.md). Merge fields are tagged as the names they stand for: each is masked by a
 * capitalised word of the same length before tagging, so offsets stay those of the text.
 *
 * The model is made on first use, not at import, so a linter that never lints pays nothing.
 */
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import type {Placeholder} from '../parse/placeholders.js'
import {corrected, grammarPart, joinCompounds, prepare, type Token, type Upos} from './tagging.js'

export {GRAMMAR_CHARS, type Token, type Upos} from './tagging.js'

type Nlp = ReturnType<typeof winkNLP>
let nlp: Nlp | undefined

function tagger(): Nlp {
  nlp ??= winkNLP(model, ['pos'])
  return nlp
}

const CONTRACTION = /^(i|you|we|they|he|she|it|that|there|who|what)('m|'re|'s|'ve|'d|'ll)$/
const CONTRACTED_LEMMA: Record<string, string> = {"'m": 'be', "'re": 'be', "'s": 'be', "'ve": 'have', "'d": 'would', "'ll": 'will'}

/** Every token of `text` (of its first GRAMMAR_CHARS) with its tag and offsets, in text order. */
export function tagText(text: string, placeholders: Placeholder[]): Token[] {
  const nlp = tagger()
  const its = nlp.its
  const part = grammarPart(text, placeholders)
  text = part.text
  placeholders = part.placeholders
  const masked = prepare(text, placeholders)
  const tokens = nlp.readDoc(masked).tokens()
  const values = tokens.out(its.value) as string[]
  const pos = tokens.out(its.pos) as string[]
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[]
  const out: Token[] = []
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
    out.push({
      start,
      end,
      norm,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: inField ? 'PROPN' : corrected(norm, pos[i] as Upos),
      field: inField ? field : -1
    })
  }
  joinCompounds(out)
  return out
}

