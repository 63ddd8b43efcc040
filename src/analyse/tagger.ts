/**
 * The part-of-speech tagger of the grammatical layer: an averaged perceptron (a linear model, one
 * weight per feature and tag, the weights averaged over every training step) that tags a text's
 * tokens left to right, each tag read from the token, its neighbours and the two tags before it.
 * Trained on outreach text by `scripts/train-tagger.mjs` (silver tags of wink-nlp and 1,000
 * hand-corrected sentences: docs/taggers.md); the weights are the generated module
 * `tagger-model.ts`, read on first use.
 */
import {MODEL} from './tagger-model.js'
import {fixedTag, grammarPart, markCompounds, prepare, type Token, type Upos} from './tagging.js'
import type {Placeholder} from '../parse/placeholders.js'
import {tokenize} from './tokens.js'

export const TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'] as const
export type Tag = (typeof TAGS)[number]

/** The spelling classes of a word: case, then a hyphen, a digit, an apostrophe inside it. */
const SHAPES = ['x', 'Xx', 'X'].flatMap((head) => ['', "'", 'd', "d'", '-', "-'", '-d', "-d'"].map((rest) => head + rest))

/** A word's spelling class: case, digits, and what else it holds ("Xx", "x", "X", "d", "x-", "p"). */
export function shapeOf(word: string): string {
  const c = word.charCodeAt(0)
  if (c === 10 || c === 13 || /^\s+$/.test(word)) return 'n'
  if (c >= 48 && c <= 57 && /^\d[\d.,/-]*$/.test(word)) return 'd'
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  if (!letter && (c < 48 || c > 57) && /^[^\p{L}\p{N}]+$/u.test(word)) return 'p'
  const upper = (c >= 65 && c <= 90) || (!letter && c > 127 && /^\p{Lu}/u.test(word))
  const head = upper ? (word.length > 1 && word === word.toUpperCase() ? 2 : 1) : 0
  return SHAPES[head * 8 + (word.includes('-') ? 4 : 0) + (/\d/.test(word) ? 2 : 0) + (word.includes("'") || word.includes('’') ? 1 : 0)]
}

/** A token as a feature reads it: a line break is "<n>" (the model's text is one feature a line). */
function spelling(lower: string): string {
  return lower.charCodeAt(0) === 10 ? '<n>' : lower
}

/** The feature templates, in the order featuresOf gives their values. */
export const TEMPLATES = ['b', 'w', 's3', 's2', 's1', 'p1', 'h', 't', 'tt', 'tw', 'pw', 'nw', 'ns', 'nh', 'ps', 'pww', 'wnw', 's4', 'n2', 'p2w', 'tn', 'p3'] as const

/**
 * What the features read of each token of a sequence, worked out once: the spelling in lower case,
 * its last three letters, its spelling class. The same string objects serve every feature that
 * reads them, so a lookup hashes each once.
 */
export interface Sequence {
  words: string[]
  lower: string[]
  suffix: string[]
  shape: string[]
}

export function sequenceOf(words: string[]): Sequence {
  const lower = words.map((w) => spelling(w.toLowerCase()))
  return {words, lower, suffix: lower.map((w) => w.slice(-3)), shape: words.map(shapeOf)}
}

const OPENERS = new Set(['.', '!', '?', ':', '<n>'])
const BULLETS = new Set(['-', '*', '•'])

/** Whether token `i` opens a sentence, a line or a list item. */
function startsSentence(lower: string[], i: number): boolean {
  return i === 0 || OPENERS.has(lower[i - 1]) || (i > 1 && lower[i - 2] === '<n>' && BULLETS.has(lower[i - 1]))
}

/** The value of each template (TEMPLATES) for token `i`, given the tags of the two tokens before it. */
export function featuresOf(seq: Sequence, i: number, p1: string, p2: string, out: string[] = new Array<string>(TEMPLATES.length)): string[] {
  const {lower, suffix, shape} = seq
  const n = lower.length
  const w = lower[i]
  const prev = i > 0 ? lower[i - 1] : '<s>'
  const next = i + 1 < n ? lower[i + 1] : '</s>'
  out[0] = ''
  out[1] = w
  out[2] = suffix[i]
  out[3] = w.slice(-2)
  out[4] = w.slice(-1)
  out[5] = w[0]
  out[6] = startsSentence(lower, i) ? shape[i] + '^' : shape[i]
  out[7] = p1
  out[8] = p1 + ' ' + p2
  out[9] = p1 + ' ' + w
  out[10] = prev
  out[11] = next
  out[12] = i + 1 < n ? suffix[i + 1] : '</s>'
  out[13] = i + 1 < n ? shape[i + 1] : ''
  out[14] = i > 0 ? suffix[i - 1] : '<s>'
  out[15] = prev + ' ' + w
  out[16] = w + ' ' + next
  out[17] = w.slice(-4)
  out[18] = i + 2 < n ? lower[i + 2] : '</s>'
  out[19] = i > 1 ? lower[i - 2] : '<s>'
  out[20] = p1 + ' ' + next
  out[21] = w.slice(0, 3)
  return out
}

