/**
 * Parsing: retext-english's parser plus merge fields, URLs, e-mail addresses and @mentions as syntax.
 *
 * The parser is parse-english, the one retext-english wraps, set up the way
 * `unified().use(retextEnglish).use(retextUrls)` sets it up; called directly, a cold start does not
 * load unified and vfile (about 25 ms) only to wrap a string. The test suite compares the trees.
 *
 * URLs and e-mail addresses are merged while parsing (retext-syntax-urls' sentence extension of the
 * parser, run by ./urls.ts); merge fields and @mentions are marked afterwards in one
 * walk each over the tree (the same `SourceNode`s that retextPlaceholders and retext-syntax-mentions
 * make, without a visitor per node).
 *
 * The tokens come from ./tokenize.ts, a faster tokenizer giving parse-latin's tokens (a table of
 * character classes instead of regular-expression tests per character); the rest is parse-english,
 * whose plugins run as ./plugins.ts says (skipped where they cannot act, one of them made cheaper).
 *
 * parse-latin works on the whole text as one token list and splices into it, which costs time
 * quadratic in the length; a long text is therefore parsed in pieces cut at paragraph breaks that
 * parse-latin never merges across, and the pieces are joined into the same tree (see `safeCut`).
 */
import {ParseEnglish} from 'parse-english'
import {toString} from 'nlcst-to-string'
import type {Parent, Root, RootContent, Sentence, SentenceContent, Source} from 'nlcst'
import {tokenize, type Origin} from './tokenize.js'
import {mergeUrls} from './urls.js'
import {paragraphPluginList, runSentencePlugins} from './plugins.js'
import {markPlaceholders, scanPlaceholders, type BrokenPlaceholder, type Placeholder} from './placeholders.js'

/**
 * parse-english with the faster tokenizer of ./tokenize.ts (same tokens, same positions), whose
 * positions start where the piece of the text being parsed starts: every other node of the tree
 * takes its points from tokens, so a piece's tree needs no walk afterwards to move its positions.
 */
class Parser extends ParseEnglish {
  constructor(private readonly origin: Origin | undefined) {
    super()
  }

  override tokenize(value?: string | null): SentenceContent[] {
    return tokenize(value ?? '', this.origin)
  }

  /** The tokens of `value` through the URL extension, then parse-english's sentence plugins (see ./plugins.ts). */
  override tokenizeSentence(value?: string | null): Sentence {
    const text = value ?? ''
    const sentence: Sentence = {type: 'SentenceNode', children: this.tokenize(text)}
    mergeUrls(sentence)
    runSentencePlugins(sentence)
    return sentence
  }
}
Parser.prototype.tokenizeParagraphPlugins = paragraphPluginList as typeof ParseEnglish.prototype.tokenizeParagraphPlugins

/** One parse, as retext-english runs it: a new parser, the sentence extensions first. */
function parse(text: string, origin?: Origin): Root {
  return new Parser(origin).parse(text)
}

export interface Parsed {
  tree: Root
  placeholders: Placeholder[]
  broken: BrokenPlaceholder[]
}

/** Parse text into nlcst with positions; merge fields, URLs and mentions are `SourceNode`s. */
export function parseText(text: string): Parsed {
  const {placeholders, broken} = scanPlaceholders(text)
  const starts = startsOf(text)
  if (starts.length === 1) return {tree: parseWhole(text, placeholders), placeholders, broken}
  const tree: Root = {type: 'RootNode', children: [...pieces(text, starts, placeholders)]}
  const head = tree.children[0]
  const tail = tree.children[tree.children.length - 1]
  if (head?.position && tail?.position) tree.position = {start: head.position.start, end: tail.position.end}
  return {tree, placeholders, broken}
}

/** Run the syntax plugins on a tree someone else parsed (the retext plugin path). */
export function applySyntax(tree: Root, text: string): Parsed {
  const {placeholders, broken} = scanPlaceholders(text)
  markPlaceholders(tree, placeholders)
  // The URL extension runs inside the parser; on a finished tree, run it on each sentence.
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') mergeUrls(sentence)
  }
  if (text.includes('@')) markMentions(tree)
  return {tree, placeholders, broken}
}

