/**
 * The facts of one text, computed in one walk over the nlcst tree: words, terms, sentences,
 * quotes, links, merge fields, pronoun counts and readability. Every check reads these; none re-parses.
 */
import type {Root, RootContent, Sentence, SentenceContent, Word} from 'nlcst'
import {syllable} from 'syllable'
import type {BrokenPlaceholder, Placeholder} from '../parse/placeholders.js'
import {isNumberTerm, normalise, splitTerms, stem} from './terms.js'
import {keyGeneration, keyOf} from './keys.js'
import type {Lexeme, Term} from './phrases.js'
import {fileName} from './file-name.js'

/** A guide line (`[[...]]`): a rewrite's instruction to the person, never sent as it is. Every one of a text, for `matchAll`. */
export const GUIDE_LINES = /\[\[[^[\]\n]{1,300}\]\]/g

export interface WordFact {
  text: string
  norm: string
  start: number
  end: number
  sentence: number
  quoted: boolean
  /**
   * Inside square brackets on one line: a template's instruction to the writer ("[SPECIFIC PROBLEM:
   * 9-month sales cycles]", "[New data point or exclusive offer]"), not prose the reader gets.
   */
  bracketed: boolean
}

export interface SentenceFact {
  start: number
  end: number
  /** Term index range [termFrom, termTo). */
  termFrom: number
  termTo: number
  wordFrom: number
  wordTo: number
  question: boolean
}

export interface LinkFact {
  kind: 'url' | 'email' | 'mention'
  value: string
  start: number
  end: number
}

export interface BlockFact {
  start: number
  end: number
  words: number
}

export interface TextFacts {
  text: string
  words: WordFact[]
  terms: Term[]
  sentences: SentenceFact[]
  links: LinkFact[]
  placeholders: Placeholder[]
  broken: BrokenPlaceholder[]
  /** Paragraphs separated by blank lines. */
  blocks: BlockFact[]
  /** Offset where the message proper starts (after a greeting such as "Hi Sam,"). */
  bodyStart: number
  /** Offset where the sign-off starts ("Best,\nSam"), or the text length. */
  signatureStart: number
  syllables: number
  /** Words with a letter a-z (merge fields, URLs and numbers are not prose words). */
  proseWords: number
  /** The guide lines (`[[...]]`) in order, found once for the sentence ends, the opening and the sequences. */
  guides: ReadonlyArray<{start: number; end: number}>
}

const NO_GUIDES: TextFacts['guides'] = []

const SYLLABLE_CACHE = new Map<string, number>()
function syllables(word: string): number {
  let n = SYLLABLE_CACHE.get(word)
  if (n === undefined) {
    n = word.length > 30 ? Math.ceil(word.length / 3) : Math.max(1, syllable(word))
    if (SYLLABLE_CACHE.size > 50_000) SYLLABLE_CACHE.clear()
    SYLLABLE_CACHE.set(word, n)
  }
  return n
}

/** What a word's spelling alone decides, computed once per distinct spelling. */
interface WordInfo {
  /** The word, as a string of its own (see `ownCopy`). */
  spelling: string
  norm: string
  /** Syllables when the word has a letter, else 0. */
  syllables: number
  /** The word has a lower-case ASCII letter (so "Leeds" may be a name, "FAQ" is not). */
  lower: boolean
  parts: Lexeme[]
}

const MAX_WORD_CACHE = 50_000
let wordCache = new Map<string, WordInfo>()
/** The key generation the cached words were made in: a trie built since may have a label they lack. */
let cacheGeneration = -1

/**
 * In front of the map, a small direct-mapped cache: the slot of a spelling comes from its length and
 * three of its letters, and a hit costs a string comparison instead of hashing a fresh string.
 */
const SLOTS = 4096
let slotWords: Array<string | undefined> = new Array(SLOTS).fill(undefined)
let slotInfos: Array<WordInfo | undefined> = new Array(SLOTS).fill(undefined)

/** `value` as a string that shares no memory with the text it was cut from (a slice of a new concatenation). */
function ownCopy(value: string): string {
  return (value + ' ').slice(0, -1)
}

function slotOf(value: string): number {
  const n = value.length
  return (n * 31 + value.charCodeAt(0) * 7 + value.charCodeAt(n - 1) * 131 + value.charCodeAt(n >> 1) * 17) & (SLOTS - 1)
}

