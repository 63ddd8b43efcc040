/**
 * The first step of parse-latin, done faster: the text as a flat list of word, white-space,
 * punctuation and symbol tokens, the same tokens with the same positions as `ParseLatin#tokenize`.
 *
 * parse-latin classes every character with up to three regular-expression tests; here the class of
 * a UTF-16 code unit is read from a table. The table is filled as characters are first seen, by
 * asking parse-latin's own tokenizer about that one character, so the classes are parse-latin's
 * whatever its Unicode version. The test suite compares the two on random text.
 *
 * Positions start at a given point: a piece of a longer text gets its place in the whole as its
 * tokens are made. Where parse-latin makes a copy of a point for every node that starts or ends
 * there, a token here ends at the very point object the next one starts at, and a word's text node
 * has the word's points: the parser and the plugins only ever assign points, never change one, and
 * half the point objects of a text are not made.
 */
import type {Point} from 'unist'
import type {Punctuation, SentenceContent, Symbol, Word} from 'nlcst'
import {ParseEnglish} from 'parse-english'

const WHITE_SPACE = 1
const PUNCTUATION = 2
const WORD = 3
const SYMBOL = 4

const TYPES = {WhiteSpaceNode: WHITE_SPACE, PunctuationNode: PUNCTUATION, WordNode: WORD, SymbolNode: SYMBOL} as const
type TokenType = keyof typeof TYPES
const NAMES: TokenType[] = ['SymbolNode', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']

/** Class of each UTF-16 code unit, 0 until first asked. */
const classes = new Uint8Array(65536)
let reference: ParseEnglish | undefined

function classOf(code: number): number {
  let kind = classes[code]
  if (kind === 0) {
    reference ??= new ParseEnglish()
    const [token] = ParseEnglish.prototype.tokenize.call(reference, String.fromCharCode(code))
    kind = classes[code] = TYPES[token.type as TokenType] ?? SYMBOL
  }
  return kind
}

/** A punctuation or symbol token (parse-latin's plugins treat the two alike). */
export function isMark(node: SentenceContent | undefined): node is Punctuation | Symbol {
  return node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode')
}

/** A punctuation or symbol token of exactly `value`. */
export function isMarkOf(node: SentenceContent | undefined, value: string): node is Punctuation | Symbol {
  return isMark(node) && node.value === value
}

export function isWord(node: SentenceContent | undefined): node is Word {
  return node !== undefined && node.type === 'WordNode'
}

export interface Origin {
  offset: number
  line: number
  column: number
}

function copy(point: Point): Point {
  return {line: point.line, column: point.column, offset: point.offset}
}

function token(kind: number, value: string, start: Point, end: Point): SentenceContent {
  return kind === WORD
    ? {type: 'WordNode', children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
    : {type: NAMES[kind] as Exclude<TokenType, 'WordNode'>, value, position: {start, end}}
}

/** `value` as parse-latin's tokens, positioned from `origin` (the start of the text by default). */
export function tokenize(value: string, origin?: Origin): SentenceContent[] {
  const tokens: SentenceContent[] = []
  if (!value) return tokens
  const point: Point = {line: origin?.line ?? 1, column: origin?.column ?? 1, offset: origin?.offset ?? 0}
  let start = copy(point)
  let from = 0
  let previousKind = 0
  let previous = -1
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const kind = classOf(code)
    // A token goes on while the class stays: words and white space always, punctuation and symbols
    // while the same character repeats (or a surrogate half follows).
    if (
      from < index &&
      !(kind === previousKind && (kind === WORD || kind === WHITE_SPACE || code === previous || (code >= 0xd800 && code <= 0xdfff)))
    ) {
      const end = copy(point)
      tokens.push(token(previousKind, value.slice(from, index), start, end))
      from = index
      start = end
    }
    if (code === 13 || (code === 10 && previous !== 13)) {
      point.line++
      point.column = 1
    } else if (code !== 10) point.column++
    point.offset!++
    previousKind = kind
    previous = code
  }
  tokens.push(token(previousKind, value.slice(from), start, copy(point)))
  return tokens
}