/**
 * A trained model, laid out for speed. Every string a feature reads (a word, a suffix, a spelling
 * class, a tag) has an id; a feature's weights are a run of `cells`, found by its packed address
 * (start times 32, plus length). Features that read one string find the address in an array
 * by the string's id; those that read two, in a PairTable by the pair of ids; those that read only
 * the token itself are summed once per spelling (`memo`, with the rest of what is read of it), and
 * those that read only the two tags before it once per pair of tags (`priors`).
 */
export interface Weights {
  ids: Map<string, number>
  /** Per template that reads one string: address by id (0: no weights). */
  single: Int32Array[]
  /** Per template that reads two strings: address by the pair of ids (PairTable). */
  pairs: PairTable[]
  /** The intrinsic templates' addresses by value. */
  rows: Array<Map<string, number>>
  /**
   * Each weight with its tag, as weight * 32 + tag index (weights of -1023 to 1023 fit 16 bits): one
   * small array read in order, where a byte of tags and eight bytes of value in two arrays made
   * scoring wait on memory. The weights are integers (train-tagger.mjs scales and rounds them), so
   * every sum of them is exact, in any order, and the scores are integers too.
   */
  cells: Int16Array
  /** Words seen often enough with one tag in training: tagged by this table, without scoring. */
  known: Map<string, Tag>
  memo: Map<string, Entry>
  /**
   * In front of `memo`, the entry last looked up by each slot of a spelling's length and three of
   * its letters (`entryAt`): a hit compares the spelling with the text in place, without cutting a
   * string out of the text and hashing it.
   */
  recent: Array<Entry | undefined>
  /**
   * The summed scores of the templates that read only the two tags before a token (t, tt), a run of
   * TAGS.length per pair of their ids, worked out on the pair's first need (`priorDone`, `prior`).
   */
  priors: Int32Array
  priorDone: Uint8Array
}

/**
 * Addresses by a pair of ids, in an open-addressing table of one typed array: a lookup per paired
 * template and token, without the hashing and bucket walk of a Map of numbers. A slot is three
 * numbers side by side (first id, second id, address), so a probe reads one place in memory.
 */
export class PairTable {
  private mask: number
  private size = 0
  /** Per slot: the first id (-1: empty), the second id, the address. */
  private slots: Int32Array

  /** `expected`: how many pairs it will hold, when known (the table is made that large at once). */
  constructor(expected = 0) {
    let length = 16
    while ((expected + 1) * 2 > length - 1) length *= 2
    this.mask = length - 1
    this.slots = PairTable.empty(length)
  }

  private static empty(length: number): Int32Array {
    const slots = new Int32Array(length * 3)
    for (let k = 0; k < slots.length; k += 3) slots[k] = -1
    return slots
  }

  /** Where the pair (a, b) is, or the empty slot where it would go: an index into `slots`. */
  private slot(a: number, b: number): number {
    const {slots, mask} = this
    let k = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask
    while (slots[3 * k] !== -1 && (slots[3 * k] !== a || slots[3 * k + 1] !== b)) k = (k + 1) & mask
    return 3 * k
  }

  /** The address of the pair (a, b), 0 if it has none. */
  get(a: number, b: number): number {
    return this.slots[this.slot(a, b) + 2]
  }

  set(a: number, b: number, address: number): void {
    if ((this.size + 1) * 2 > this.mask) this.grow()
    const k = this.slot(a, b)
    if (this.slots[k] === -1) this.size++
    this.slots[k] = a
    this.slots[k + 1] = b
    this.slots[k + 2] = address
  }

  private grow(): void {
    const old = this.slots
    const length = (this.mask + 1) * 2
    this.mask = length - 1
    this.size = 0
    this.slots = PairTable.empty(length)
    for (let k = 0; k < old.length; k += 3) if (old[k] !== -1) this.set(old[k], old[k + 1], old[k + 2])
  }
}

const T = Object.fromEntries(TEMPLATES.map((t, k) => [t, k])) as Record<(typeof TEMPLATES)[number], number>

/** The templates that read only the token itself (bias, spelling, prefix, suffixes). */
const INTRINSIC = new Set(['b', 'w', 's3', 's2', 's1', 'p1', 's4', 'p3'])
const PAIRED = new Set(['tt', 'tw', 'pww', 'wnw', 'tn'])
/** How many words' intrinsic scores are kept: past this, the memo starts again (a long paste of rare words). */
const MEMO_SIZE = 20_000

function add(weights: Weights, at: number, scores: Int32Array): void {
  const {cells} = weights
  for (let k = at >> 5, end = k + (at & 31); k < end; k++) {
    const cell = cells[k]
    scores[cell & 31] += cell >> 5
  }
}

/**
 * What the tagger reads of one spelling, worked out on its first sight and kept (`memo`): the ids of
 * its lower case, suffix and spelling class (as it stands and opening a sentence), its tag if the
 * table fixes one, and the summed scores of the templates that read only the token itself.
 */
