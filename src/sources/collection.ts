/**
 * Collections as CRMs export them (.json, .jsonl, .csv): one record per template or message, with an
 * id, a subject, a body (or text) and optionally a channel and step. Field names can be mapped
 * (`--field-body copy`). Each record is reported under its id (`templates.csv#welcome-1`); a record
 * that cannot be read is one error while the other records are still linted. Positions count in the
 * record's body (or subject) field; collections are never rewritten.
 */
import {parse as parseCsv} from 'csv-parse/sync'
import {CHANNELS, type Channel, type LintInput, type Recipient} from '../types.js'
import {SourceError, type SourceDocument, type SourceResult} from './types.js'

export interface FieldNames {
  id?: string
  subject?: string
  body?: string
  channel?: string
  step?: string
  /**
   * The field holding how often a template is sent (the indicators report weighs by it): read only
   * when given; '' looks for `usage`, `sent`, `sent_count`, `sends`.
   */
  usage?: string
}

const USAGE_FIELDS = ['usage', 'sent', 'sent_count', 'sends']

type Row = Record<string, unknown>

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y

/** What a JSON reader expects next; `error` where the text stops being JSON, `done` after its one value. */
type JsonStep = 'value' | 'key' | 'after' | 'error' | 'done'

/** A cursor over JSON text that steps over one token at a time, with a stack of open containers. */
class JsonCursor {
  at = 0
  private readonly open: string[] = []
  constructor(private readonly text: string) {}

  space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++
  }

  step(expect: 'value' | 'key' | 'after'): JsonStep {
    return expect === 'key' ? this.key() : expect === 'value' ? this.value() : this.after()
  }

  /** `"name":` */
  private key(): JsonStep {
    if (this.text[this.at] !== '"' || !this.string()) return 'error'
    this.space()
    if (this.text[this.at] !== ':') return 'error'
    this.at++
    return 'value'
  }

  /** A string, number, literal or empty container; or the opening of a container with something in it. */
  private value(): JsonStep {
    const {text} = this
    const c = text[this.at]
    if (c === '{' || c === '[') {
      this.at++
      this.space()
      if (text[this.at] === (c === '{' ? '}' : ']')) {
        this.at++
        return 'after'
      }
      this.open.push(c)
      return c === '{' ? 'key' : 'value'
    }
    if (c === '"') return this.string() ? 'after' : 'error'
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, this.at))
    NUMBER.lastIndex = this.at
    if (literal) this.at += literal.length
    else if (NUMBER.test(text)) this.at = NUMBER.lastIndex
    else return 'error'
    return 'after'
  }

  /** After a value: a comma, the close of the innermost container, or the end of the text. */
  private after(): JsonStep {
    const open = this.open[this.open.length - 1]
    if (open === undefined) return this.at < this.text.length ? 'error' : 'done'
    if (this.text[this.at] === ',') {
      this.at++
      return open === '{' ? 'key' : 'value'
    }
    if (this.text[this.at] !== (open === '{' ? '}' : ']')) return 'error'
    this.at++
    this.open.pop()
    return 'after'
  }

  /** A string from the quote under the cursor to its closing quote. */
  private string(): boolean {
    const {text} = this
    this.at++
    while (this.at < text.length && text[this.at] !== '"') {
      if (text.charCodeAt(this.at) < 0x20) return false
      if (text[this.at] !== '\\') this.at++
      else {
        ESCAPE.lastIndex = this.at
        if (!ESCAPE.test(text)) return false
        this.at = ESCAPE.lastIndex
      }
    }
    if (this.at >= text.length) return false
    this.at++
    return true
  }
}

/**
 * Where JSON.parse gives up on `text`, as an offset (-1: it is valid): Node 20 says no position for
 * most errors, and its message quotes the text around the error, newlines and all. One pass with a
 * stack of open containers, so it is linear and any depth is fine.
 */
function jsonErrorAt(text: string): number {
  const cursor = new JsonCursor(text)
  for (let expect: JsonStep = 'value'; ; ) {
    cursor.space()
    expect = cursor.step(expect)
    if (expect === 'error') return cursor.at
    if (expect === 'done') return -1
  }
}

