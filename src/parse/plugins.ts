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

/** parse-latin's `wordSymbolInner`: the marks that join two words into one (`e.g`, `don't`, `snake_case`). */
const INNER = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/

/**
 * Words joined by inner-word marks are one word (`mergeInnerWordSymbol`, which calls a function
 * per token): after a word, a run of inner-word marks and words, up to the last word, becomes part
 * of it. The marks after the last word stay. The tokens are moved up in one pass, where the plugin
 * splices the list at every join (quadratic in the tokens of a long piece).
 */
function joinInnerWords(tokens: Tokens): void {
  let kept = 0
  let index = 0
  while (index < tokens.length) {
    const mark = tokens[index]
    const word = kept > 0 ? tokens[kept - 1] : undefined
    if (isMark(mark) && INNER.test(mark.value) && isWord(word)) {
      const joined: Word['children'] = []
      let queued = 0
      let position = index
      for (; position < tokens.length; position++) {
        const token = tokens[position]
        if (isWord(token)) {
          for (let q = position - queued; q < position; q++) joined.push(tokens[q] as Punctuation | Symbol)
          joined.push(...token.children)
          queued = 0
        } else if (isMark(token) && INNER.test(token.value)) queued++
        else break
      }
      if (joined.length > 0) {
        word.children.push(...joined)
        const last = joined[joined.length - 1]
        if (word.position && last.position) word.position.end = last.position.end
        // Next after the word: the marks the run ended with, or what ended it; neither starts a join.
        index = position - queued
        continue
      }
    }
    tokens[kept++] = mark
    index++
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

/** parse-latin's `terminalMarker`. */
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
 * A sentence with a blank line inside (white space with two line breaks, not at its edges) is two
 * sentences with that white space between them, and the second is looked at again; as parse-latin's
 * breakImplicitSentences does it.
 */
function breakAtBlankLines(paragraph: Paragraph): void {
  const siblings = paragraph.children
  for (let index = 0; index < siblings.length; index++) {
    const sentence = siblings[index]
    if (sentence.type !== 'SentenceNode') continue
    const children = sentence.children
    for (let at = 1; at < children.length - 1; at++) {
      const node = children[at]
      if (node.type !== 'WhiteSpaceNode' || node.value.length < 2 || !twoBreaks(node.value)) continue
      sentence.children = children.slice(0, at)
      const rest: Sentence = {type: 'SentenceNode', children: children.slice(at + 1)}
      const tail = children[at - 1] as SentenceContent
      const head = children[at + 1] as SentenceContent
      siblings.splice(index + 1, 0, node as WhiteSpace, rest)
      if (sentence.position && tail.position && head.position) {
        const end = sentence.position.end
        sentence.position.end = tail.position.end
        rest.position = {start: head.position.start, end}
      }
      // Next: the white space (passed over), then the new sentence from its start.
      break
    }
  }
}
