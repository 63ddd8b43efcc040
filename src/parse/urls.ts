/**
 * URLs and e-mail addresses as syntax: a run of words and marks around a `.` or `:` becomes one
 * `SourceNode` ("acme.io", "https://a.b/c?d=e", "dana@acme.io", "localhost:8080"), the tree
 * retext-syntax-urls gives (the test suite compares the two on random texts), found by looking only
 * at `.` and `:` tokens.
 *
 * What makes a link, read left to right over a sentence's tokens:
 * - it is set off by a `.` or `:` with a word or a mark right after it; a `:` only after `localhost`;
 * - before that mark it takes the words and marks back to a slash token (`/`, `//`, `///`), white
 *   space or any other node, and back no further than a word `www`; it needs at least one of them;
 * - after the mark it takes every word and mark up to white space or any other node;
 * - a slash token just before it belongs to it, and then a `:` with a word before it (`https:`);
 * - a last mark is not part of it, unless it is `/` or a `)` that closes a `(` of the link;
 * - what follows the `.` or `:` must be more than one character ("a.b" is not a link, "a.io" is);
 * - after a link the look for the next one resumes as many tokens on as the `.` or `:` was from the
 *   link's first token, one more when the link dropped a last `.`: the tokens right after a link
 *   do not set off another.
 *
 * One deliberate difference: the package throws on a text that starts with "://" followed by a
 * domain ("://example.com"); here that is simply not a link with a protocol.
 */
import type {Sentence, SentenceContent, Source} from 'nlcst'
import type {Point} from 'unist'
import {toString} from 'nlcst-to-string'
import {isMark, isMarkOf, isWord} from './tokenize.js'

/** A word or a mark: what a link is made of. */
const linkable = (node: SentenceContent | undefined): boolean => isWord(node) || isMark(node)

const isSlashes = (node: SentenceContent | undefined): boolean => isMark(node) && (node.value === '/' || node.value === '//' || node.value === '///')

/** How many times `character` occurs in `value`. */
function occurrences(value: string, character: string): number {
  let n = 0
  for (const c of value) if (c === character) n++
  return n
}

/** A link found at a mark: the tokens it covers, first and last, and what its last token was before any was dropped. */
interface Span {
  first: number
  last: number
  droppedStop: boolean
}

/** Where a link's first token is, going back from the mark at `at` (-1: nothing before the mark can start one). */
function firstToken(tokens: SentenceContent[], at: number): number {
  let first = at
  while (first > 0) {
    const before = tokens[first - 1]
    if (!linkable(before) || isSlashes(before)) break
    first--
    if (isWord(before) && toString(before) === 'www') break
  }
  return first === at ? -1 : first
}

/** The link the mark at `at` sets off, if any. */
function spanAt(tokens: SentenceContent[], at: number): Span | undefined {
  let first = firstToken(tokens, at)
  if (first < 0) return undefined
  if (isMarkOf(tokens[at], ':') && toString(tokens.slice(first, at + 1)) !== 'localhost:') return undefined
  let last = at
  while (linkable(tokens[last + 1])) last++
  if (last === at) return undefined
  // A scheme's slashes and the scheme itself.
  if (isSlashes(tokens[first - 1])) first--
  if (isMarkOf(tokens[first - 1], ':') && isWord(tokens[first - 2])) first -= 2
  const end = tokens[last]
  let droppedStop = false
  if (isMark(end)) {
    droppedStop = end.value === '.'
    const text = end.value === ')' ? toString(tokens.slice(first, last + 1)) : ''
    const closes = end.value === ')' && occurrences(text, '(') >= occurrences(text, ')')
    if (end.value !== '/' && !closes) last--
  }
  if (toString(tokens.slice(at + 1, last + 1)).length === 1) return undefined
  return {first, last, droppedStop}
}

function pointOf(point: Point | undefined): Point | undefined {
  return point && {line: point.line, column: point.column, offset: point.offset}
}

/** Merge url-like runs (`example.com`, `https://a.b/c`, `name@host.io`) of a sentence into `SourceNode`s. */
export function mergeUrls(parent: Sentence): void {
  const tokens = parent.children
  let at = 0
  while (at < tokens.length) {
    const token = tokens[at]
    const span = isMark(token) && (token.value === '.' || token.value === ':') && linkable(tokens[at + 1]) ? spanAt(tokens, at) : undefined
    if (span === undefined) {
      at++
      continue
    }
    const covered = tokens.slice(span.first, span.last + 1)
    const link: Source = {type: 'SourceNode', value: toString(covered)}
    const start = pointOf(covered[0].position?.start)
    const end = pointOf(covered[covered.length - 1].position?.end)
    if (start && end) link.position = {start, end}
    tokens.splice(span.first, covered.length, link)
    at += span.droppedStop ? 2 : 1
  }
}

/** The unified plugin: registers `mergeUrls` as a sentence extension of retext-english's parser. */
export default function retextUrls(this: {data(key: string, value?: unknown): unknown}): void {
  let extensions = this.data('nlcstSentenceExtensions') as Array<(node: Sentence) => void> | undefined
  if (!extensions) this.data('nlcstSentenceExtensions', (extensions = []))
  extensions.push(mergeUrls)
}