interface Entry {
  /** The spelling as the text has it (the memo's key). */
  spelling: string
  lower: string
  /** Lower case with curly apostrophes made straight (Token.norm). */
  norm: string
  /** The lemma by tag index, once worked out (tagTextOwn). */
  lemmas: Array<string | undefined>
  word: number
  suffix: number
  shape: number
  opening: number
  known: Tag | undefined
  /** The index of `known` in TAGS, or -1. */
  knownIndex: number
  /** Whether the closed classes and the endings rule PART, or VERB, out for this spelling (ruledOut). */
  noParticle: boolean
  noVerb: boolean
  /** The spelling ends a sentence (". ! ?"). */
  endsSentence: boolean
  /** The tag the spelling always has, whatever the model says (tagging.ts `fixedTag`). */
  fixed: Upos | undefined
  /** The summed scores of the templates that read only the token itself and of its spelling class, as it stands and opening a sentence. */
  scores: Int32Array | undefined
  openingScores: Int32Array | undefined
}

const HYPHENS = /[\u2010\u2011]/
const HYPHENS_ALL = /[\u2010\u2011]/g

function entryOf(weights: Weights, word: string): Entry {
  let entry = weights.memo.get(word)
  if (entry === undefined) {
    // A spelling of its own: a string cut from the text would keep the whole text alive in the memo.
    word = (word + ' ').slice(0, -1)
    const {ids} = weights
    // A Unicode or non-breaking hyphen is read as the hyphen it stands for (tokens.ts cuts at all three).
    const lowerCase = HYPHENS.test(word) ? word.toLowerCase().replace(HYPHENS_ALL, '-') : word.toLowerCase()
    const lower = spelling(lowerCase)
    const shape = shapeOf(word)
    const norm = lowerCase.includes('\u2019') ? lowerCase.replace(/\u2019/g, "'") : lowerCase
    // A line break is space, whatever is around it; a word that always had one tag has it.
    const known = lower === '<n>' ? 'SPACE' : weights.known.get(lower)
    entry = {
      spelling: word,
      lower,
      norm,
      lemmas: [],
      word: ids.get(lower) ?? -1,
      suffix: ids.get(lower.slice(-3)) ?? -1,
      shape: ids.get(shape) ?? -1,
      opening: ids.get(shape + '^') ?? -1,
      known,
      knownIndex: known === undefined ? -1 : (TAG_INDEX.get(known) as number),
      noParticle: !PARTICLES.has(norm),
      noVerb: NOT_A_VERB.test(norm),
      endsSentence: SENTENCE_ENDS.has(norm),
      fixed: fixedTag(norm),
      scores: undefined,
      openingScores: undefined
    }
    if (weights.memo.size >= MEMO_SIZE) weights.memo.clear()
    weights.memo.set(word, entry)
  }
  return entry
}

/** How many entries `recent` holds (a power of two). */
const RECENT = 4096

/** The entry of the spelling text[start, end). */
function entryAt(weights: Weights, text: string, start: number, end: number): Entry {
  const n = end - start
  const slot = (n * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1) * 131 + text.charCodeAt(start + (n >> 1)) * 17) & (RECENT - 1)
  let entry = weights.recent[slot]
  if (entry !== undefined && entry.spelling.length === n && text.startsWith(entry.spelling, start)) return entry
  entry = entryOf(weights, text.slice(start, end))
  weights.recent[slot] = entry
  return entry
}

/**
 * The summed scores of the templates that read only the word itself and of its spelling class (as it
 * stands, or opening a sentence), worked out once per spelling.
 */
function intrinsic(weights: Weights, entry: Entry, opening: boolean, features: string[]): Int32Array {
  let scores = opening ? entry.openingScores : entry.scores
  if (scores === undefined) {
    featuresOf(sequenceOf([entry.spelling]), 0, '', '', features)
    scores = new Int32Array(TAGS.length)
    for (let k = 0; k < TEMPLATES.length; k++) {
      const at = INTRINSIC.has(TEMPLATES[k]) ? weights.rows[k].get(features[k]) : undefined
      if (at !== undefined) add(weights, at, scores)
    }
    const shape = opening ? entry.opening : entry.shape
    const at = shape < 0 ? 0 : weights.single[T.h][shape]
    if (at !== 0) add(weights, at, scores)
    if (opening) entry.openingScores = scores
    else entry.scores = scores
  }
  return scores
}

/** The ids the two tags before a token can have: '<s>', '</s>', '' and the tags (readWeights). */
const PRIOR_IDS = 3 + TAGS.length

/** Where the summed scores of the templates that read only the two tags before a token start in `weights.priors`. */
function prior(weights: Weights, p1: number, p2: number): number {
  const pair = p1 * PRIOR_IDS + p2
  const from = pair * TAGS.length
  if (weights.priorDone[pair] === 0) {
    const scores = new Int32Array(TAGS.length)
    const t = weights.single[T.t][p1]
    if (t !== 0) add(weights, t, scores)
    const tt = weights.pairs[T.tt].get(p1, p2)
    if (tt !== 0) add(weights, tt, scores)
    weights.priors.set(scores, from)
    weights.priorDone[pair] = 1
  }
  return from
}