/**
 * The same tree as `parseText`, as its root's children handed out one piece at a time: a long text
 * is parsed, marked and read piece by piece, so the whole tree of a 1 MB draft never exists at once
 * and its nodes die young (a tree that lives through the analysis fills the old generation, and
 * garbage collection was most of the extra cost per character of 1 MB over 1 KB).
 */
export function parsePieces(text: string, placeholders: Placeholder[]): Iterable<RootContent> {
  const starts = startsOf(text)
  return starts.length > 1 ? pieces(text, starts, placeholders) : parseWhole(text, placeholders).children
}

/** Where a text's pieces start: [0] when it is parsed whole. */
function startsOf(text: string): number[] {
  return text.length <= PARSE_WHOLE ? [0] : pieceStarts(text)
}

function parseWhole(text: string, placeholders: Placeholder[]): Root {
  const tree = parse(text)
  markSyntax(tree, text, 0, text.length, placeholders)
  return tree
}

function* pieces(text: string, starts: number[], placeholders: Placeholder[]): Generator<RootContent> {
  let next = 0
  for (const {tree, from, to} of pieceTrees(text, starts)) {
    const first = next
    while (next < placeholders.length && placeholders[next].start < to) next++
    markSyntax(tree, text, from, to, placeholders.slice(first, next))
    yield* tree.children
  }
}

/** Mark the merge fields (those of the range) and the @mentions of the range [from, to) of `text` in its tree. */
function markSyntax(tree: Root, text: string, from: number, to: number, placeholders: Placeholder[]): void {
  markPlaceholders(tree, placeholders)
  let at = text.indexOf('@', from)
  if (at < 0 || at >= to) return
  // Only the sentences with an `@` in them are walked; `at` moves forward with the sentences (every
  // node of a tree parsed here has a position).
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      if (at < sentence.position!.start.offset!) at = text.indexOf('@', sentence.position!.start.offset!)
      if (at < 0) return
      if (at < sentence.position!.end.offset!) markMentions(sentence)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Mentions: `@name` and `@org/team` as the `SourceNode`s retext-syntax-mentions makes with its
// default style (the test suite compares the trees). A name is what GitHub accepts: up to 39 letters,
// digits and hyphens, not starting or ending with a hyphen; a possessive ('s) after it is allowed.
// After an `@`, the tokens up to white space are taken one by one while the text so far stays a
// mention (a `/` is taken without asking); the mention is what was taken, if that is one.

const HANDLE_NAME = '[a-z\\d](?:[a-z\\d-]{0,37}[a-z\\d])?'
const HANDLE = new RegExp(`^@${HANDLE_NAME}(?:/${HANDLE_NAME})?$`, 'i')
const POSSESSIVE = /['’]s?$/i

const isHandle = (value: string): boolean => HANDLE.test(value.replace(POSSESSIVE, ''))

/** `@name` (and `@org/team`) as one `SourceNode`, in every parent of the tree. */
function markMentions(parent: Parent): void {
  const children = parent.children as RootContent[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type === 'SymbolNode') {
      if (child.value === '@') markMention(children, index)
    } else if ('children' in child) markMentions(child as Parent)
  }
}

/** The mention that starts with the `@` at `at` of `nodes`, made one node, if there is one. */
function markMention(nodes: RootContent[], at: number): void {
  let text = '@'
  let next = at + 1
  for (; next < nodes.length && nodes[next].type !== 'WhiteSpaceNode'; next++) {
    const piece = toString(nodes[next])
    if (piece !== '/' && !isHandle(text + piece)) break
    text += piece
  }
  if (!isHandle(text)) return
  const mention: Source = {type: 'SourceNode', value: text}
  const start = nodes[at].position?.start
  const end = nodes[next - 1].position?.end
  if (start && end) mention.position = {start: {line: start.line, column: start.column, offset: start.offset}, end: {line: end.line, column: end.column, offset: end.offset}}
  nodes.splice(at, next - at, mention)
}

// ---------------------------------------------------------------------------------------------
// Long texts in pieces

/** Texts up to this length are parsed whole. */
const PARSE_WHOLE = 16_000
/** A piece of a long text is at least this long (when a safe cut exists). */
const PIECE = 8_000

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13
const isLower = (c: number) => c >= 97 && c <= 122
const isAlpha = (c: number) => isLower(c) || (c >= 65 && c <= 90)

/**
 * The runs of white space of one text, each scanned once however often it is asked about: a cut is
 * looked for from every piece's start, and a long run of spaces was scanned again from each of them
 * (a 400 KB draft took 20 s; one run of 4.8 million spaces, 20 s).
 */
class SpaceRuns {
  /** The last run found: [start, end) is white space, with `breaks` line ends in it. */
  private start = 0
  private end = 0
  private breaks = 0

  constructor(readonly text: string) {}

  /** The run that holds `i` or ends at `i`. */
  private find(i: number): void {
    if (i >= this.start && i <= this.end && this.end > this.start) return
    const text = this.text
    let start = i
    let end = i
    while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--
    while (end < text.length && isSpace(text.charCodeAt(end))) end++
    let breaks = 0
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k)
      if (c === 13 || (c === 10 && text.charCodeAt(k - 1) !== 13)) breaks++
    }
    this.start = start
    this.end = end
    this.breaks = breaks
  }

  /** The first offset at or after `i` that is not white space (or the text's length). */
  endOf(i: number): number {
    this.find(i)
    return Math.max(i, this.end)
  }

  /** The white space just before `at`: where it starts, and how many line ends it holds. */
  before(at: number): {start: number; breaks: number} {
    this.find(at)
    return this.end === at ? {start: this.start, breaks: this.breaks} : {start: at, breaks: 0}
  }
}

