/**
 * parse-english's own plugins, run so that they cost less and give the same tree (the test suite
 * compares trees with retext-english's on random texts).
 *
 * The sentence plugins run once over every token of the text (parse-latin splits the text into
 * sentences only after them), and each of them calls a function per token through
 * unist-util-modify-children. Most of them act only on rare tokens (`&` before a word, `-` after a
 * word and before none, `.` after an initialism): a plugin runs only when a plain loop over the
 * tokens finds one. The one that acts in almost every text (words joined by `.`, `'`, `-`...) is
 * a loop of its own here.
 *
 * Of the paragraph plugins, the one that joins full stops inside a sentence to words runs only
 * where a sentence has one, and the one that breaks a sentence at a blank line no longer splits
 * every white-space token of the text on line breaks to count them.
 */
import {ParseEnglish} from 'parse-english'
import type {Paragraph, Punctuation, Sentence, SentenceContent, Symbol, WhiteSpace, Word} from 'nlcst'
import {isMark, isMarkOf, isWord} from './tokenize.js'

type SentencePlugin = (node: Sentence) => void
type ParagraphPlugin = (node: Paragraph) => void

type Tokens = SentenceContent[]

const APOSTROPHE = /^['’]$/

/*
 * When each of parse-english 7's sentence plugins can change something, tested on the tokens as
 * they are when it would run (after the plugins before it). A plugin changes nothing until one
 * token meets its condition, so with no such token it is skipped. The conditions may be wider than
 * the plugin's own; never narrower (the test suite's random texts check that).
 */

/** English elisions: a `/` or an apostrophe after a word, or an apostrophe before a word where none is before it. */
function mayElide(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!isMark(token)) continue
    if (token.value === '/' ? isWord(tokens[i - 1]) : APOSTROPHE.test(token.value) && (isWord(tokens[i - 1]) || isWord(tokens[i + 1]))) return true
  }
  return false
}

/** `&` before a word. */
function mayJoinAmpersand(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.length - 1; i++) if (isMarkOf(tokens[i], '&') && isWord(tokens[i + 1])) return true
  return false
}

/** `-` after a word and not before one. */
function mayJoinHyphen(tokens: Tokens): boolean {
  for (let i = 1; i < tokens.length; i++) if (isMarkOf(tokens[i], '-') && isWord(tokens[i - 1]) && !isWord(tokens[i + 1])) return true
  return false
}

/** `/` after a word. */
function mayJoinSlash(tokens: Tokens): boolean {
  for (let i = 1; i < tokens.length; i++) if (isMarkOf(tokens[i], '/') && isWord(tokens[i - 1])) return true
  return false
}

/** `.` after a word of three parts or more (an odd number). */
function mayJoinInitialism(tokens: Tokens): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.type !== 'PunctuationNode' || token.value !== '.') continue
    const before = tokens[i - 1]
    if (isWord(before) && before.children.length > 1 && before.children.length % 2 === 1) return true
  }
  return false
}

/**
 * The marks that join the words on either side into one word (`e.g`, `don't`, `snake_case`,
 * `mother-in-law`), as parse-latin reads them: these, and any run of underscores.
 */
const INNER_MARKS = new Set(['&', "'", '-', '.', ':', '=', '?', '@', '\u00AD', '\u00B7', '\u2010', '\u2011', '\u2019', '\u2027'])

function isInnerMark(node: SentenceContent | undefined): node is Punctuation | Symbol {
  return isMark(node) && (INNER_MARKS.has(node.value) || /^_+$/.test(node.value))
}

/**
 * Where the join that starts at the inner mark `at` ends: the last word of the run of words and
 * inner marks from there, or -1 when the run has no word (the marks then stay as they are).
 */
function joinEnd(tokens: Tokens, at: number): number {
  let end = -1
  for (let k = at + 1; k < tokens.length; k++) {
    if (isWord(tokens[k])) end = k
    else if (!isInnerMark(tokens[k])) break
  }
  return end
}

/**
 * Words joined by inner-word marks are one word (parse-english's mergeInnerWordSymbol): a word
 * followed by inner marks and words takes them in, up to the last word; the marks after that last
 * word stay tokens. One pass over the tokens, the kept ones moved up in place.
 */
function joinInnerWords(tokens: Tokens): void {
  let kept = 0
  let at = 0
  while (at < tokens.length) {
    const word = kept > 0 ? tokens[kept - 1] : undefined
    const end = isWord(word) && isInnerMark(tokens[at]) ? joinEnd(tokens, at) : -1
    if (end < 0 || !isWord(word)) {
      tokens[kept++] = tokens[at++]
      continue
    }
    const children = word.children as Array<Word['children'][number] | Punctuation | Symbol>
    for (let k = at; k <= end; k++) {
      const token = tokens[k]
      if (isWord(token)) for (const child of token.children) children.push(child)
      else children.push(token as Punctuation | Symbol)
    }
    const last = children[children.length - 1]
    if (word.position && last.position) word.position.end = last.position.end
    at = end + 1
  }
  tokens.length = kept
}

/**
 * parse-english 7's sentence plugins but the last, in order, each with the test of whether it can
 * act; null for mergeInnerWordSymbol, whose pass is `joinInnerWords`.
 */