const TAG_INDEX = new Map<string, number>(TAGS.map((t, k) => [t, k]))

const PART = TAG_INDEX.get('PART') as number
/**
 * The English particles (a closed class: the infinitive's "to", negation, the possessive): no other
 * word is tagged PART, whatever its score ("Birmingham cross-dock" is no particle).
 */
const PARTICLES = new Set(['to', 'not', "n't", "'s", "'"])

const VERB = TAG_INDEX.get('VERB') as number
/**
 * Endings no English verb has ("complementary", "various", "helpful", "seamless"; "vary" and "bless"
 * are shorter): such a word is not tagged VERB, whatever its score ("**Complementary value:**" was a verb).
 */
const NOT_A_VERB = /(?:\p{L}{4}ary|\p{L}{2}ous|\p{L}{2}ful|\p{L}{2}less)$/u

/** Whether the closed classes and the endings above rule tag `t` out for a word. */
function ruledOut(t: number, entry: Entry): boolean {
  return (t === PART && entry.noParticle) || (t === VERB && entry.noVerb)
}

/** Tags for a sequence of tokens, left to right. */
export function tagSequence(weights: Weights, words: string[]): Tag[] {
  return tagEntries(weights, words.map((w) => entryOf(weights, w)))
}

/** Tags for a sequence of tokens given by their spellings' entries, left to right. */
function tagEntries(weights: Weights, entries: Entry[]): Tag[] {
  const n = entries.length
  const {ids, single, pairs, priors} = weights
  const lower = entries.map((e) => e.lower)
  const end = ids.get('</s>') as number
  const begin = ids.get('<s>') as number
  const none = ids.get('') as number
  const scores = new Int32Array(TAGS.length)
  const features = new Array<string>(TEMPLATES.length)
  const one = (template: number, x: number): void => {
    if (x < 0) return
    const at = single[template][x]
    if (at !== 0) add(weights, at, scores)
  }
  const two = (template: number, a: number, b: number): void => {
    if (a < 0 || b < 0) return
    const at = pairs[template].get(a, b)
    if (at !== 0) add(weights, at, scores)
  }
  const out: Tag[] = []
  let p1 = begin
  let p2 = begin
  for (let i = 0; i < n; i++) {
    const entry = entries[i]
    let best = entry.knownIndex
    if (best < 0) {
      scores.set(intrinsic(weights, entry, startsSentence(lower, i), features))
      const from = prior(weights, p1, p2)
      for (let t = 0; t < TAGS.length; t++) scores[t] += priors[from + t]
      const w = entry.word
      const prev = i > 0 ? entries[i - 1].word : begin
      const next = i + 1 < n ? entries[i + 1].word : end
      two(T.tw, p1, w)
      one(T.pw, prev)
      one(T.nw, next)
      one(T.ns, i + 1 < n ? entries[i + 1].suffix : end)
      one(T.nh, i + 1 < n ? entries[i + 1].shape : none)
      one(T.ps, i > 0 ? entries[i - 1].suffix : begin)
      two(T.pww, prev, w)
      two(T.wnw, w, next)
      one(T.n2, i + 2 < n ? entries[i + 2].word : end)
      one(T.p2w, i > 1 ? entries[i - 2].word : begin)
      two(T.tn, p1, next)
      // The first best score among the tags not ruled out (ADJ, where the search starts, never is).
      best = 0
      for (let t = 1; t < TAGS.length; t++) if (scores[t] > scores[best] && !ruledOut(t, entry)) best = t
    }
    out.push(TAGS[best])
    p2 = p1
    // The tags' ids come first (readWeights), after '<s>', '</s>' and ''.
    p1 = 3 + best
  }
  return out
}

/**
 * A model as the package ships it (`tagger-model.ts`): the text form (readModel) laid out so that
 * reading it builds no string per weight and looks up no string per paired feature. All strings,
 * so the module is one object literal:
 * - `known`, `lemmas`: the text form's first and last parts as they are;
 * - `vocab`: the strings with ids after the fixed ones ('<s>', '</s>', '', the tags), in id order, a line each;
 * - `sizes`: per template (TEMPLATES), how many features it has;
 * - `keys`: per template, its features' values: a line each for a template that reads the token
 *   itself; else one character per id read (`FIRST` + id), two for a paired template;
 * - `counts`: the number of weights of each feature, template by template, a character each (`FIRST` + n);
 * - `tags`: the tag of each weight, a character each (`FIRST` + tag);
 * - `values`: the weights, a JSON array.
 * The CLI reads the model on its first lint: the text form, split into lines and pairs with a
 * string and a `Number` per weight, was a third of a cold start.
 */
export interface PackedModel {
  known: string
  lemmas: string
  vocab: string
  sizes: number[]
  keys: string[]
  counts: string
  tags: string
  values: string
}

/** What a character of `keys`, `counts` and `tags` counts from: the printable ASCII ones and past them (no JSON escapes). */
const FIRST = 35

