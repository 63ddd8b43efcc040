/** metric: a measured quantity against a per-channel threshold (length, grade, sentence length, caps). */
import type {MetricRule} from '../rules/format.js'
import {readingGrade} from '../analyse/readability.js'
import {bodyRange} from './body-range.js'
import {thresholdFor} from './threshold.js'
import type {CheckContext, CheckKind, RawFinding} from './types.js'
import {codePoints} from '../analyse/positions.js'
import {ITEM_MARKER} from '../analyse/positions.js'
import {indexAt, linkWords, type TextFacts} from '../analyse/facts.js'
import type {OptionKit} from '../rules/definition.js'
import {isWord} from '../analyse/words.js'
import {capsInNamePlace, capsTemplateSlot} from './caps-name.js'

function outside(value: number, min: number | undefined, max: number | undefined): boolean {
  return (max !== undefined && value > max) || (min !== undefined && value < min)
}

/** Who made or runs a thing named after "of": "creator of MEMBRANE". */
const MAKERS = new Set(['creator', 'founder', 'co-founder', 'cofounder', 'maker', 'author', 'maintainer', 'ceo', 'cto', 'owner', 'developer'])
const NAME_INTRODUCERS = new Set(['at', 'from', 'called', 'named', 'built', 'introducing', 'join', 'joined', 'using', 'via'])

// A line that opens a list item: spaces, the marker, spaces.
const ITEM_LINE_RE = new RegExp(String.raw`[ \t]*${ITEM_MARKER}[ \t]+`, 'y')

/**
 * A sentence cut at the list items in it, as [first word, word after, start, end]: bullets without
 * full stops run into one sentence, but each item is read on its own line.
 */
function listItems(facts: TextFacts, wordFrom: number, wordTo: number, start: number, end: number): Array<[number, number, number, number]> {
  const parts: Array<[number, number, number, number]> = []
  let from = wordFrom
  let at = start
  for (let w = wordFrom + 1; w < wordTo; w++) {
    const word = facts.words[w]
    const lineStart = facts.text.lastIndexOf('\n', word.start - 1) + 1
    if (lineStart <= facts.words[w - 1].end) continue
    ITEM_LINE_RE.lastIndex = lineStart
    if (!ITEM_LINE_RE.test(facts.text)) continue
    parts.push([from, w, at, facts.words[w - 1].end])
    from = w
    at = word.start
  }
  parts.push([from, wordTo, at, end])
  return parts
}

function codePointOffset(text: string, count: number): number {
  let seen = 0
  for (let i = 0; i < text.length; i++) {
    if (seen === count) return i
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++
    seen++
  }
  return text.length
}