/**
 * The parts of a word with no term ("-", a stray "'"). Every `parts` array has one elements kind (packed
 * objects): an empty literal, or a holey array from `Array.prototype.map` (which numbers got), made V8
 * throw away analyseText's optimised code and compile it again when the first such word came along.
 */
const NO_PARTS: Lexeme[] = [{stem: '', norm: '', num: false, key: 0, exactKey: 0, flags: 0, flagsFor: undefined}]
NO_PARTS.pop()

function wordInfo(value: string): WordInfo {
  if (cacheGeneration !== keyGeneration()) {
    wordCache = new Map()
    slotWords = new Array(SLOTS).fill(undefined)
    slotInfos = new Array(SLOTS).fill(undefined)
    cacheGeneration = keyGeneration()
  }
  const slot = slotOf(value)
  if (slotWords[slot] === value) return slotInfos[slot]!
  let info = wordCache.get(value)
  if (info === undefined) {
    // The parser cuts words out of the text, and a long cut keeps the whole text alive; what the
    // caches keep (the key, and the spellings and stems made from it) comes from a copy of its own.
    value = ownCopy(value)
    const norm = normalise(value)
    const split = splitTerms(value)
    const parts: Lexeme[] = split.length === 0 ? NO_PARTS : []
    for (const part of split) {
      const s = stem(part)
      parts.push({stem: s, norm: part, num: isNumberTerm(part), key: keyOf(s), exactKey: keyOf(part), flags: 0, flagsFor: undefined})
    }
    info = {spelling: value, norm, syllables: /[a-z]/.test(norm) ? syllables(norm) : 0, lower: /[a-z]/.test(value), parts}
    if (wordCache.size >= MAX_WORD_CACHE) wordCache = new Map()
    wordCache.set(value, info)
  }
  slotWords[slot] = info.spelling
  slotInfos[slot] = info
  return info
}

/**
 * The greeting: its word and up to four more before a comma, a mark or the line's end ("Hi Dr Okafor,",
 * "Good morning Sarah and team,"; a merge field is one word, dots and all: "Hello {{ contact.first_name }}");
 * with none of those, the word and a capitalised name ("Hi Sam I saw your post", checked by
 * greetingEnd), so a sentence that runs on ("hey saw ur hiring ... -") is body.
 */