/** The packed form (PackedModel) of a model's text form; `text` may end without lemma exceptions (readWeights). */
function packModel(text: string, lemmas = ''): PackedModel {
  const cut = text.indexOf('\n\n')
  const index = new Map<string, number>(TEMPLATES.map((t, k) => [t, k]))
  const ids = new Map<string, number>(['<s>', '</s>', '', ...TAGS].map((x, k) => [x, k]))
  const fixed = ids.size
  const byTemplate = TEMPLATES.map(() => [] as Array<[string, string]>)
  for (const line of text.slice(cut + 2).split('\n')) {
    const tab = line.indexOf('\t')
    if (tab < 0) continue
    const space = line.indexOf(' ')
    byTemplate[index.get(line.slice(0, space)) ?? 0].push([line.slice(space + 1, tab), line.slice(tab + 1)])
  }
  const char = (n: number): string => {
    if (n + FIRST >= 0xd800) throw new Error(`packModel: ${n} is past what a character holds`)
    return String.fromCharCode(FIRST + n)
  }
  const idOf = (x: string): string => {
    let v = ids.get(x)
    if (v === undefined) ids.set(x, (v = ids.size))
    return char(v)
  }
  const keys: string[] = []
  let counts = ''
  let tags = ''
  const values: number[] = []
  byTemplate.forEach((features, template) => {
    const kind = KINDS[template]
    keys.push(
      features
        .map(([value]) => {
          if (kind === ROW) return value
          if (kind === SINGLE) return idOf(value)
          const mid = value.indexOf(' ')
          return idOf(value.slice(0, mid)) + idOf(value.slice(mid + 1))
        })
        .join(kind === ROW ? '\n' : '')
    )
    for (const [, weights] of features) {
      const pairs = weights.split(' ')
      counts += char(pairs.length)
      for (const pair of pairs) {
        const colon = pair.indexOf(':')
        tags += char(Number(pair.slice(0, colon)))
        values.push(Number(pair.slice(colon + 1)))
      }
    }
  })
  return {
    known: text.slice(0, cut),
    lemmas,
    vocab: [...ids.keys()].slice(fixed).join('\n'),
    sizes: byTemplate.map((features) => features.length),
    keys,
    counts,
    tags,
    values: JSON.stringify(values)
  }
}

/** The weights of a packed model (packModel), as the tagger reads them. */
function unpackWeights(packed: PackedModel): Weights {
  const known = new Map<string, Tag>()
  for (const line of packed.known.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab > 0) known.set(line.slice(0, tab), line.slice(tab + 1) as Tag)
  }
  const ids = new Map<string, number>()
  for (const x of ['<s>', '</s>', '', ...TAGS]) ids.set(x, ids.size)
  if (packed.vocab !== '') for (const x of packed.vocab.split('\n')) ids.set(x, ids.size)
  const values = JSON.parse(packed.values) as number[]
  const cells = new Int16Array(values.length)
  for (let k = 0; k < cells.length; k++) {
    const value = values[k]
    if (!Number.isInteger(value) || Math.abs(value) >= 1024) throw new Error(`unpackWeights: weight ${value} is not an integer between -1023 and 1023 (train with a smaller --scale)`)
    cells[k] = value * 32 + packed.tags.charCodeAt(k) - FIRST
  }
  const count = ids.size
  const rows = TEMPLATES.map(() => new Map<string, number>())
  const single = TEMPLATES.map(() => new Int32Array(count))
  const pairs = TEMPLATES.map((_, template) => new PairTable(KINDS[template] === PAIR ? packed.sizes[template] : 0))
  const {counts} = packed
  let feature = 0
  let at = 0
  for (let template = 0; template < TEMPLATES.length; template++) {
    const size = packed.sizes[template]
    if (size === 0) continue
    const keys = packed.keys[template]
    const kind = KINDS[template]
    const values = kind === ROW ? keys.split('\n') : undefined
    for (let k = 0; k < size; k++) {
      const n = counts.charCodeAt(feature++) - FIRST
      const address = (at << 5) | n
      at += n
      if (values !== undefined) rows[template].set(values[k], address)
      else if (kind === SINGLE) single[template][keys.charCodeAt(k) - FIRST] = address
      else pairs[template].set(keys.charCodeAt(2 * k) - FIRST, keys.charCodeAt(2 * k + 1) - FIRST, address)
    }
  }
  return {ids, single, pairs, rows, cells, known, memo: new Map(), recent: new Array<Entry | undefined>(RECENT).fill(undefined), priors: new Int32Array(PRIOR_IDS * PRIOR_IDS * TAGS.length), priorDone: new Uint8Array(PRIOR_IDS * PRIOR_IDS)}
}

/**
 * Reads the compact text form of a model: the words of fixed tag (word, a tab, the tag), a blank
 * line, then one line per feature: the template, a space, the value (two strings joined by a space
 * for a paired template), a tab, then tag:weight pairs, the weights integers (the averaged weights
 * scaled and rounded).
 */
export function readWeights(text: string): Weights {
  return unpackWeights(packModel(text))
}