/**
 * Whether a piece may start at `at`: parse-latin gives the same tree for the text whole as for the
 * two sides apart. That holds at a blank line between a sentence that ends in `.`, `!` or `?` right
 * after a plain word (where the parser ends a sentence: not an abbreviation) and a sentence that
 * starts with a capital letter (none of its sentence-merging rules applies to such a pair).
 */
function safeCut(runs: SpaceRuns, at: number): boolean {
  const first = runs.text.charCodeAt(at)
  if (!(first >= 65 && first <= 90)) return false
  const {start, breaks} = runs.before(at)
  return breaks >= 2 && endsSentence(runs.text, start - 1)
}

/**
 * True when `text[i]` is a terminal mark after a plain word of three letters or more, where the
 * parser ends the sentence (not after an abbreviation it joins to the next sentence).
 */
function endsSentence(text: string, i: number): boolean {
  const last = i
  const mark = text.charCodeAt(i)
  if (mark !== 46 && mark !== 33 && mark !== 63) return false
  while (i >= 0 && text.charCodeAt(i) === mark) i--
  const wordEnd = i + 1
  while (i >= 0 && isAlpha(text.charCodeAt(i))) i--
  if (wordEnd - (i + 1) < 3 || (i >= 0 && !isSpace(text.charCodeAt(i)))) return false
  return parserEndsSentence(text.slice(i + 1, last + 1))
}

/** What parserEndsSentence found, by spelling (cleared when it holds this many). */
const endings = new Map<string, boolean>()
const ENDINGS_KEPT = 10_000

/**
 * Whether parse-english ends a sentence after `word` (with its marks) when a capitalised word
 * follows: "today." does, "etc.", "Ltd." and "Jan." do not (it joins an abbreviation's sentence to
 * the next). The parser itself is asked, once per spelling, so no list of its abbreviations is kept here.
 */
function parserEndsSentence(word: string): boolean {
  let ends = endings.get(word)
  if (ends === undefined) {
    const [paragraph] = new ParseEnglish().parse(`${word} Next`).children
    ends = paragraph?.type === 'ParagraphNode' && paragraph.children.filter((node) => node.type === 'SentenceNode').length === 2
    if (endings.size >= ENDINGS_KEPT) endings.clear()
    endings.set(word, ends)
  }
  return ends
}

