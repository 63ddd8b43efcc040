/**
 * URLs and e-mail addresses as syntax ("acme.io", "https://a.b/c?d=e", "dana@acme.io",
 * "localhost:8080" as one `SourceNode` each): retext-syntax-urls does it, as a sentence extension of
 * the parser, and runs here as it registers itself.
 *
 * One guard around it: the package throws on a sentence whose first token is a `:` before slashes
 * and a domain ("://example.com"), looking for a scheme's word before the start of the sentence. Such
 * a sentence is given an empty white-space token in front while the extension runs, so there is
 * none to find: the link is "//example.com", as it would be after any other non-word.
 */
import type {Sentence, SentenceContent} from 'nlcst'
import retextSyntaxUrls from 'retext-syntax-urls'
import {isMarkOf} from './tokenize.js'

type SentenceExtension = (sentence: Sentence) => void
type DataHolder = {data(key: string, value?: unknown): unknown}

/** The extension retext-syntax-urls registers on a processor, taken from a holder of its data. */
function urlExtension(): SentenceExtension {
  const data = new Map<string, unknown>()
  const holder: DataHolder = {data: (key, value) => (value === undefined ? data.get(key) : void data.set(key, value))}
  ;(retextSyntaxUrls as unknown as (this: DataHolder) => void).call(holder)
  const [extension] = data.get('nlcstSentenceExtensions') as SentenceExtension[]
  return extension
}

const extension = urlExtension()

/**
 * Whether the extension can merge anything: it starts a link only at a `.` or `:` token with a word
 * or a mark on both sides (a full stop before white space or at the end, most sentences' only one,
 * starts none), so a sentence without such a token is left as it is without a call per token.
 */
function mayHoldUrl(tokens: SentenceContent[]): boolean {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i]
    if ((isMarkOf(token, '.') || isMarkOf(token, ':')) && tokens[i - 1].type !== 'WhiteSpaceNode' && tokens[i + 1].type !== 'WhiteSpaceNode') return true
  }
  return false
}

/** Merge url-like runs (`example.com`, `https://a.b/c`, `name@host.io`) of a sentence into `SourceNode`s. */
export function mergeUrls(sentence: Sentence): void {
  const tokens = sentence.children
  if (!mayHoldUrl(tokens)) return
  if (!isMarkOf(tokens[0], ':')) {
    extension(sentence)
    return
  }
  const guard: SentenceContent = {type: 'WhiteSpaceNode', value: ''}
  tokens.unshift(guard)
  try {
    extension(sentence)
  } finally {
    tokens.shift()
  }
}

/** For the retext plugin: registers `mergeUrls` as a sentence extension of retext-english's parser. */
export function registerUrlSyntax(processor: DataHolder): void {
  let extensions = processor.data('nlcstSentenceExtensions') as SentenceExtension[] | undefined
  if (!extensions) processor.data('nlcstSentenceExtensions', (extensions = []))
  extensions.push(mergeUrls)
}