/** JSON.parse's reason, on one line, without the text it quotes or the position it sometimes gives. */
function jsonReason(error: unknown): string {
  return (error as Error).message.replace(/\s*(?:in JSON )?at position \d+[\s\S]*$/, '').replace(/, (?:\.\.\.)?"[\s\S]*$/, '').split('\n')[0]
}

/** A record of a collection, as a document to lint or a problem with it (a line for the report). */
export type CollectionRecord = SourceDocument | string

function record(row: unknown, index: number, line: number, fields: FieldNames): CollectionRecord {
  const where = `record ${index + 1} (line ${line})`
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    return `${where}: expected an object with ${fields.body ?? 'body'}`
  }
  const r = row as Row
  const idKey = fields.id ?? 'id'
  const rawId = r[idKey]
  const id = rawId === undefined || rawId === null || rawId === '' ? String(index + 1) : String(rawId)
  const at = `${where}${rawId !== undefined ? ` (id ${id})` : ''}`
  const bodyKey = fields.body ?? ('body' in r ? 'body' : 'text')
  const body = r[bodyKey]
  if (typeof body !== 'string') {
    return `${at}: ${body === undefined ? `no "${fields.body ?? 'body'}"${fields.body ? '' : ' or "text"'} field` : `"${bodyKey}" is not text`}`
  }
  const input: LintInput = {text: body}
  const subject = r[fields.subject ?? 'subject']
  if (subject !== undefined && subject !== null) {
    if (typeof subject !== 'string') return `${at}: "${fields.subject ?? 'subject'}" is not text`
    input.subject = subject
  }
  const channel = r[fields.channel ?? 'channel']
  if (channel !== undefined && channel !== null && channel !== '') {
    if (typeof channel !== 'string' || !(CHANNELS as readonly string[]).includes(channel)) {
      return `${at}: ${fields.channel ?? 'channel'}: unknown channel ${JSON.stringify(channel)}`
    }
    input.channel = channel as Channel
  }
  const step = r[fields.step ?? 'step']
  if (step !== undefined && step !== null && step !== '') {
    const n = typeof step === 'string' ? Number(step) : step
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return `${at}: ${fields.step ?? 'step'}: expected a whole number from 1`
    input.step = n
  }
  const recipient: Recipient = {}
  const nested = r.recipient
  const source: Row = nested && typeof nested === 'object' && !Array.isArray(nested) ? (nested as Row) : {}
  for (const key of ['name', 'company', 'role'] as const) {
    const v = source[key] ?? r[`recipient.${key}`] ?? r[`recipient_${key}`]
    if (typeof v === 'string' && v !== '') recipient[key] = v
  }
  const facts = source.facts ?? source.notes ?? r['recipient.facts'] ?? r['recipient_facts']
  if (Array.isArray(facts)) recipient.facts = facts.filter((f): f is string => typeof f === 'string')
  else if (typeof facts === 'string' && facts !== '') recipient.facts = facts.split(/\s*;\s*/).filter(Boolean)
  if (Object.keys(recipient).length > 0) input.recipient = recipient
  const doc: SourceDocument = {id, line, input, writable: false}
  if (fields.usage !== undefined) {
    const key = fields.usage || USAGE_FIELDS.find((k) => k in r)
    const usage = key === undefined ? undefined : r[key]
    if (usage !== undefined && usage !== null && usage !== '') {
      const n = typeof usage === 'string' && /^\s*\d{1,3}(?:,\d{3})*\s*$|^\s*\d+\s*$/.test(usage) ? Number(usage.replace(/[,\s]/g, '')) : usage
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return `${at}: ${key}: expected a whole number of sends from 0 (got ${JSON.stringify(usage)})`
      doc.usage = n
    }
  }
  return doc
}

/** A record where it belongs: a document to lint, or a problem with that record. */
function add(out: SourceResult, r: CollectionRecord | undefined): void {
  if (typeof r === 'string') out.errors.push(r)
  else if (r !== undefined) out.documents.push(r)
}

function finish(out: SourceResult): SourceResult {
  if (out.documents.length === 0 && out.errors.length === 0) throw new SourceError('no records')
  return out
}