/**
 * The start of a sentence after `from` (within a few pieces) that parse-latin would start too. A run
 * of spaces is looked past once: the next space looked for is after it, not inside it.
 */
function sentenceCut(runs: SpaceRuns, from: number): number {
  const text = runs.text
  const end = Math.min(text.length - PIECE, from + WINDOW)
  for (let at = text.indexOf(' ', from); at >= 0 && at < end; at = text.indexOf(' ', at + 1)) {
    const next = runs.endOf(at + 1)
    if (next >= text.length || next >= end) return -1
    if (sentenceStart(runs, next)) return next
    at = next - 1
  }
  return -1
}

/** Like `safeCut`, for a sentence start after a space rather than after a blank line. */
function sentenceStart(runs: SpaceRuns, at: number): boolean {
  const first = runs.text.charCodeAt(at)
  if (!(first >= 65 && first <= 90)) return false
  return endsSentence(runs.text, runs.before(at).start - 1)
}

/** How far past a piece's minimum length a paragraph or sentence cut is looked for. */
const WINDOW = 4 * PIECE
/** A piece cut where no sentence ends (a run of punctuation, one endless word) is this long. */
const HARD_PIECE = 2_000

/** A blank line in [from, from + WINDOW) where `safeCut` holds, or -1. */
function paragraphCut(runs: SpaceRuns, from: number): number {
  const text = runs.text
  const end = Math.min(text.length - PIECE, from + WINDOW)
  for (let at = text.indexOf('\n', from); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) {
    const next = runs.endOf(at + 1)
    if (next < text.length && safeCut(runs, next)) return next
    at = next - 1
  }
  return -1
}

/**
 * A cut at `at` or just after, for a stretch where no sentence ends: after the next space (or CR LF) within a
 * piece, else at `at` moved off the middle of a surrogate pair or a combining mark. parse-latin's
 * tree differs there (a sentence or a word in two), but its sentence merging is quadratic in the
 * sentences of a paragraph: 50,000 characters of "!?" took seconds whole.
 */
function hardCut(text: string, at: number): number {
  for (let i = at; i < at + HARD_PIECE && i < text.length; i++) {
    const c = text.charCodeAt(i)
    // After a CR LF, not between them: a piece's tokens cannot tell that its first LF ends a CR.
    if (isSpace(c)) return c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
  }
  while (at < text.length) {
    const c = text.charCodeAt(at)
    if (!((c >= 0xdc00 && c <= 0xdfff) || (c >= 0x300 && c <= 0x36f) || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f))) break
    at++
  }
  return at
}

/** Start offsets of the pieces of a long text (the first is 0). */
function pieceStarts(text: string): number[] {
  const starts = [0]
  const runs = new SpaceRuns(text)
  let last = 0
  let hard = false
  for (;;) {
    const length = hard ? HARD_PIECE : PIECE
    const from = last + length
    if (from >= text.length - length) break
    // A blank line between sentences, else (one huge paragraph) after a sentence end, so such a
    // text is not quadratic: the paragraph is then two paragraph nodes in the tree, with the same
    // sentences and words as parse-latin's. Else a hard cut.
    let cut = paragraphCut(runs, from)
    if (cut < 0) cut = sentenceCut(runs, from)
    hard = cut < 0
    if (hard) cut = hardCut(text, last + HARD_PIECE)
    if (cut >= text.length) break
    starts.push(cut)
    last = cut
  }
  return starts
}

/** The trees of a long text's pieces, one at a time, with positions into the whole text. */
function* pieceTrees(text: string, starts: number[]): Generator<{tree: Root; from: number; to: number}> {
  let line = 1
  let column = 1
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]
    const to = k + 1 < starts.length ? starts[k + 1] : text.length
    const piece = text.slice(from, to)
    const tree = parse(piece, {offset: from, line, column})
    // Where the next piece starts, counted the way parse-latin counts lines (no cut falls between
    // a CR and its LF: see hardCut).
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i)
      if (c === 13 || (c === 10 && piece.charCodeAt(i - 1) !== 13)) {
        line++
        column = 1
      } else if (c !== 10) column++
    }
    yield {tree, from, to}
  }
}