/** How a template's features find their weights (Weights): by a pair of ids, by value, by one id. */
const PAIR = 0
const ROW = 1
const SINGLE = 2
const KINDS = TEMPLATES.map((t) => (PAIRED.has(t) ? PAIR : INTRINSIC.has(t) ? ROW : SINGLE))

/** A trained model: the tagger's weights and the lemma exceptions. */
export interface Model {
  weights: Weights
  lemmas: Map<string, string>
}

/** The text train-tagger.mjs writes, packed (packModel): its weights, a blank line, the lemma exceptions. */
export function packText(text: string): PackedModel {
  const cut = text.lastIndexOf('\n\n')
  return packModel(text.slice(0, cut), text.slice(cut + 2))
}

/** A model from its packed form. */
function unpackModel(packed: PackedModel): Model {
  const lemmas = new Map<string, string>()
  for (const line of packed.lemmas.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab > 0) lemmas.set(line.slice(0, tab), line.slice(tab + 1))
  }
  return {weights: unpackWeights(packed), lemmas}
}

/** A model from the text train-tagger.mjs writes: the weights (readWeights), a blank line, the lemma exceptions. */
export function readModel(text: string): Model {
  return unpackModel(packText(text))
}

let model: Model | undefined

/** The shipped model, read on first use. */
function shippedModel(): Model {
  model ??= unpackModel(MODEL)
  return model
}

/**
 * A word's lemma by rule: the plural or third-person "-s" taken off a noun or a verb; an irregular
 * or "-ed" / "-ing" form is in the model's table of exceptions, which wins over the rule.
 */
