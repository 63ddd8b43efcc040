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

/** Universal POS tags (https://universaldependencies.org/u/pos/). */
export type Upos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE'

export interface Token {
  start: number
  end: number
  /** Lower-cased spelling, curly apostrophes made straight. */
  norm: string
  /** The model's lemma, lower case ("drafts" -> "draft", "'re" -> "be"). */
  lemma: string
  pos: Upos
  /** Index of the merge field this token masks, or -1. */
  field: number
}

type Nlp = ReturnType<typeof winkNLP>
let nlp: Nlp | undefined

function tagger(): Nlp {
  nlp ??= winkNLP(model, ['pos'])
  return nlp
}

/**
 * The text as the model reads it: merge fields masked, and a common word that opens a line or a
 * sentence in lower case ("Worth 20 minutes?", "Lovely to meet you"), since the model reads such
 * capitalised words there as names.
 */
function prepare(text: string, placeholders: Placeholder[]): string {
  let out = ''
  let at = 0
  for (const p of placeholders) {
    out += text.slice(at, p.start) + 'Z' + 'x'.repeat(Math.max(0, p.end - p.start - 1))
    at = p.end
  }
  out += text.slice(at)
  // A backtick typed for an apostrophe ("I`ve") is one, and the same length.
  if (out.includes('`')) out = out.replace(/(?<=[A-Za-z])`(?=[a-z])/g, "'")
  // A word in capitals ("FREE", "URGENT", "HVAC") is shouting or an acronym of a thing far more
  // often than a name in outreach; the model reads every one as a name.
  return out
    .replace(SENTENCE_INITIAL, (whole: string, before: string, word: string) => (STARTERS.has(word) ? before + word[0].toLowerCase() + word.slice(1) : whole))
    .replace(CAPITALS, (word) => word.toLowerCase())
}

const CAPITALS = /\b[A-Z]{4,}\b/g

/** Closed-class words whose tag never depends on context in outreach. */
const FIXED = new Map<string, Upos>([
  ['i', 'PRON'],
  ["'m", 'AUX'],
  ["'re", 'AUX'],
  ["'ve", 'AUX'],
  ["'ll", 'AUX'],
  ["'d", 'AUX']
])

const CONTRACTION = /^(i|you|we|they|he|she|it|that|there|who|what)('m|'re|'s|'ve|'d|'ll)$/
const CONTRACTED_LEMMA: Record<string, string> = {"'m": 'be', "'re": 'be', "'s": 'be', "'ve": 'have', "'d": 'would', "'ll": 'will'}

/** Corrections of the model's tag from the word's own form (docs/taggers.md). */
function corrected(norm: string, pos: Upos): Upos {
  return FIXED.get(norm) ?? pos
}

/**
 * "a 200-person team", "our industry-leading, AI-powered platform": words joined by hyphens before
 * a noun describe it, whatever the model made of each part (a number, a noun, a verb).
 */
function joinCompounds(tokens: Token[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i + 1].norm !== '-' || tokens[i + 1].start !== tokens[i].end || tokens[i + 2].start !== tokens[i + 1].end || tokens[i].field >= 0) continue
    let last = i + 2
    while (last + 2 < tokens.length && tokens[last + 1].norm === '-' && tokens[last + 1].start === tokens[last].end && tokens[last + 2].start === tokens[last + 1].end) last += 2
    const next = tokens[last + 1]
    if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || (next.pos === 'ADJ' && tokens[last].pos !== 'ADV')) && tokens.slice(i, last + 1).every((t) => t.field < 0)) {
      for (let k = i; k <= last; k += 2) tokens[k].pos = 'ADJ'
    }
    i = last
  }
}

/**
 * Words that open outreach sentences and that the model, seeing them capitalised there, reads as
 * names. Only these are lower-cased: a name that opens a sentence ("Brightwell cut ...") stays one.
 */
const STARTERS = new Set(
  (
    'Worth Lovely Great Nice Quick Just Thanks Thank Happy Hope Hoping Curious Noticed Saw Loved Congrats Congratulations Open Interested ' +
    'Free Looking Following Circling Bumping Wanted Any Glad Excited Keen Pleased Sorry Apologies Hey Hi Hello Dear Love Enjoyed Impressed ' +
    'Mind Fancy Got Have Had Fair Fancy Amazing Awesome Cool Sounds Sound Shall Should Could Would Can Will Did Does Do Is Are Was Were ' +
    'Want Need Reply Book Grab Let Check Feel Imagine Picture Running Building Helping Working Spotted Read Heard Caught Came Checking ' +
    'Touching Reaching Bringing Floating Resurfacing Quickly Also Plus Honestly Basically Totally Really Absolutely Definitely Exciting'
  ).split(' ')
)

/**
 * A capitalised word (not all capitals) at the start of the text, a line, or after . ! ? and a space;
 * what comes before it is matched (group 1) rather than looked behind for, which V8 runs far faster.
 */
const SENTENCE_INITIAL = /((?:^|[\n.!?])[ \t]{0,3})([A-Z][a-z][a-z'’-]*)/g

/**
 * How much of a text the grammar reads: an outreach message is far shorter, and what follows a
 * paste this long (a thread, a signature block, a log) says nothing about the draft's roles. It
 * keeps the cost of a 5 MB input that of its first part.
 */
export const GRAMMAR_CHARS = 20_000

/** Every token of `text` (of its first GRAMMAR_CHARS) with its tag and offsets, in text order. */
export function tagText(text: string, placeholders: Placeholder[]): Token[] {
  const nlp = tagger()
  const its = nlp.its
  // The fields inside the part read (a prefix of the list, so a token's `field` indexes both).
  if (placeholders.length > 0 && placeholders[placeholders.length - 1].end > text.length) placeholders = placeholders.filter((p) => p.end <= text.length)
  if (text.length > GRAMMAR_CHARS) {
    // Cut at the last line break or space before the limit, not inside a word.
    const cut = Math.max(text.lastIndexOf('\n', GRAMMAR_CHARS), text.lastIndexOf(' ', GRAMMAR_CHARS), GRAMMAR_CHARS / 2)
    text = text.slice(0, cut)
    placeholders = placeholders.filter((p) => p.end <= cut)
  }
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