const CAPS_RE = /^[A-Z][A-Z'’]*[A-Z]$/

/** A word in capitals ("FREE", "DON'T"); most words fail on their first letter, before the regex. */
function isCaps(text: string): boolean {
  const first = text.charCodeAt(0)
  return first >= 65 && first <= 90 && CAPS_RE.test(text)
}

/** The limits a message is measured against, on its channel. */
interface Limits {
  min: number | undefined
  max: number | undefined
  /** What the message says the limit is: the max, else the min. */
  limit: number
}

/** One metric: the findings of a message measured against its limits. */
/** A capsWords rule's word lists, lower-cased once when the rule is compiled. */
interface CapsLists {
  ignore: Set<string>
  emphasis: Set<string>
}

type Measure = (ctx: CheckContext, rule: MetricRule, limits: Limits, lists: CapsLists) => RawFinding[]

/** The message proper's words (the greeting and the sign-off left out). */
const measureWords: Measure = (ctx, _rule, {min, max, limit}) => {
  const body = ctx.body
  // The message proper: the greeting and the sign-off are not what the reader has to get through.
  let first = -1
  let value = 0
  for (let i = 0; i < body.words.length; i++) {
    const w = body.words[i]
    if (w.start < body.bodyStart || w.start >= body.signatureStart) continue
    if (value === 0) first = i
    value++
  }
  if (!outside(value, min, max)) return []
  const [start, end] = bodyRange(body)
  // Words of the message proper are consecutive: the (max + 1)th is where it runs over.
  // The part past the limit starts at the first word beyond it (a fractional max rounds down).
  const from = max !== undefined && value > max ? (body.words[first + Math.floor(max)]?.start ?? start) : start
  return [{field: 'body', start: from, end, data: {value, limit}}]
}

/** The body's characters (code points), leading and trailing space left out. */
const measureCharacters: Measure = (ctx, _rule, {min, max, limit}) => {
  const body = ctx.body
  const text = body.text.trim()
  const lead = body.text.length - body.text.trimStart().length
  const value = codePoints(text)
  if (!outside(value, min, max)) return []
  const from = max !== undefined && value > max ? lead + codePointOffset(text, max) : lead
  return [{field: 'body', start: from, end: lead + text.length, data: {value, limit}}]
}

/** The body's reading grade, to a tenth. */
const measureReadingGrade: Measure = (ctx, _rule, {min, max, limit}) => {
  const body = ctx.body
  const value = Math.round(readingGrade(body) * 10) / 10
  if (!outside(value, min, max)) return []
  const [start, end] = bodyRange(body)
  return [{field: 'body', start, end, data: {value, limit}}]
}

/** Each sentence's words (each list item's, in a sentence of list items). */
const measureSentenceWords: Measure = (ctx, _rule, {min, max, limit}) => {
  const body = ctx.body
  const findings: RawFinding[] = []
  for (const s of body.sentences) {
    const lineBreak = body.text.indexOf('\n', s.start)
    if (lineBreak < 0 || lineBreak >= s.end) {
      const value = s.wordTo - s.wordFrom
      if (outside(value, min, max)) findings.push({field: 'body', start: s.start, end: s.end, data: {value, limit}})
      continue
    }
    for (const [from, to, start, end] of listItems(body, s.wordFrom, s.wordTo, s.start, s.end)) {
      const value = to - from
      if (outside(value, min, max)) findings.push({field: 'body', start, end, data: {value, limit}})
    }
  }
  return findings
}

/** Exclamation marks, in the subject and the body together. */
const measureExclamations: Measure = (ctx, _rule, {min, max, limit}) => {
  const body = ctx.body
  // The subject and the body are one message to the reader: 'Congrats on the raise!' counts.
  const marks: Array<{field: 'body' | 'subject'; at: number}> = []
  const subjectText = ctx.subject?.text ?? ''
  for (let i = subjectText.indexOf('!'); i >= 0; i = subjectText.indexOf('!', i + 1)) marks.push({field: 'subject', at: i})
  for (let i = body.text.indexOf('!'); i >= 0; i = body.text.indexOf('!', i + 1)) marks.push({field: 'body', at: i})
  if (!outside(marks.length, min, max)) return []
  // Reported where the body's marks are (from the first to the last), or the subject's when the body has none.
  const inBody = marks.filter((m) => m.field === 'body')
  const shown = inBody.length > 0 ? inBody : marks
  const text = shown[0].field === 'body' ? body.text : subjectText
  const start = shown[0].at
  const end = shown[shown.length - 1].at + 1
  return [{field: shown[0].field, start, end, data: {value: marks.length, limit, match: text.slice(start, end)}}]
}

/** Each block's words (text between blank lines), before the sign-off. */
const measureBlockWords: Measure = (ctx, _rule, {min, max, limit}) => {
  const body = ctx.body
  const findings: RawFinding[] = []
  for (const b of body.blocks) {
    if (b.start >= body.signatureStart) continue
    if (outside(b.words, min, max)) findings.push({field: 'body', start: b.start, end: b.end, data: {value: b.words, limit}})
  }
  return findings
}

/** A template's braced instruction or field ("{{a topic THEY did}}", "{role type}"): the writer's, not the reader's. */
function braceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const m of text.matchAll(/\{\{[\s\S]*?\}\}|\{[^{}\n]*\}/g)) spans.push([m.index, m.index + m[0].length])
  return spans
}

/** Whether the word at [start, end) is joined to more of a code identifier: an underscore or a letter or digit touching it. */
const inIdentifier = (text: string, start: number, end: number): boolean => /[\w]/.test(text.charAt(start - 1)) || /[\w]/.test(text.charAt(end))

/**
 * The lines that are no prose said to the reader: rows of a table or a box drawing ("|FOOTER   |",
 * "| NAME | ROLE |", "│ CONTENT │"), and fenced blocks of code. Labels in a drawing name its parts; no
 * one raises a voice there. Read once per draft, in one pass over its lines.
 */
function drawnOrCodeLines(text: string): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = []
  if (!/[|│┃║]|```/.test(text)) return spans
  let fenced = false
  for (let start = 0; start <= text.length; ) {
    const next = text.indexOf('\n', start)
    const end = next < 0 ? text.length : next
    const line = text.slice(start, end).trim()
    const fence = line.startsWith('```')
    if (fenced || fence || (/^[|│┃║]/.test(line) && /[|│┃║]$/.test(line))) spans.push({start, end: end + 1})
    if (fence) fenced = !fenced
    if (next < 0) break
    start = next + 1
  }
  return spans
}

/** A word with a capital in it ("Robotics", "StockX", "eBay"): a name's spelling, as a word in capitals alone is not. */
const hasCapital = (text: string): boolean => /[A-Z]/.test(text) && /[a-z]/.test(text)