export function readJson(text: string, fields: FieldNames = {}): SourceResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const at = jsonErrorAt(text)
    throw new SourceError(`invalid JSON${at >= 0 ? ` at line ${lineOf(text, at)}` : ''}: ${jsonReason(error)}`)
  }
  let rows: unknown = data
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const key = ['records', 'templates', 'messages', 'items', 'data'].find((k) => Array.isArray((data as Row)[k]))
    rows = key ? (data as Row)[key] : [data]
  }
  if (!Array.isArray(rows)) throw new SourceError('expected an array of records (or an object with "records", "templates", "messages" or "items")')
  const out: SourceResult = {documents: [], errors: []}
  rows.forEach((row, index) => add(out, record(row, index, 1, fields)))
  return finish(out)
}

/**
 * A JSON Lines file read line by line, whole or as it streams in: `line` takes the lines in order
 * (without their line ends), `chunks` takes the text in pieces cut anywhere and splits it into lines
 * as `text.split(/\r?\n/)` would. A blank line is no record; a line that is not JSON is one error.
 */
export class JsonLines {
  private n = 0
  private index = 0
  /** The start of a line whose end has not come in yet, in pieces (a long line is not copied again for each piece). */
  private open: string[] = []

  constructor(private readonly fields: FieldNames = {}) {}

  line(text: string): CollectionRecord | undefined {
    this.n++
    if (text.trim() === '') return undefined
    let row: unknown
    try {
      row = JSON.parse(text)
    } catch (error) {
      this.index++
      return `line ${this.n}: invalid JSON: ${jsonReason(error)}`
    }
    return record(row, this.index++, this.n, this.fields)
  }

  /** The records of the lines this piece of text ends (`end`: it is the last piece). */
  *chunk(text: string, end = false): Generator<CollectionRecord> {
    let from = 0
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      this.open.push(text.slice(from, at))
      from = at + 1
      const line = this.open.length === 1 ? this.open[0] : this.open.join('')
      this.open = []
      const r = this.line(line.endsWith('\r') ? line.slice(0, -1) : line)
      if (r !== undefined) yield r
    }
    if (from < text.length) this.open.push(text.slice(from))
    if (end) {
      const r = this.line(this.open.join(''))
      this.open = []
      if (r !== undefined) yield r
    }
  }
}

export function readJsonLines(text: string, fields: FieldNames = {}): SourceResult {
  const out: SourceResult = {documents: [], errors: []}
  const lines = new JsonLines(fields)
  for (const line of text.split(/\r?\n/)) add(out, lines.line(line))
  return finish(out)
}

/**
 * csv-parse's options for a collection, for the whole file and for the stream alike; `header` is
 * told the column names.
 */
export function csvOptions(header: (names: string[]) => void) {
  return {
    // A header that names a column twice ('id,body,body') would silently use the last one.
    columns: (names: string[]) => {
      const seen = new Set<string>()
      for (const name of names) {
        if (seen.has(name)) throw new SourceError(`the header names the column "${name}" twice`)
        seen.add(name)
      }
      header(names)
      return names
    },
    bom: true,
    skip_empty_lines: true,
    info: true as const,
    relax_quotes: false,
    // A short or long row is one error for that row; the other records are still linted.
    relax_column_count: true
  }
}

/** A CSV row as csv-parse gives it with `info`: the `index`-th record of a file whose header has `width` columns. */
export function csvRecord({record: row, info}: {record: Row; info: {lines: number}}, index: number, width: number, fields: FieldNames): CollectionRecord {
  const count = Object.keys(row).length
  if (count !== width) return `line ${info.lines}: ${count} ${count === 1 ? 'field' : 'fields'} where the header has ${width}; this record was not linted`
  return record(row, index, info.lines, fields)
}

export function readCsv(text: string, fields: FieldNames = {}): SourceResult {
  let rows: Array<{record: Row; info: {lines: number}}>
  let header: string[] = []
  try {
    rows = parseCsv(text, csvOptions((names) => (header = names))) as typeof rows
  } catch (error) {
    if (error instanceof SourceError) throw error
    throw new SourceError(`invalid CSV: ${(error as Error).message.split('\n')[0]}`)
  }
  const out: SourceResult = {documents: [], errors: []}
  rows.forEach((row, index) => add(out, csvRecord(row, index, header.length, fields)))
  return finish(out)
}