function lemmaByRule(norm: string, tag: string, word: string): string {
  if (tag === 'SPACE') return '\n'
  // An acronym keeps its spelling ("SaaS", "SDRs").
  if ((tag !== 'NOUN' && tag !== 'VERB' && tag !== 'AUX') || /^.+\p{Lu}/u.test(word)) return norm
  if (norm.length > 4 && norm.endsWith('ies')) return norm.slice(0, -3) + 'y'
  if (norm.length > 4 && /(?:ches|shes|xes|sses|zzes)$/.test(norm)) return norm.slice(0, -2)
  if (norm.length > 3 && norm.endsWith('s') && !/(?:ss|us|is|'s)$/.test(norm)) return norm.slice(0, -1)
  if (tag === 'VERB' && norm.length > 5 && /(?:ed|ing)$/.test(norm)) {
    if (norm.endsWith('ied')) return norm.slice(0, -3) + 'y'
    const stem = norm.slice(0, norm.endsWith('ed') ? -2 : -3)
    // "slipped" -> "slip"; "approved", "rated", "pleased" -> "approve", "rate", "please".
    if (/([bdgkmnprt])\1$/.test(stem)) return stem.slice(0, -1)
    if (/(?:v|[^aeiou]at|[iy][sz]|eas|[ua][cr]|a[gz]|[^aeiou]g|[^aeioul]l)$/.test(stem)) return stem + 'e'
    return stem
  }
  return norm
}

/** The lemma of a token of this spelling (lower case, and as written) and tag. */
export function lemmaOf(norm: string, tag: string, exceptions: Map<string, string>, word = norm): string {
  return exceptions.get(norm + ' ' + tag) ?? lemmaByRule(norm, tag, word)
}

/**
 * "to" read as an infinitive's marker (PART) after a verb, an auxiliary or an adjective ("I'd love
 * to reconnect", "seem to fit", "looking to trial") has a verb after it, not the noun the model may
 * make of a word it knows little ("reconnect"): the two tags cannot both be right, and there the
 * marker is the likelier one. After a noun ("month to month") it is left alone.
 */
function infinitives(entries: Entry[], tags: Tag[]): void {
  for (let i = 2; i < tags.length; i++) {
    if (tags[i] === 'NOUN' && tags[i - 1] === 'PART' && entries[i - 1].norm === 'to' && (tags[i - 2] === 'VERB' || tags[i - 2] === 'AUX' || tags[i - 2] === 'ADJ')) tags[i] = 'VERB'
  }
}

/** Where a clause ends, for `mainVerbs`. */
const CLAUSE_ENDS = new Set<Tag>(['PUNCT', 'SCONJ', 'CCONJ', 'SPACE'])
const DO_HAVE = new Set(['do', 'does', 'did', 'have', 'has', 'had'])
const SUBJECTS = new Set<Tag>(['PRON', 'NOUN', 'PROPN'])
const WH = new Set(['what', 'how', 'why', 'where', 'when', 'who', 'which'])

/**
 * "do" and "have" (each form) read as an auxiliary after its subject, with no verb after it in its
 * clause, are the main verb ("here is what Rotaly did for two depots", "what would you do with it",
 * "our course has 200 reviews"); where the clause ends right after them (and "not" or an adverb),
 * they stand for a verb left out ("as most teams do.", "we don't.") and stay auxiliaries, as
 * Universal Dependencies tags them.
 */
function mainVerbs(entries: Entry[], tags: Tag[]): void {
  for (let i = 0; i < tags.length; i++) {
    // After its subject only: one that opens a question ("Did the team like it?", "What did they
    // pick?") has the verb after its subject, where a mis-tag of that verb must not move it.
    if (tags[i] !== 'AUX' || !DO_HAVE.has(entries[i].norm) || i === 0 || !SUBJECTS.has(tags[i - 1]) || WH.has(entries[i - 1].norm)) continue
    let j = i + 1
    while (j < tags.length && (tags[j] === 'ADV' || tags[j] === 'PART')) j++
    if (j === tags.length || CLAUSE_ENDS.has(tags[j])) continue
    while (j < tags.length && !CLAUSE_ENDS.has(tags[j]) && tags[j] !== 'VERB' && tags[j] !== 'AUX') j++
    if (j === tags.length || CLAUSE_ENDS.has(tags[j])) tags[i] = 'VERB'
  }
}

/**
 * A word after "and" or "or", in a sentence with a verb before it, with an object right after it
 * ("I wanted to follow up and share that ...", "we audit the site and send you the list"), is the
 * second verb, not a noun: a bare noun takes no object. (Not a plural before "that": "lessons and
 * datasets that allow ...".)
 */
function coordinatedVerbs(entries: Entry[], tags: Tag[]): void {
  let verb = false
  for (let i = 1; i + 1 < tags.length; i++) {
    if (tags[i] === 'SPACE' || entries[i].endsSentence) verb = false
    if (tags[i - 1] === 'VERB') verb = true
    const next = entries[i + 1].norm
    if (!verb || tags[i] !== 'NOUN' || tags[i - 1] !== 'CCONJ' || !OBJECTS.has(next) || (next === 'that' && entries[i].norm.endsWith('s'))) continue
    tags[i] = 'VERB'
  }
}
const OBJECTS = new Set(['the', 'a', 'an', 'your', 'our', 'my', 'their', 'it', 'them', 'that', 'you', 'me', 'us'])

/**
 * A sentence with no verb that opens with a noun phrase ("Our invoicing tool cuts month-end close in
 * half", "The app books appointments"), or has one after a lead-in ("Quick reminder that our platform
 * automates shift scheduling"): the "-s" word right after the phrase's singular head, with
 * an object after it, is its verb, not a second plural noun. (A sentence needs a verb; the model,
 * seeing "tool cuts" and "app books" as noun compounds, had none.) Not after a head in capitals: an
 * acronym before a plural is its modifier ("Our SEO experts GUARANTEE ...").
 */
function verbless(entries: Entry[], tags: Tag[]): void {
  let start = 0
  for (let i = 0; i <= tags.length; i++) {
    if (i < tags.length && tags[i] !== 'SPACE' && !entries[i].endsSentence) continue
    const s = start
    start = i + 1
    if (tags.slice(s, i).some((t) => t === 'VERB' || t === 'AUX')) continue
    // The noun phrase may follow a lead-in without a verb ("Quick reminder that our platform automates ...").
    let d = s
    while (d < i && !DETERMINERS.has(entries[d].norm)) d++
    if (i - d < 4) continue
    let k = d + 1
    while (k < i && (tags[k] === 'ADJ' || tags[k] === 'PROPN' || entries[k].norm === '-' || (tags[k] === 'NOUN' && !/[^s]s$/.test(entries[k].norm)))) k++
    if (k + 1 >= i || k < d + 2 || tags[k] !== 'NOUN' || !/[^s]s$/.test(entries[k].norm) || tags[k - 1] !== 'NOUN' || !/\p{Ll}/u.test(entries[k - 1].spelling)) continue
    if (OBJECT_STARTS.has(tags[k + 1])) tags[k] = 'VERB'
  }
}
/**
 * A word the model has never seen is no closed-class word (an auxiliary, a determiner, a pronoun, a
 * preposition, a conjunction, a particle): "tgx" in "the .tgx format" was read as an auxiliary. It is a
 * noun, or a name when capitalised. Nor is an unknown capitalised word an adverb: the model reads an
 * unknown word by its ending, so "Brightwell" in "Brightwell cut month-end ..." looked like "well"; a
 * known adverb ("Also", "Really") keeps its tag, and so does an unknown one in "-ly".
 */
function unknownWords(entries: Entry[], tags: Tag[]): void {
  for (let i = 0; i < tags.length; i++) {
    const e = entries[i]
    if (e.word >= 0 || !/\p{L}/u.test(e.spelling)) continue
    const capitalised = /^\p{Lu}\p{Ll}/u.test(e.spelling)
    if (CLOSED.has(tags[i])) tags[i] = capitalised ? 'PROPN' : 'NOUN'
    else if (tags[i] === 'ADV' && capitalised && !e.lower.endsWith('ly')) tags[i] = 'PROPN'
  }
}
/**
 * A name that opens a sentence, then an "-s" word read as a noun, then a determiner: the "-s" word is
 * the name's verb ("Renewly turns that spreadsheet into alerts", "Acme books the first call"), the
 * determiner determines, and a "verb" right after it, before a preposition or the end, is its noun.
 */
function namesDoing(entries: Entry[], tags: Tag[]): void {
  for (let i = 1; i + 2 < tags.length; i++) {
    if (tags[i - 1] !== 'PROPN' || tags[i] !== 'NOUN' || !/[^s]s$/.test(entries[i].norm) || !DETERMINES.has(entries[i + 1].norm)) continue
    if (i > 1 && tags[i - 2] !== 'SPACE' && !entries[i - 2].endsSentence) continue
    tags[i] = 'VERB'
    tags[i + 1] = 'DET'
    if (tags[i + 2] === 'VERB' && (i + 3 === tags.length || ['ADP', 'PUNCT', 'CCONJ'].includes(tags[i + 3]))) tags[i + 2] = 'NOUN'
  }
}
const DETERMINES = new Set(['that', 'this', 'these', 'those', 'the', 'a', 'an', 'your', 'their', 'our', 'every', 'each'])
const CLOSED = new Set<Tag>(['AUX', 'DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PART'])
const DETERMINERS = new Set(['our', 'your', 'the', 'this', 'their', 'my', 'its', 'his', 'her', 'a', 'an'])
const OBJECT_STARTS = new Set<Tag>(['DET', 'NOUN', 'ADJ', 'NUM', 'PRON', 'PROPN'])

/**
 * A sentence that is a bare word and an adverb, no verb and no question ("ACT NOW and get ...",
 * "Act fast.", "Call today!"), is an imperative: the model, seeing a word it knows as a noun open a
 * line, reads "act" as the noun. (A question, "Coffee soon?", is left alone.)
 */
function imperatives(entries: Entry[], tags: Tag[]): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== 'NOUN' || tags[i + 1] !== 'ADV' || !(i === 0 || tags[i - 1] === 'SPACE' || entries[i - 1].endsSentence)) continue
    const after = entries[i + 2]?.norm
    if (after === undefined || IMPERATIVE_ENDS.has(after) || tags[i + 2] === 'SPACE' || tags[i + 2] === 'CCONJ') tags[i] = 'VERB'
  }
}
const SENTENCE_ENDS = new Set(['.', '!', '?'])
const IMPERATIVE_ENDS = new Set(['.', '!', ','])