const SENTENCE: Array<((tokens: Tokens) => boolean) | null> = [mayElide, mayJoinAmpersand, mayJoinHyphen, null, mayJoinSlash, mayJoinInitialism]

const sentencePlugins = ParseEnglish.prototype.tokenizeSentencePlugins as unknown as SentencePlugin[]
const paragraphPlugins = ParseEnglish.prototype.tokenizeParagraphPlugins as unknown as ParagraphPlugin[]

/** Where mergeRemainingFullStops and breakImplicitSentences sit in parse-english 7's paragraph plugins. */
const FULL_STOPS = 7
const BREAK_IMPLICIT = 10

/**
 * Whether the plugin lists are the ones this module was written against (7 sentence plugins, 13
 * paragraph plugins); for any other version of parse-english, its plugins run as they are.
 */
const knownPlugins = sentencePlugins.length === SENTENCE.length + 1 && paragraphPlugins.length === 13

/**
 * Run parse-english's sentence plugins on the one sentence of all a text's tokens: each that can
 * act on them, and `joinInnerWords` for mergeInnerWordSymbol. The last, `patchPosition`, sets the
 * position of that sentence, which parse-latin then splits into new sentences with positions of
 * their own: nothing reads it, so it is not run.
 */
export function runSentencePlugins(sentence: Sentence): void {
  if (!knownPlugins) {
    for (const plugin of sentencePlugins) plugin(sentence)
    return
  }
  for (let i = 0; i < SENTENCE.length; i++) {
    const mayAct = SENTENCE[i]
    if (mayAct === null) joinInnerWords(sentence.children)
    else if (mayAct(sentence.children)) sentencePlugins[i](sentence)
  }
}

/** Marks that end a sentence: full stops, question and exclamation marks, ellipses, interrobangs. */
const TERMINAL = /^[!.?\u2026\u203D]+$/

/**
 * mergeRemainingFullStops can act: a sentence has a `.` with a word or a terminal mark after it
 * (the plugin joins such a `.` to the word before or after it; a sentence's last terminal mark
 * stays). Most sentences only end in one.
 */
function mayJoinFullStops(paragraph: Paragraph): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    let after = false
    for (let i = sentence.children.length - 1; i >= 0; i--) {
      const token = sentence.children[i]
      if (isWord(token)) after = true
      else if (isMark(token)) {
        if (after && token.value === '.') return true
        if (TERMINAL.test(token.value)) after = true
      }
    }
  }
  return false
}

/**
 * parse-english's paragraph plugins: mergeRemainingFullStops only where it can act, and
 * `breakAtBlankLines` in place of breakImplicitSentences.
 */
export const paragraphPluginList: ParagraphPlugin[] = knownPlugins
  ? paragraphPlugins.map((plugin, index) => {
      if (index === FULL_STOPS) return (paragraph: Paragraph) => (mayJoinFullStops(paragraph) ? plugin(paragraph) : undefined)
      return index === BREAK_IMPLICIT ? breakAtBlankLines : plugin
    })
  : paragraphPlugins

/** True when a white-space value holds two line breaks or more (CR LF counts as one). */
function twoBreaks(value: string): boolean {
  let breaks = 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === 10) breaks++
    else if (c === 13) {
      breaks++
      if (value.charCodeAt(i + 1) === 10) i++
    }
    if (breaks === 2) return true
  }
  return false
}

/**
 * The first white space of a sentence, not its first or last token, that holds a blank line (two
 * line breaks or more; CR LF counts as one), or -1.
 */
function blankLineAt(tokens: SentenceContent[]): number {
  for (let at = 1; at < tokens.length - 1; at++) {
    const token = tokens[at]
    if (token.type === 'WhiteSpaceNode' && token.value.length > 1 && twoBreaks(token.value)) return at
  }
  return -1
}

/**
 * A blank line inside a sentence ends it: the sentence is cut there into sentences, with that white
 * space between them, each cut found in what is left of the one before (a blank line at the edge of
 * what is left does not cut it). The first sentence keeps its start and each one after starts at its
 * first token; each ends at its last token, and the last where the whole did.
 */
function breakAtBlankLines(paragraph: Paragraph): void {
  const nodes = paragraph.children
  const out: Paragraph['children'] = []
  for (const node of nodes) {
    if (node.type !== 'SentenceNode') {
      out.push(node)
      continue
    }
    let sentence: Sentence = node
    for (let at = blankLineAt(sentence.children); at >= 0; at = blankLineAt(sentence.children)) {
      const tokens = sentence.children
      const after: Sentence = {type: 'SentenceNode', children: tokens.slice(at + 1)}
      const lastBefore = tokens[at - 1]
      const firstAfter = tokens[at + 1]
      if (sentence.position && lastBefore.position && firstAfter.position) {
        after.position = {start: firstAfter.position.start, end: sentence.position.end}
        sentence.position.end = lastBefore.position.end
      }
      sentence.children = tokens.slice(0, at)
      out.push(sentence, tokens[at] as WhiteSpace)
      sentence = after
    }
    out.push(sentence)
  }
  if (out.length === nodes.length) return
  for (let i = 0; i < out.length; i++) nodes[i] = out[i]
}