const GREETING_RE =
  /^\s*(?:(?:(?:hi|hello|hey|dear|greetings|hiya|howdy|morning|afternoon|evening|good (?:morning|afternoon|evening|day))\b|\{(?:hi|hello|hey|dear|hiya)(?:\|(?:hi|hello|hey|dear|hiya))+\})(?:(?:[ \t]+(?:\{\{[^}\n]{1,40}\}\}|[^\s,!.:—–-]+)){0,4}[ \t]*(?:[,!.:—–-]|(?=\r?\n|$))|([ \t]+[\w'’-]+)?)|(?:\{\{[^}\n]{1,40}\}\}|\[[^\]\n]{1,30}\]|\{[^}\n]{1,30}\}|%[A-Z_]+%|\*\|[A-Z_]+\|\*)\s*[,!:—–-])/i

/** "Amanda - I've reached out ...", "Tom — quick one": a first name and a dash open the message. */
const NAME_DASH_RE = /^\s*(\p{Lu}[\p{Ll}'’]+)[ \t]+[—–-][ \t]+(?=\S)/u
/** Capitalised words that open a sentence with a dash and are no one's name. */
const NOT_A_NAME = new Set(['congrats', 'congratulations', 'thanks', 'quick', 'update', 'honestly', 'ok', 'okay', 'great', 'also', 'so', 'sorry', 'reminder', 'question', 'heads', 'hello', 'note', 'fyi', 'urgent', 'important', 'today', 'tomorrow', 'yesterday', 'again', 'first', 'one', 'two', 'three', 'last', 'finally', 'btw', 'wow', 'nice', 'welcome', 'good', 'yes', 'no', 'well', 'hmm', 'ps'])

/** Words that begin the message itself after a greeting word ("hey just checking in!"). */
const GREETING_NOT_NAME = new Set(['just', 'i', "i'm", 'we', 'you', 'u', 'quick', 'hope', 'wanted', 'any', 'did', 'are', 'is', 'can', 'could', 'would', 'thanks', 'so', 'sorry'])

/**
 * A greeting to an organisation or office by its full name, alone on its line: "Dear Palm Beach County
 * Emergency Management,", "Hello Members of the Grants Committee:". Longer than GREETING_RE's names, so
 * read by its capitals (and the small words of a name) up to the line's closing comma or colon.
 */
const ADDRESSED_BY_TITLE = /^\s*(?:[Dd]ear|[Hh]i|[Hh]ello|[Gg]reetings|[Tt]o)(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|the|and|for|at|on|&)){5,12}[ \t]*[,:][ \t]*(?=\r?\n|$)/

/**
 * A salutation alone on the first line, a blank line after it: "To the A2A Project team,", "To the IETF
 * Secretariat,", "To whom it may concern,", "AGT Team —". What follows the blank line is the message.
 */
const SALUTATION_LINE =
  /^\s*(?:[Tt]o[ \t]+(?:whom it may concern|(?:the[ \t]+)?\p{Lu}[^\n.!?]{0,60}?)|(?:\p{Lu}[\w.&'’-]*[ \t]+){1,4}(?:[Tt]eam|[Ff]olks))[ \t]*[,:—–-][ \t]*(?=\r?\n[ \t]*\r?\n)/u

/** The HTML elements a draft's text is written in ("<div>", "<p>", "<span style=...>", "<br>"). */
const TEXT_ELEMENTS = 'div|p|span|font|b|strong|i|em|br|center'
/** One such element's opening or closing tag at the start, and the space after it (fix/draft.ts reads a sentence past them). */
export const TEXT_TAG_START = new RegExp(`^<\\/?(?:${TEXT_ELEMENTS})\\b[^<>\\n]*>\\s*`, 'i')
/** Their opening tags before a message's greeting. */
const LEADING_TAGS = new RegExp(`^\\s*(?:<(?:${TEXT_ELEMENTS})\\b[^<>\\n]*>\\s*)+`, 'i')

function greetingEnd(text: string): number {
  // A greeting inside an HTML element, "<div>Dear Professor {}, </div>": the tags are no part of it, the greeting is.
  const tags = LEADING_TAGS.exec(text)
  if (tags) {
    const end = greetingEnd(text.slice(tags[0].length))
    return end > 0 ? tags[0].length + end : 0
  }
  const titled = ADDRESSED_BY_TITLE.exec(text) ?? SALUTATION_LINE.exec(text)
  if (titled) return titled[0].length
  const greeting = GREETING_RE.exec(text)
  if (!greeting) {
    const named = NAME_DASH_RE.exec(text)
    return named && !NOT_A_NAME.has(named[1].toLowerCase()) ? named[0].length : 0
  }
  // "hey just following up again!!": a greeting word and then the message, not a greeting with a name.
  // (A capitalised word is a name or a title: "Dear Hiring Manager".)
  const words = greeting[0].match(/[\p{L}']+/gu)?.slice(1) ?? []
  if (words.some((w) => (/^\p{Ll}.{3,}ing$/u.test(w) && w !== 'hiring') || GREETING_NOT_NAME.has(w.toLowerCase()))) return /^\s*\S+/.exec(text)![0].length
  const name = greeting[1]
  // A bare word after the greeting is a name only when it is capitalised.
  const end = name !== undefined && !/^[ \t]+\p{Lu}/u.test(name) ? greeting[0].length - name.length : greeting[0].length
  // "Hey, {firstName}!", "Hello, Dana Lee!": the name after the comma, alone on its line, is the greeting's.
  const named = NAMED_AFTER_MARK.exec(text.slice(end))
  return named ? end + named[0].length : end
}
const NAMED_AFTER_MARK = /^[ \t]*(?:\{\{?[^}\n]{1,40}\}\}?|\[[^\]\n]{1,30}\]|\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?)[ \t]*[!,.:]?[ \t]*(?=\r?\n|$)/u
const SIGNOFF_RE =
  /\n[ \t]*(?:best|best regards|kind regards|warm regards|regards|thanks|thank you|many thanks|cheers|sincerely|talk soon|speak soon|warmly|all the best|thx|ta|--|—)[ \t]*[,!.]?[ \t]*(?:\r?\n|$)/gi

const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '-', '(', ')'])
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„'])
const SINGLE_QUOTES = new Set(["'", '‘', '’'])

/** True when only bullets, numbers or punctuation stand between the line start and `offset`. */
function lineInitial(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13) return true
    // Letters before it on the same line: the word is inside a line ("1. Fast delivery", "• Smart
    // routing" and "✔ Free analysis" are not).
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false
    if (c > 127 && /\p{L}/u.test(text[i])) return false
  }
  return true
}

const DASH_SIGNED = /^(?:—|–|--?)\s*\p{Lu}/u

/**
 * Where the sign-off starts: a closing line ("Best,", "Thanks") in the last part of the message, or
 * else the run of short lines at the end without sentence punctuation (a name, a title, a phone).
 */
function findSignature(text: string): number {
  let signatureStart = text.length
  SIGNOFF_RE.lastIndex = 0
  let sign: RegExpExecArray | null
  while ((sign = SIGNOFF_RE.exec(text))) {
    // The last sign-off in the final 60% of the message wins; "Thanks" mid-message is prose.
    if (sign.index > text.length * 0.4) signatureStart = sign.index
  }
  if (signatureStart < text.length) return signatureStart
  let end = text.length
  let start = text.length
  for (let lines = 0; lines < 4; lines++) {
    const lineStart = text.lastIndexOf('\n', end - 1)
    const line = text.slice(lineStart + 1, end).trim()
    if (line.length > 0) {
      const words = line.split(/\s+/).length
      // ("— Efe Durmaz, Founder, Sardis | sardis.sh": a dash before a name signs, however long the line.)
      if ((words > 5 && !(DASH_SIGNED.test(line) && words <= 12)) || /[.?!:]$/.test(line) || lineStart < 0) break
      start = lineStart + 1
    }
    if (lineStart < 0) break
    end = lineStart
  }
  return start
}

function wordText(node: Word): string {
  if (node.children.length === 1) {
    const only = node.children[0]
    return 'value' in only ? only.value : ''
  }
  let value = ''
  for (const child of node.children) if ('value' in child) value += child.value
  return value
}

const NON_SPACE = /\S/g
const BLANK_LINE = /\n[ \t]*\r?\n/g

const LINK_RE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S|^[a-z0-9-]{2,}(?:\.[a-z0-9-]+)*\.([a-z]{2,})(?:[/:?#]\S*)?$/i

/**
 * A link we count: one with a scheme or a www., or a dotted host whose top-level domain is a real one
 * (a country's two letters or a common generic one), so "Next.js", "B.Tech" or "state.profile" is a
 * name, not an address.
 */
function isLink(value: string): boolean {
  const m = LINK_RE.exec(value)
  return m !== null && (m[1] === undefined || TOP_LEVEL.has(m[1].toLowerCase()))
}
const TOP_LEVEL = new Set([
  ...'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw'.split(' '),
  ...'com net org edu gov mil int info biz name pro mobi app dev tech xyz site online store shop cloud page blog news design studio agency digital academy school health life live world space website email solutions systems software network group company works tools services support media social events community consulting finance capital fund money ventures partners associates legal law care clinic coach training education courses university science codes code run land club fun games video film music art photo link click one top vip guru expert zone center today city london nyc berlin deals sale market marketing ltd llc inc business team chat host hosting data security bot foundation ngo charity green eco energy earth farm garden ai io'.split(' '),
])

function linkKind(value: string): LinkFact['kind'] {
  if (value.startsWith('@')) return 'mention'
  if (/^[^\s@/]+@[^\s@]+$/.test(value) && !/^https?:/i.test(value)) return 'email'
  return 'url'
}

/** What reading a text's sentences gathers, and where the reading is (clause, quotation, brackets). */
interface Reading {
  words: WordFact[]
  terms: Term[]
  sentences: SentenceFact[]
  links: LinkFact[]
  syllables: number
  proseWords: number
  clause: number
  /** Inside quotation marks; a paragraph starts outside. */
  quoted: boolean
  /** Inside square brackets, up to a line break; a paragraph starts outside. */
  bracketed: boolean
}

/** A punctuation mark or symbol of a sentence: where clauses, quotations and brackets open and close. */
function readMark(read: Reading, value: string, children: SentenceContent[], c: number): void {
  if (value === '[') read.bracketed = true
  else if (value === ']') read.bracketed = false
  if (CLAUSE_MARKS.has(value)) read.clause++
  if (QUOTE_MARKS.has(value)) read.quoted = value === '“' ? true : value === '”' ? false : !read.quoted
  else if (SINGLE_QUOTES.has(value)) {
    // A single quote on its own is a quotation mark when it opens before a word ('hire slow)
    // or closes after one (fast'); inside a word it is an apostrophe and never gets here.
    const before = children[c - 1]
    const after = children[c + 1]
    if (!read.quoted && (before === undefined || before.type === 'WhiteSpaceNode') && after?.type === 'WordNode') read.quoted = true
    else if (read.quoted && (after === undefined || after.type !== 'WordNode')) read.quoted = false
  }
}

/** A new sentence's facts from `start` to `end`, its terms and words from where the reading is. */
function openSentence(read: Reading, start: number, end: number): SentenceFact {
  return {start, end, termFrom: read.terms.length, termTo: read.terms.length, wordFrom: read.words.length, wordTo: read.words.length, question: false}
}

/** A sentence read to its last token: its term and word ranges closed, whether it asks. */
function closeSentence(read: Reading, fact: SentenceFact, last: SentenceContent | undefined): void {
  fact.termTo = read.terms.length
  fact.wordTo = read.words.length
  fact.question = last?.type === 'PunctuationNode' && (last.value === '?' || last.value.endsWith('?'))
  read.sentences.push(fact)
}

/**
 * Read one sentence: its words and their terms, its links, its marks (clauses, quotes, brackets).
 * A guide line's closing "]]" ends a sentence (what follows it is read as a sentence of its own):
 * the parser does not end one there when the guide line's last word hides its full stop ("legal.]]",
 * read as a host name), and the ask after it would be read with the guide line's words.
 */
function readSentence(read: Reading, sentence: Sentence, text: string, guideEnds: ReadonlySet<number>): void {
  let index = read.sentences.length
  let fact = openSentence(read, sentence.position!.start.offset!, sentence.position!.end.offset!)
  let last: SentenceContent | undefined
  const children = (sentence as Sentence).children
  // The merge fields since the sentence's last term (a pattern's <field>): where the last one starts
  // and ends; the first one ends the term before's <field>.
  let fields = 0
  let fieldStart = -1
  let fieldEnd = -1
  const termFrom = read.terms.length
  for (let c = 0; c < children.length; c++) {
    const child = children[c]
    if (child.type === 'WhiteSpaceNode') {
      if (read.bracketed && child.value.includes('\n')) read.bracketed = false
      continue
    }
    if (last !== undefined && guideEnds.size > 0 && guideEnds.has(last.position!.end.offset!)) {
      const end = fact.end
      fact.end = last.position!.end.offset!
      closeSentence(read, fact, last)
      index = read.sentences.length
      fact = openSentence(read, child.position!.start.offset!, end)
    }
    last = child
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      readMark(read, child.value, children, c)
      continue
    }
    if (child.type === 'SourceNode') {
      // A merge field is no word: a pattern's <field> reads it beside the terms around it.
      if ((child.data as {placeholder?: unknown} | undefined)?.placeholder) {
        fields++
        fieldStart = child.position!.start.offset!
        fieldEnd = child.position!.end.offset!
        if (fields === 1 && read.terms.length > termFrom) read.terms[read.terms.length - 1].fieldAfter = fieldEnd
      } else {
        const kind = linkKind(child.value)
        // The URL syntax plugin also takes "e.g." or "discussed.]" for a host; a link we count
        // has a scheme, a www., or a dotted host ending in a real top-level domain.
        // ("README.md" is a file's name: analyse/file-name.ts.)
        if (kind !== 'url' || (isLink(child.value) && !fileName(child.value, text, child.position!.start.offset!))) {
          read.links.push({kind, value: child.value, start: child.position!.start.offset!, end: child.position!.end.offset!})
        }
      }
      continue
    }
    if (child.type !== 'WordNode') continue
    const value = wordText(child)
    const start = child.position!.start.offset!
    const wordIndex = read.words.length
    const info = wordInfo(value)
    read.words.push({text: value, norm: info.norm, start, end: child.position!.end.offset!, sentence: index, quoted: read.quoted, bracketed: read.bracketed})
    read.syllables += info.syllables
    if (info.syllables > 0) read.proseWords++
    const cap =
      wordIndex > fact.wordFrom && value.charCodeAt(0) >= 65 && value.charCodeAt(0) <= 90 && info.lower && !lineInitial(text, start)
    const parts = info.parts
    const before = fields > 0
    fields = 0
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]
      const field = p === 0 && before
      read.terms.push({stem: part.stem, norm: part.norm, key: part.key, exactKey: part.exactKey, word: wordIndex, num: part.num, clause: read.clause, cap: p === 0 && cap, lexeme: part, fieldBefore: field ? fieldStart : -1, fieldBeforeEnd: field ? fieldEnd : -1, fieldAfter: -1})
    }
  }
  closeSentence(read, fact, last)
}

/** The blocks of a text: runs from a non-space character to the line break that opens a blank line, with their words. */
function blocksOf(text: string, words: WordFact[]): BlockFact[] {
  const blocks: BlockFact[] = []
  let wordAt = 0
  NON_SPACE.lastIndex = 0
  while (NON_SPACE.exec(text)) {
    // A block runs from a non-space character to the line break that opens a blank line.
    const start = NON_SPACE.lastIndex - 1
    BLANK_LINE.lastIndex = start + 1
    const end = BLANK_LINE.exec(text)?.index ?? text.length
    let count = 0
    while (wordAt < words.length && words[wordAt].start < end) {
      if (words[wordAt].start >= start) count++
      wordAt++
    }
    blocks.push({start, end, words: count})
    NON_SPACE.lastIndex = end
  }
  return blocks
}

/** `tree` is a parsed text, or its root's children as `parsePieces` hands them out piece by piece. */
/** The index of the span holding a text offset, or -1 between spans (binary search: spans in order, not overlapping). */
/**
 * The words of the draft's web addresses, lower case ("developer.galion.app/docs" -> developer,
 * galion, app, docs; an e-mail address's too): a name the draft links to is a name, not a word. With
 * `ownOnly`, only its own web addresses: e-mail addresses and those said after "your" ("your guide at
 * https://...", the reader's) are left out.
 */
export function linkWords(facts: TextFacts, ownOnly = false): Set<string> {
  const words = new Set<string>()
  for (const link of facts.links) {
    if (ownOnly && (link.kind !== 'url' || /\byour\s+(?:[\w-]+\s+){0,3}$/i.test(facts.text.slice(Math.max(0, link.start - 40), link.start)))) continue
    for (const word of link.value.toLowerCase().split(/[^a-z0-9]+/)) if (word !== '') words.add(word)
  }
  return words
}

/** The index of the first span (sorted by start) that starts at or after `offset`; `spans.length` if none does. */
export function firstFrom(spans: ReadonlyArray<{start: number}>, offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid].start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function indexAt(spans: ReadonlyArray<{start: number; end: number}>, offset: number): number {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (offset < spans[mid].start) hi = mid - 1
    else if (offset >= spans[mid].end) lo = mid + 1
    else return mid
  }
  return -1
}

/** The index of the sentence holding a text offset, or -1 between sentences. */
export const sentenceIndexAt = (facts: TextFacts, offset: number): number => indexAt(facts.sentences, offset)

export function analyseText(tree: Root | Iterable<RootContent>, text: string, placeholders: Placeholder[], broken: BrokenPlaceholder[]): TextFacts {
  const read: Reading = {words: [], terms: [], sentences: [], links: [], syllables: 0, proseWords: 0, clause: 0, quoted: false, bracketed: false}
  const bodyStart = greetingEnd(text)
  const signatureStart = findSignature(text)
  const paragraphs: Iterable<RootContent> = Symbol.iterator in tree ? tree : tree.children
  const guides = text.includes('[[') ? [...text.matchAll(GUIDE_LINES)].map((m) => ({start: m.index, end: m.index + m[0].length})) : NO_GUIDES
  const guideEnds = new Set(guides.map((g) => g.end))
  for (const paragraph of paragraphs) {
    if (paragraph.type !== 'ParagraphNode') continue
    read.quoted = false
    read.bracketed = false
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') readSentence(read, sentence, text, guideEnds)
  }
  const {words, terms, sentences, links} = read
  const blocks = blocksOf(text, words)
  return {text, words, terms, sentences, links, placeholders, broken, blocks, bodyStart, signatureStart, syllables: read.syllables, proseWords: read.proseWords, guides}
}