/**
 * An "-ing" word right after a hyphenated participle ("AI-powered routing", "cloud-based hosting",
 * "data-driven marketing") is the noun it describes, not a second verb: the model, seeing two verbs'
 * endings side by side, reads both as verbs, and then no compound is marked before a noun.
 */
function gerunds(spans: Array<{start: number; end: number}>, entries: Entry[], tags: Tag[]): void {
  for (let i = 3; i < tags.length; i++) {
    const participle = entries[i - 1].norm
    if (tags[i] !== 'VERB' || !entries[i].norm.endsWith('ing') || tags[i - 1] !== 'VERB' || !participle.endsWith('ed') || entries[i - 2].norm !== '-') continue
    if (spans[i - 2].end === spans[i - 1].start && spans[i - 3].end === spans[i - 2].start && spans[i - 1].end < spans[i].start) tags[i] = 'NOUN'
  }
}

/**
 * Every token of `text` (of its first GRAMMAR_CHARS) with its tag, lemma and offsets, in text order
 * (grammar.ts gives it to the linter): merge fields masked and tagged PROPN, a capitalised common word
 * that opens a sentence read in lower case (tagging.ts), then this tagger, then tagging.ts's
 * corrections; each part of a hyphenated compound keeps its own tag, the compound marked
 * (tagging.ts `markCompounds`). `model` is the shipped one unless given (cross-validation trains others).
 */
export function tagText(text: string, placeholders: Placeholder[], {weights, lemmas}: Model = shippedModel()): Token[] {
  const part = grammarPart(text, placeholders)
  text = part.text
  placeholders = part.placeholders
  const masked = prepare(text, placeholders)
  const spans = tokenize(masked)
  // Each spelling's entry is looked up once (a map of up to MEMO_SIZE spellings) for the tags and the lemmas.
  const entries: Entry[] = []
  for (const {start, end} of spans) entries.push(entryAt(weights, masked, start, end))
  const tags = tagEntries(weights, entries)
  infinitives(entries, tags)
  gerunds(spans, entries, tags)
  mainVerbs(entries, tags)
  imperatives(entries, tags)
  coordinatedVerbs(entries, tags)
  verbless(entries, tags)
  unknownWords(entries, tags)
  namesDoing(entries, tags)
  const out: Token[] = []
  let field = 0
  for (let i = 0; i < spans.length; i++) {
    const {start, end} = spans[i]
    while (field < placeholders.length && placeholders[field].end <= start) field++
    const inField = field < placeholders.length && placeholders[field].start <= start && start < placeholders[field].end
    const entry = entries[i]
    const norm = entry.norm
    const pos = inField ? 'PROPN' : (entry.fixed ?? tags[i])
    // (The tags are TAGS' own strings: a scan of eighteen compares no characters.)
    const k = TAGS.indexOf(pos)
    const lemma = (entry.lemmas[k] ??= lemmaOf(norm, pos, lemmas, entry.spelling))
    out.push({start, end, norm, lemma, pos, field: inField ? field : -1})
  }
  markCompounds(out)
  return out
}
