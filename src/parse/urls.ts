/**
 * URLs and e-mail addresses as syntax: the sentence extension of retext-syntax-urls, ported so that
 * it only looks at `.` and `:` tokens. The package runs its check through unist-util-modify-children
 * on every token of the text, which cost a third of the parse time; this gives the same tree (the
 * test suite compares the two) at a fraction of the cost.
 *
 * One deliberate difference: the package throws on a text that starts with "://" followed by a
 * domain ("://example.com"); here that is simply not a link with a protocol.
 */
import type {Sentence, SentenceContent, Source} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {isMark, isMarkOf} from './tokenize.js'

const SLASHES = /^\/{1,3}$/

function textOf(nodes: SentenceContent[]): string {
  let value = ''
  for (const node of nodes) value += toString(node)
  return value
}

function count(value: string, character: string): number {
  let n = 0
  for (let i = value.indexOf(character); i !== -1; i = value.indexOf(character, i + 1)) n++
  return n
}

function copyPoint(point: {line: number; column: number; offset?: number} | undefined) {
  if (!point || typeof point.line !== 'number' || point.line < 1 || typeof point.column !== 'number' || point.column < 1) return undefined
  return {line: point.line, column: point.column, offset: typeof point.offset === 'number' && point.offset > -1 ? point.offset : undefined}
}

/** Merge url-like runs (`example.com`, `https://a.b/c`, `name@host.io`) of a sentence into `SourceNode`s. */
export function mergeUrls(parent: Sentence): void {
  const children = parent.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') continue
    if (child.value !== '.' && child.value !== ':') continue
    // A link has words or punctuation on both sides of the mark: a sentence's full stop has not. (The
    // bound is checked, not left to an undefined read: a read past the end costs V8 a recompile.)
    const after = index + 1 < children.length ? children[index + 1] : undefined
    if (after === undefined || !(after.type === 'WordNode' || isMark(after))) continue
    const next = mergeLink(child, index, children)
    if (next !== undefined) index = next - 1
  }
}

function mergeLink(child: SentenceContent, index: number, children: SentenceContent[]): number | undefined {
  const punc = toString(child)
  const nodes: SentenceContent[] = [child]
  let start = index
  let end = index
  let previous: SentenceContent | undefined

  // Preceding words and punctuation; stop before slashes, break after `www`.
  while ((previous = children[start - 1])) {
    if (!(previous.type === 'WordNode' || isMark(previous)) || (isMark(previous) && SLASHES.test(toString(previous)))) break
    start--
    nodes.unshift(children[start])
    if (previous.type === 'WordNode' && toString(children[start]) === 'www') break
  }

  if (punc === ':' && textOf(nodes) !== 'localhost:') return undefined

  // Following words and punctuation.
  let next = children[end + 1]
  while (next && (next.type === 'WordNode' || isMark(next))) {
    end++
    nodes.push(next)
    next = children[end + 1]
  }

  // Not preceded or not followed by words or punctuation: not a link.
  if (index === start || index === end) return undefined

  // 1-3 slashes.
  previous = children[start - 1]
  if (isMark(previous) && SLASHES.test(toString(previous))) {
    start--
    nodes.unshift(children[start])
  }

  // Protocol and colon.
  previous = children[start - 1]
  if (isMarkOf(previous, ':') && children[start - 2]?.type === 'WordNode') {
    nodes.unshift(children[start - 2], previous)
    start -= 2
  }

  let value = ''
  // Drop a final punctuation mark, unless it is `/` or a `)` that closes a `(` of the link.
  if (isMark(children[end])) {
    value = toString(children[end])
    if (value === ')') {
      const text = textOf(nodes)
      if (count(text, '(') < count(text, ')')) {
        end--
        nodes.pop()
      }
    } else if (value !== '/') {
      end--
      nodes.pop()
    }
  }

  // A one-character TLD is not a link.
  if (textOf(children.slice(index + 1, end + 1)).length === 1) return undefined

  const replacement: Source = {type: 'SourceNode', value: textOf(nodes)}
  const initial = copyPoint(nodes[0].position?.start)
  const final = copyPoint(nodes[nodes.length - 1].position?.end)
  if (initial && final) replacement.position = {start: initial, end: final}
  children.splice(start, end - start + 1, replacement)

  // The full stop after a link is not part of it.
  if (value === '.') index++
  return index + 1
}

/** The unified plugin: registers `mergeUrls` as a sentence extension of retext-english's parser. */
export default function retextUrls(this: {data(key: string, value?: unknown): unknown}): void {
  let extensions = this.data('nlcstSentenceExtensions') as Array<(node: Sentence) => void> | undefined
  if (!extensions) this.data('nlcstSentenceExtensions', (extensions = []))
  extensions.push(mergeUrls)
}
