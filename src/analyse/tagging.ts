/**
 * What every part-of-speech tagger of the grammatical layer shares: the Token it gives, the part of
 * a text it reads, how merge fields and sentence-initial words are prepared before tagging, and the
 * corrections made after it (docs/taggers.md). No tagger lives here.
 */
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
  /**
   * Set on each word of a hyphen-joined run before a noun ("30" and "minute" in "a 30-minute call",
   * "industry" and "leading" in "our industry-leading platform"): the run is one premodifier of that
   * noun. `pos` stays each part's own tag, as Universal Dependencies tags it; the roles read the run
   * as an adjective (grammar.ts `modifierView`).
   */
  compound?: true
}

/**
 * The text as the model reads it: merge fields masked, and a common word that opens a line or a
 * sentence in lower case ("Worth 20 minutes?", "Lovely to meet you"), since the model reads such
 * capitalised words there as names.
 */
export function prepare(text: string, placeholders: Placeholder[]): string {
  let out = ''
  let at = 0
  for (const p of placeholders) {
    out += text.slice(at, p.start) + 'Z' + 'x'.repeat(Math.max(0, p.end - p.start - 1))
    at = p.end
  }
  out += text.slice(at)
  // A backtick typed for an apostrophe ("I`ve") is one, and the same length.
  if (out.includes('`')) out = out.replace(/(?<=[A-Za-z])`(?=[a-z])/g, "'")
  // Shouting ("FREE", "URGENT", "ACT NOW") is read in lower case: the model reads every word in
  // capitals as a name, and a shouted word's capital says nothing of a name even where it opens a
  // sentence ("ACT NOW and get ..." read "Act" as a name). Then a common word that opens a sentence
  // is read in lower case.
  return out
    .replace(CAPITALS, (run: string) => (/[A-Z]{4}|\s/.test(run) ? run.toLowerCase() : run))
    .replace(SENTENCE_INITIAL, (whole: string, before: string, word: string) => (STARTERS.has(word) ? before + word[0].toLowerCase() + word.slice(1) : whole))
}

/**
 * A run of words in capitals. It is shouting when it has two words or more ("ACT NOW", "LIMITED
 * TIME OFFER") or a word of four letters or more ("FREE", "HVAC"); an acronym alone ("CRM", "our
 * ROI") stays as written.
 */
const CAPITALS = /\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,})*\b/g

/**
 * Closed-class words whose tag never depends on context in outreach, and the cardinals spelled out
 * ("200 five-star reviews": "five" was read as an adjective before the hyphen; the hand sentences tag
 * every one of them NUM). "one" is left to the model: it is a pronoun as often ("the one that ...").
 */
const FIXED = new Map<string, Upos>([
  ['i', 'PRON'],
  ["'m", 'AUX'],
  ["'re", 'AUX'],
  ["'ve", 'AUX'],
  ["'ll", 'AUX'],
  ["'d", 'AUX'],
  ...'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion'
    .split(' ')
    .map((w): [string, Upos] => [w, 'NUM'])
])

/** Corrections of the model's tag from the word's own form (docs/taggers.md). */
export function corrected(norm: string, pos: Upos): Upos {
  return fixedTag(norm) ?? pos
}

/** The tag a word of this spelling (lower case) always has, whatever a model says; undefined for most words. */
export function fixedTag(norm: string): Upos | undefined {
  return FIXED.get(norm)
}

/**
 * "a 200-person team", "our industry-leading, AI-powered platform": words joined by hyphens before a
 * noun, or before an adjective unless the last part is an adverb ("a 14-day free trial"), describe
 * it. Each such word is marked `compound`; its tag is left as the tagger gave it.
 */
export function markCompounds(tokens: Token[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i + 1].norm !== '-' || tokens[i + 1].start !== tokens[i].end || tokens[i + 2].start !== tokens[i + 1].end || tokens[i].field >= 0) continue
    let last = i + 2
    while (last + 2 < tokens.length && tokens[last + 1].norm === '-' && tokens[last + 1].start === tokens[last].end && tokens[last + 2].start === tokens[last + 1].end) last += 2
    const next = tokens[last + 1]
    if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || (next.pos === 'ADJ' && tokens[last].pos !== 'ADV')) && tokens.slice(i, last + 1).every((t) => t.field < 0)) {
      for (let k = i; k <= last; k += 2) tokens[k].compound = true
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

/** The part of a text the grammar reads (GRAMMAR_CHARS at most, cut at a space), with its merge fields. */
export function grammarPart(text: string, placeholders: Placeholder[]): {text: string; placeholders: Placeholder[]} {
  // The fields inside the part read (a prefix of the list, so a token's `field` indexes both).
  if (placeholders.length > 0 && placeholders[placeholders.length - 1].end > text.length) placeholders = placeholders.filter((p) => p.end <= text.length)
  if (text.length > GRAMMAR_CHARS) {
    // Cut at the last line break or space before the limit, not inside a word.
    const cut = Math.max(text.lastIndexOf('\n', GRAMMAR_CHARS), text.lastIndexOf(' ', GRAMMAR_CHARS), GRAMMAR_CHARS / 2)
    text = text.slice(0, cut)
    placeholders = placeholders.filter((p) => p.end <= cut)
  }
  return {text, placeholders}
}