/** Whether a word in capitals would count as shouting on its own: long enough, vowels enough, not an acronym listed, a word. */
function shoutable(rule: MetricRule, ignore: Set<string>, text: string, norm: string): boolean {
  if (text.length < rule.minLength || !isCaps(text) || ignore.has(norm)) return false
  if (rule.onlyWords === true && !isWord(norm)) return false
  const vowels = rule.oneVowelFrom !== undefined && text.length >= rule.oneVowelFrom ? Math.min(1, rule.minVowels) : rule.minVowels
  return (text.match(/[AEIOUY]/g)?.length ?? 0) >= vowels
}

/** Words in capitals that read as shouting. */
const measureCapsWords: Measure = (ctx, rule, {min, max, limit}, {ignore, emphasis}) => {
  const body = ctx.body
  const words = body.words
  const inCaps = words.filter((w) => isCaps(w.text))
  // (Most drafts have no word in capitals: nothing below needs reading then.)
  if (inCaps.length === 0) return []
  // A word in capitals that the sign-off also has ("I run MEDICI" ... "Mario, MEDICI") is the sender's
  // brand. So is one the draft links to ("GALION ... developer.galion.app") or says what it is right
  // after ("I am testing AIPOU, an open receipt layer"): a name, wherever else it appears. A short word
  // in capitals more than once is a term ("gets a DID ... includes DID"), not emphasis.
  const signed = new Set<string>()
  const seen = new Map<string, number>()
  const linked = linkWords(body)
  for (const w of inCaps) {
    seen.set(w.norm, (seen.get(w.norm) ?? 0) + 1)
    if (w.start >= body.signatureStart) signed.add(w.norm)
    else if (w.text.length >= rule.minLength && (linked.has(w.norm) || /^,\s+(?:a|an|the)\s/i.test(body.text.slice(w.end, w.end + 6)))) signed.add(w.norm)
  }
  const braces = braceSpans(body.text)
  const drawn = drawnOrCodeLines(body.text)
  const inBraces = (at: number): boolean => braces.some(([s, e]) => at >= s && at < e)
  const neighbour = (i: number, step: 1 | -1) => {
    const o = words[i + step]
    return o && o.sentence === words[i].sentence ? o : undefined
  }
  // A name in a list of names: joined by a comma or "&" to a word spelt as a name ("StockX, GOAT, eBay")
  // or to an acronym that would not count itself ("WHO, WFP, UNHCR"). A list of shouted words stays one.
  const listedWithName = (i: number): boolean =>
    ([-1, 1] as const).some((step) => {
      const o = neighbour(i, step)
      if (!o) return false
      const between = step < 0 ? body.text.slice(o.end, words[i].start) : body.text.slice(words[i].end, o.start)
      if (!/^\s*(?:,|&)\s*$/.test(between)) return false
      return hasCapital(o.text) || (isCaps(o.text) && !shoutable(rule, ignore, o.text, o.norm))
    })
  const caps = words.filter((w, i) => {
    if (w.bracketed || !isCaps(w.text) || ignore.has(w.norm) || signed.has(w.norm)) return false
    // The greeting's name slot ("Hi NAME,") and a template's braced instruction are not said to the reader.
    if (w.start < body.bodyStart || inBraces(w.start)) return false
    // A drawing's box label or a code block's word ("|CONTENT  |"): not prose (drawnOrCodeLines).
    if (drawn.length > 0 && indexAt(drawn, w.start) >= 0) return false
    // Part of a code identifier ("X_CONFOUNDED", "MAX_RETRIES", "getURL"): no one is raising a voice.
    if (inIdentifier(body.text, w.start, w.end)) return false
    // A short word of emphasis between words in lower case ("Memory IS the file", "Selling WITH them").
    const before = neighbour(i, -1)
    const after = neighbour(i, 1)
    if (emphasis.has(w.norm)) return seen.get(w.norm) === 1 && before !== undefined && after !== undefined && /[a-z]/.test(before.text) && /[a-z]/.test(after.text)
    if (!shoutable(rule, ignore, w.text, w.norm)) return false
    // A word in capitals in a name's place ("247 SPARK proofs", "I used SPARK", "RAIL has built"): caps-name.ts.
    if (capsInNamePlace(words, i, body.text, ctx.subject?.text, ctx.tokens)) return false
    // A template's bare slot ("in COUNTRY", "department of DEPARTMENT"): caps-name.ts.
    if (capsTemplateSlot(words, i)) return false
    // A name written in capitals ("at CREATE SOMETHING", "built CLEARWAY") is not shouting.
    let k = i - 1
    while (k >= 0 && isCaps(words[k].text) && words[k].sentence === w.sentence) k--
    if (k >= 0 && words[k].sentence === w.sentence && NAME_INTRODUCERS.has(words[k].norm)) return false
    // ("creator of MEMBRANE", "founder of ACME": what the sender made or runs.)
    if (k >= 1 && words[k].norm === 'of' && words[k].sentence === w.sentence && MAKERS.has(words[k - 1].norm)) return false
    // The first word of a name ("a FIRST Robotics team"): a capitalised word right after it.
    if (after && /^[ \t]+$/.test(body.text.slice(w.end, after.start)) && /^[A-Z][a-z]/.test(after.text)) return false
    // The label of a figure a merge field fills ("SROI: {{sroi}}").
    if (/^:[ \t]*(?:\{|\[)/.test(body.text.slice(w.end, w.end + 4))) return false
    return !listedWithName(i)
  })
  if (!outside(caps.length, min, max)) return []
  const found: RawFinding[] = []
  for (const w of caps) found.push({field: 'body', start: w.start, end: w.end, data: {value: caps.length, limit, match: w.text}})
  return found
}

/** The subject's characters, words, emptiness or share of capitals (the `subject...` metrics). */
const measureSubject: Measure = (ctx, rule, {min, max, limit}) => {
  const subject = ctx.subject
  if (!subject) return []
  const text = subject.text
  const lead = text.length - text.trimStart().length
  const trimmed = text.trim()
  let value: number
  if (rule.metric === 'subjectCharacters') value = codePoints(trimmed)
  else if (rule.metric === 'subjectWords') value = subject.words.length
  else if (rule.metric === 'subjectEmpty') value = trimmed.length === 0 ? 0 : 1
  else {
    const letters = trimmed.replace(/[^A-Za-z]/g, '')
    if (letters.length < 6) return []
    value = Math.round((letters.replace(/[^A-Z]/g, '').length / letters.length) * 100) / 100
  }
  if (!outside(value, min, max)) return []
  return [{field: 'subject', start: lead, end: lead + trimmed.length, data: {value, limit}}]
}

const MEASURES: Record<string, Measure> = {
  words: measureWords,
  characters: measureCharacters,
  readingGrade: measureReadingGrade,
  sentenceWords: measureSentenceWords,
  exclamations: measureExclamations,
  blockWords: measureBlockWords,
  capsWords: measureCapsWords
}

export const metric: CheckKind<MetricRule> = (rule) => {
  const lists: CapsLists = {ignore: new Set((rule.ignore ?? []).map((w) => w.toLowerCase())), emphasis: new Set((rule.emphasis ?? []).map((w) => w.toLowerCase()))}
  const measure = MEASURES[rule.metric] ?? measureSubject
  return (ctx: CheckContext) => {
    const max = thresholdFor(rule.max, ctx.channel)
    const min = thresholdFor(rule.min, ctx.channel)
    if (max === undefined && min === undefined) return []
    const limit = max ?? min ?? 0
    if (ctx.body.words.length < rule.minWords && !rule.metric.startsWith('subject')) return []
    return measure(ctx, rule, {min, max, limit}, lists)
  }
}

/** The quantities a metric rule measures. */
const METRICS = [
  'words',
  'characters',
  'readingGrade',
  'sentenceWords',
  'blockWords',
  'capsWords',
  /** Exclamation marks in the subject and the body together. */
  'exclamations',
  'subjectCharacters',
  'subjectWords',
  'subjectCapsRatio',
  'subjectEmpty'
] as const

/** The options of a metric rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const metricOptions = ({z, definition, threshold}: OptionKit) =>
  z
    .object({
      ...definition,
      check: z.literal('metric'),
      metric: z.enum(METRICS),
      max: threshold.optional(),
      min: threshold.optional(),
      /** For capsWords: words never counted (acronyms). */
      ignore: z.array(z.string()).optional(),
      /** For capsWords: fewest vowels a word needs to count (acronyms like WCAG or HDPE have one). */
      minVowels: z.number().int().nonnegative().default(0),
      /**
       * For capsWords: from this length one vowel is enough. Acronyms are short; a shouted word of one
       * vowel ("SPRING", "FIRST") is usually longer.
       */
      oneVowelFrom: z.number().int().positive().optional(),
      /** For capsWords: shortest word counted. */
      minLength: z.number().int().positive().default(3),
      /** For capsWords: short words of emphasis counted whatever their length or vowels, in capitals between words in lower case ("Memory IS the file"). */
      emphasis: z.array(z.string()).optional(),
      /**
       * For capsWords: count only a word of the language, or an inflection of one, in capitals (a shipped
       * English word list); an acronym or a name in capitals ("FICO", "CUDA", "TISAX") is not shouting.
       */
      onlyWords: z.boolean().optional(),
      /** Skip messages shorter than this many words (reading grade on two lines is noise). */
      minWords: z.number().int().nonnegative().default(0)
    })
    .strict()
