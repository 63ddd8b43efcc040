/**
 * The unified pipeline: retext-english plus merge fields, URLs, e-mail addresses and @mentions as syntax.
 *
 * URLs and e-mail addresses are merged while parsing (a sentence extension of the parser, ported from
 * retext-syntax-urls in ./urls.ts); merge fields and @mentions are marked afterwards in one walk each
 * over the tree (the same `SourceNode`s that retextPlaceholders and retext-syntax-mentions make,
 * without a visitor per node).
 *
 * parse-latin works on the whole text as one token list and splices into it, which costs time
 * quadratic in the length; a long text is therefore parsed in pieces cut at paragraph breaks that
 * parse-latin never merges across, and the pieces are joined into the same tree (see `safeCut`).
 */
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {toString} from 'nlcst-to-string'
import type {Parent, Root, RootContent, Source} from 'nlcst'
import type {Point} from 'unist'
import retextUrls, {mergeUrls} from './urls.js'
import {markPlaceholders, scanPlaceholders, type BrokenPlaceholder, type Placeholder} from './placeholders.js'

const parser = unified().use(retextEnglish).use(retextUrls).freeze()

export interface Parsed {
  tree: Root
  placeholders: Placeholder[]
  broken: BrokenPlaceholder[]
}

/** Parse text into nlcst with positions; merge fields, URLs and mentions are `SourceNode`s. */
export function parseText(text: string): Parsed {
  const {placeholders, broken} = scanPlaceholders(text)
  const tree = parseTree(text)
  markPlaceholders(tree, placeholders)
  if (text.includes('@')) markMentions(tree)
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

// ---------------------------------------------------------------------------------------------
// Mentions: the same rule as retext-syntax-mentions with its default (GitHub) style.

const GENITIVE = /['’]s?$/i
const GITHUB_MENTION = /^@(?:[a-z\d]{1,2}|[a-z\d][a-z\d-]{1,37}[a-z\d])(\/(?:[a-z\d]{1,2}|[a-z\d][a-z\d-]{1,37}[a-z\d]))?$/i

function isMention(value: string): boolean {
  return GITHUB_MENTION.test(value.replace(GENITIVE, ''))
}

function copyPoint(point: Point | undefined): Point | undefined {
  if (!point || typeof point.line !== 'number' || point.line < 1 || typeof point.column !== 'number' || point.column < 1) return undefined
  return {line: point.line, column: point.column, offset: typeof point.offset === 'number' && point.offset > -1 ? point.offset : undefined}
}

/** `@name` (and `@org/team`) as one `SourceNode`, in every parent of the tree. */
export function markMentions(parent: Parent): void {
  const children = parent.children as RootContent[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type === 'SymbolNode') {
      if (child.value === '@') mention(children, index)
    } else if ('children' in child) markMentions(child as Parent)
  }
}

function mention(siblings: RootContent[], index: number): void {
  let value = '@'
  let offset = index + 1
  while (offset < siblings.length) {
    const sibling = siblings[offset]
    if (sibling.type === 'WhiteSpaceNode') break
    const part = toString(sibling)
    if (part !== '/' && !isMention(value + part)) break
    value += part
    offset++
  }
  if (!isMention(value)) return
  const start = copyPoint(siblings[index].position?.start)
  const end = copyPoint(siblings[offset - 1].position?.end)
  const replacement: Source = {type: 'SourceNode', value}
  if (start && end) replacement.position = {start, end}
  siblings.splice(index, offset - index, replacement)
}

// ---------------------------------------------------------------------------------------------
// Long texts in pieces

/** Texts up to this length are parsed whole. */
const PARSE_WHOLE = 16_000
/** A piece of a long text is at least this long (when a safe cut exists). */
const PIECE = 8_000

const ABBREVIATION = /^(?:[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13
const isLower = (c: number) => c >= 97 && c <= 122
const isAlpha = (c: number) => isLower(c) || (c >= 65 && c <= 90)

/**
 * Whether a piece may start at `at`: parse-latin gives the same tree for the text whole as for the
 * two sides apart. That holds at a blank line between a sentence that ends in `.`, `!` or `?` right
 * after a plain word (not an abbreviation it would join to the next sentence) and a sentence that
 * starts with a capital letter (none of its sentence-merging rules applies to such a pair).
 */
function safeCut(text: string, at: number): boolean {
  const first = text.charCodeAt(at)
  if (!(first >= 65 && first <= 90)) return false
  let i = at - 1
  let breaks = 0
  while (i >= 0 && isSpace(text.charCodeAt(i))) {
    const c = text.charCodeAt(i)
    if (c === 13 || (c === 10 && text.charCodeAt(i - 1) !== 13)) breaks++
    i--
  }
  return breaks >= 2 && endsSentence(text, i)
}

/** True when `text[i]` is a terminal mark after a plain word of three letters or more (no abbreviation). */
function endsSentence(text: string, i: number): boolean {
  const mark = text.charCodeAt(i)
  if (mark !== 46 && mark !== 33 && mark !== 63) return false
  while (i >= 0 && text.charCodeAt(i) === mark) i--
  const wordEnd = i + 1
  while (i >= 0 && isAlpha(text.charCodeAt(i))) i--
  if (wordEnd - (i + 1) < 3 || (i >= 0 && !isSpace(text.charCodeAt(i)))) return false
  return !ABBREVIATION.test(text.slice(i + 1, wordEnd).toLowerCase())
}

/** The start of a sentence after `from` (within a few pieces) that parse-latin would start too. */
function sentenceCut(text: string, from: number): number {
  const end = Math.min(text.length - PIECE, from + 4 * PIECE)
  for (let at = text.indexOf(' ', from); at >= 0 && at < end; at = text.indexOf(' ', at + 1)) {
    let next = at + 1
    while (next < text.length && isSpace(text.charCodeAt(next))) next++
    if (next >= text.length || next >= end) return -1
    if (sentenceStart(text, next)) return next
  }
  return -1
}

/** Like `safeCut`, for a sentence start after a space rather than after a blank line. */
function sentenceStart(text: string, at: number): boolean {
  const first = text.charCodeAt(at)
  if (!(first >= 65 && first <= 90)) return false
  let i = at - 1
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--
  return endsSentence(text, i)
}

/** Start offsets of the pieces of a long text (the first is 0). */
function pieceStarts(text: string): number[] {
  const starts = [0]
  let from = PIECE
  while (from < text.length - PIECE) {
    let at = text.indexOf('\n', from)
    let cut = -1
    while (at >= 0 && at < text.length - PIECE) {
      let next = at + 1
      while (next < text.length && isSpace(text.charCodeAt(next))) next++
      if (next < text.length && safeCut(text, next)) {
        cut = next
        break
      }
      at = text.indexOf('\n', next)
    }
    // No paragraph break to cut at (one huge paragraph): cut after a sentence end instead, so such a
    // text is not quadratic. The paragraph is then two paragraph nodes in the tree; its sentences
    // and words are the same as parse-latin's.
    if (cut < 0) cut = sentenceCut(text, from)
    if (cut < 0) break
    starts.push(cut)
    from = cut + PIECE
  }
  return starts
}

function parseTree(text: string): Root {
  if (text.length <= PARSE_WHOLE) return parser.parse(text) as Root
  const starts = pieceStarts(text)
  if (starts.length === 1) return parser.parse(text) as Root
  const root: Root = {type: 'RootNode', children: []}
  let line = 1
  let column = 1
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]
    const to = k + 1 < starts.length ? starts[k + 1] : text.length
    const piece = text.slice(from, to)
    const tree = parser.parse(piece) as Root
    if (from > 0) shift(tree, from, line, column)
    for (const child of tree.children) root.children.push(child)
    // Where the next piece starts, counted the way parse-latin counts lines.
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i)
      if (c === 13 || (c === 10 && (i > 0 ? piece.charCodeAt(i - 1) : text.charCodeAt(from - 1)) !== 13)) {
        line++
        column = 1
      } else if (c !== 10) column++
    }
  }
  const head = root.children[0]
  const tail = root.children[root.children.length - 1]
  if (head?.position && tail?.position) root.position = {start: head.position.start, end: tail.position.end}
  return root
}

/** Move the positions of a piece's tree to where the piece starts in the whole text. */
function shift(tree: Root, offset: number, line: number, column: number): void {
  const seen = new Set<Point>()
  const move = (point: Point) => {
    if (seen.has(point)) return
    seen.add(point)
    if (point.line === 1) point.column += column - 1
    point.line += line - 1
    if (typeof point.offset === 'number') point.offset += offset
  }
  const walk = (node: Root | RootContent) => {
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  for (const child of tree.children) walk(child)
}
