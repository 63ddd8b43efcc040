/**
 * Sequence files -> SequenceInputs. Pure (no `node:`): the CLI reads the bytes and the folder.
 * - a YAML or JSON file: `{id?, steps: [{channel, delay, subject?, text}]}`, a list of those, or
 *   `{sequences: [...]}`;
 * - a folder of numbered step files (`01-intro.md`, `02-follow-up.md`) with front matter
 *   (channel, delay, subject);
 * - CSV or JSONL exports, one row per step, with a sequence id and a step number column (names mapped
 *   like the collection options: `--field-sequence`, `--field-step`, ...).
 * A sequence states the channels its recipient agreed to (`consent: sms`), a step whether they agreed
 * to its channel (`consent: true`): in the data, in a step file's front matter, in an export's column.
 * Problems are one line each, naming the field ("steps[2].delay 'soon' is not a duration like 2d or 36h").
 */
import {parse as parseCsv} from 'csv-parse/sync'
import {isScalar, parseDocument, type Scalar} from 'yaml'
import {sequenceProblem} from '../sequence/lint.js'
import {STEP_CHANNELS, type Consent, type SequenceInput, type SequenceStepInput} from '../sequence/types.js'

export interface SequenceFields {
  sequence?: string
  step?: string
  channel?: string
  delay?: string
  subject?: string
  body?: string
  /** The recipient agreed to be contacted: yes or no for the row's step, or the channels for the whole sequence. */
  consent?: string
}

/** A sequence read from a file, with where it came from. */
export interface ReadSequence {
  sequence: SequenceInput
  /** For step files: each step's file name and the offset and line its text starts at in that file. */
  files?: Array<{name: string; offset: number; line: number}>
  /** For exports: the 1-based line of each step's row. */
  lines?: number[]
  /** For YAML and JSON files: where the sequence is in the file's data (`[]`, `[2]`, `['sequences', 0]`). */
  path?: DataPath
}

type DataPath = Array<string | number>

export interface SequenceSource {
  sequences: ReadSequence[]
  /** Problems with one sequence while the others are still linted. */
  errors: string[]
}

/** A problem with the whole file: one line, nothing of it is linted. */
export class SequenceSourceError extends Error {
  /**
   * The file holds no sequence at all (data without `steps` or `sequences`, an export without the
   * sequence and step columns): a folder walk passes it by; named by itself, it is an error.
   */
  readonly notSequences: boolean
  /** In a folder of step files: the step file the problem is in. */
  readonly file?: string

  constructor(message: string, options: {notSequences?: boolean; file?: string} = {}) {
    super(message)
    this.name = 'SequenceSourceError'
    this.notSequences = options.notSequences === true
    if (options.file !== undefined) this.file = options.file
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

function checked(sequence: unknown, at: string, out: SequenceSource, path: DataPath): void {
  const problem = sequenceProblem(sequence)
  if (problem) out.errors.push(`${at}${problem}`)
  else out.sequences.push({sequence: sequence as SequenceInput, path})
}

/** A YAML or JSON sequence file (JSON is YAML). */
export function readSequenceData(text: string): SequenceSource {
  const doc = parseDocument(text, {prettyErrors: false, uniqueKeys: true})
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    const line = (text.slice(0, e.pos[0]).match(/\n/g)?.length ?? 0) + 1
    throw new SequenceSourceError(`line ${line}: ${e.message.split('\n')[0]}`)
  }
  const data = doc.toJS() as unknown
  // Labels, a rule pack, a config: data, but not sequences.
  const meant = Array.isArray(data) ? data.some((s) => isObject(s) && 'steps' in s) : isObject(data) && ('steps' in data || 'sequences' in data)
  if (!meant) throw new SequenceSourceError('not a sequence (expected {steps: [{channel, delay, text}]}, a list of those, or {sequences: [...]})', {notSequences: true})
  const out: SequenceSource = {sequences: [], errors: []}
  if (Array.isArray(data)) data.forEach((s, i) => checked(s, `[${i}] `, out, [i]))
  else if (data && typeof data === 'object' && Array.isArray((data as {sequences?: unknown}).sequences)) {
    ;(data as {sequences: unknown[]}).sequences.forEach((s, i) => checked(s, `sequences[${i}].`, out, ['sequences', i]))
  } else checked(data, '', out, [])
  if (out.sequences.length === 0 && out.errors.length === 0) throw new SequenceSourceError('no sequences (expected steps: [{channel, delay, text}])')
  return out
}

/** A scalar's new source text in the style it had, or another that reads back the same: candidates in order. */
function renderings(type: string | undefined, value: string, original: string, json: boolean, newline: string): string[] {
  const double = JSON.stringify(value)
  if (json) return [double]
  const out: string[] = []
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    // The content's indentation as the file has it; the chomping indicator by the value's trailing line breaks.
    const indent = /\n([ ]+)\S/.exec(original)?.[1]
    if (indent && !/^[ \t]/.test(value) && !value.includes('\r')) {
      const chomp = value.endsWith('\n\n') ? '+' : value.endsWith('\n') ? '' : '-'
      const lines = value.split('\n')
      if (value.endsWith('\n')) lines.pop()
      out.push(`|${chomp}${newline}${lines.map((l) => (l === '' ? '' : indent + l)).join(newline)}${newline}`)
    }
  } else if (!/[\n\r]/.test(value)) {
    if (type === 'PLAIN' || type === undefined) out.push(value)
    if (type === 'QUOTE_SINGLE') out.push(`'${value.replace(/'/g, "''")}'`)
  }
  out.push(double)
  return out
}

/**
 * A sequence file's text with some of its values (steps' texts and subjects) changed and nothing else:
 * each value's own characters are replaced, in its style where it can keep it (a block scalar stays
 * one, with its indentation), so comments, other keys, order and layout stay as they were. Undefined
 * when a value is not a plain text value or the result would not read back as exactly these values.
 */
export function writeSequenceData(text: string, changes: Array<{path: DataPath; value: string}>, json: boolean): string | undefined {
  const doc = parseDocument(text, {prettyErrors: false, uniqueKeys: true})
  if (doc.errors.length > 0) return undefined
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const located = changes.map((c) => ({...c, node: doc.getIn(c.path, true)}))
  if (located.some((c) => !isScalar(c.node) || typeof c.node.value !== 'string' || !c.node.range)) return undefined
  located.sort((a, b) => (b.node as Scalar).range![0] - (a.node as Scalar).range![0])
  let out = text
  for (const c of located) {
    const node = c.node as Scalar
    const [start, end] = node.range!
    const original = text.slice(start, end)
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
    // A plain or quoted value's range can take in the line break after it: kept as it was.
    const trailing = block ? '' : /\s*$/.exec(original)![0]
    const fits = renderings(node.type, c.value, original, json, newline).find((r) => {
      const tried = parseDocument(out.slice(0, start) + r + trailing + out.slice(end), {prettyErrors: false, uniqueKeys: true})
      return tried.errors.length === 0 && tried.getIn(c.path) === c.value
    })
    if (fits === undefined) return undefined
    out = out.slice(0, start) + fits + trailing + out.slice(end)
  }
  // Everything else reads back as it was.
  for (const c of changes) doc.setIn(c.path, c.value)
  const after = parseDocument(out, {prettyErrors: false, uniqueKeys: true})
  return JSON.stringify(after.toJS()) === JSON.stringify(doc.toJS()) ? out : undefined
}

/** A number at the start of a step file's name: `01-intro.md` is step 1; other files are not steps. */
export function stepNumberOf(name: string): number | undefined {
  const m = /^(\d+)[-_. ]/.exec(name)
  return m ? Number(m[1]) : undefined
}

const FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/** Numbered step files (name and decoded text), in any order: one sequence. */
export function readStepFiles(files: Array<{name: string; text: string}>, id?: string): SequenceSource {
  const numbered = files.map((f) => ({...f, n: stepNumberOf(f.name)})).filter((f) => f.n !== undefined) as Array<{name: string; text: string; n: number}>
  if (numbered.length === 0) throw new SequenceSourceError('no numbered step files (name them 01-intro.md, 02-follow-up.md, ...)')
  numbered.sort((a, b) => a.n - b.n)
  for (let i = 1; i < numbered.length; i++) {
    if (numbered[i].n === numbered[i - 1].n) throw new SequenceSourceError(`${numbered[i - 1].name} and ${numbered[i].name} are both step ${numbered[i].n}`)
  }
  const steps: SequenceStepInput[] = []
  const where: NonNullable<ReadSequence['files']> = []
  for (const f of numbered) {
    const m = FRONT.exec(f.text)
    const step: Record<string, unknown> = {}
    if (m) {
      const doc = parseDocument(m[1], {prettyErrors: false, uniqueKeys: true})
      if (doc.errors.length > 0) throw new SequenceSourceError(`front matter: ${doc.errors[0].message.split('\n')[0]}`, {file: f.name})
      const data = doc.toJS() as unknown
      if (data !== null && (typeof data !== 'object' || Array.isArray(data))) throw new SequenceSourceError('front matter: expected "key: value" pairs', {file: f.name})
      for (const key of ['channel', 'delay', 'subject', 'consent'] as const) if (data && (data as Record<string, unknown>)[key] !== undefined) step[key] = (data as Record<string, unknown>)[key]
    }
    const offset = m ? m[0].length : 0
    step.text = f.text.slice(offset)
    const problem = sequenceProblem({steps: [step]})
    if (problem) throw new SequenceSourceError(problem.replace(/^steps\[0\]\.?\s*/, ''), {file: f.name})
    steps.push(step as unknown as SequenceStepInput)
    where.push({name: f.name, offset, line: (f.text.slice(0, offset).match(/\n/g)?.length ?? 0) + 1})
  }
  return {sequences: [{sequence: {...(id !== undefined ? {id} : {}), steps}, files: where}], errors: []}
}

/**
 * A step file's text with its body (what follows the front matter) and its front matter's subject
 * replaced, everything else as it was; undefined when the subject cannot be written so.
 */
export function writeStepFile(file: string, change: {text?: string; subject?: string}): string | undefined {
  const m = FRONT.exec(file)
  const offset = m ? m[0].length : 0
  let head = file.slice(0, offset)
  if (change.subject !== undefined) {
    if (!m) return undefined
    const start = m[0].indexOf('\n') + 1
    const front = writeSequenceData(m[1], [{path: ['subject'], value: change.subject}], false)
    if (front === undefined) return undefined
    head = head.slice(0, start) + front + head.slice(start + m[1].length)
  }
  return head + (change.text ?? file.slice(offset))
}

type Row = Record<string, unknown>

const YES = new Set(['yes', 'y', 'true', '1'])
const NO = new Set(['no', 'n', 'false', '0'])

/**
 * An export's consent cell: yes or no for the row's step (true, false in JSONL), the channels the
 * recipient agreed to for the whole sequence (`sms`, `sms;email`; a list in JSONL, as a sequence-level
 * field is repeated on every row of an export), nothing for an empty cell, or the problem.
 */
function consentCell(v: unknown): boolean | string[] | undefined | {problem: string} {
  if (v === undefined || v === null || v === '') return undefined
  if (typeof v === 'boolean') return v
  const word = typeof v === 'string' ? v.trim().toLowerCase() : typeof v === 'number' ? String(v) : undefined
  if (word === '') return undefined
  if (word !== undefined && YES.has(word)) return true
  if (word !== undefined && NO.has(word)) return false
  const list = Array.isArray(v) ? v : word !== undefined ? word.split(/[\s,;|]+/).filter(Boolean) : []
  if (list.length > 0 && list.every((c) => (STEP_CHANNELS as readonly unknown[]).includes(c))) return list as string[]
  return {problem: `expected yes or no (for the step), or the channels the recipient agreed to, like sms or sms;email (one of ${STEP_CHANNELS.join(', ')}), got ${JSON.stringify(v)}`}
}

/** The columns a sequence export is read from, by what they hold. */
interface SequenceColumns {
  sequence: string
  step: string
  channel: string
  delay: string
  subject: string
  consent: string
}

interface NumberedRow {
  n: number
  line: number
  row: Row
}

/** Rows of a CSV or JSONL export, one per step, grouped into sequences by the sequence column. */
function fromRows(rows: Array<{row: Row; line: number}>, fields: SequenceFields): SequenceSource {
  const key: SequenceColumns = {
    sequence: fields.sequence ?? 'sequence',
    step: fields.step ?? 'step',
    channel: fields.channel ?? 'channel',
    delay: fields.delay ?? 'delay',
    subject: fields.subject ?? 'subject',
    consent: fields.consent ?? 'consent'
  }
  if (rows.length > 0 && !rows.some(({row}) => key.sequence in row || key.step in row)) {
    throw new SequenceSourceError(`not a sequence export: no "${key.sequence}" or "${key.step}" column (map them with --field-sequence and --field-step)`, {notSequences: true})
  }
  const out: SequenceSource = {sequences: [], errors: []}
  for (const [sid, list] of groupRows(rows, key, out.errors)) {
    const read = sequenceOfRows(sid, list, fields, key)
    if (typeof read === 'string') out.errors.push(read)
    else out.sequences.push(read)
  }
  if (out.sequences.length === 0 && out.errors.length === 0) throw new SequenceSourceError('no rows')
  return out
}

/**
 * The rows by sequence id, each with its step number; a row without a sequence id or a step number
 * is an error in `errors`, and a sequence with such a row is left out.
 */
function groupRows(rows: Array<{row: Row; line: number}>, key: SequenceColumns, errors: string[]): Map<string, NumberedRow[]> {
  const groups = new Map<string, NumberedRow[]>()
  const broken = new Set<string>()
  for (const {row, line} of rows) {
    const id = row[key.sequence]
    if (id === undefined || id === null || id === '') {
      errors.push(`line ${line}: no "${key.sequence}" (the sequence id; map it with --field-sequence)`)
      continue
    }
    const sid = String(id)
    const raw = row[key.step]
    const n = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : raw
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      errors.push(`line ${line} (sequence ${sid}): ${key.step}: expected a step number from 1${raw === undefined ? ' (map the column with --field-step)' : `, got ${JSON.stringify(raw)}`}`)
      broken.add(sid)
      continue
    }
    const list = groups.get(sid) ?? []
    list.push({n, line, row})
    groups.set(sid, list)
  }
  for (const sid of broken) groups.delete(sid)
  return groups
}

/** One sequence from its rows, or the error that names the row and column at fault. */
function sequenceOfRows(sid: string, list: NumberedRow[], fields: SequenceFields, key: SequenceColumns): SequenceSource['sequences'][number] | string {
  list.sort((a, b) => a.n - b.n)
  const dup = list.find((x, i) => i > 0 && x.n === list[i - 1].n)
  if (dup) return `line ${dup.line} (sequence ${sid}): step ${dup.n} appears twice`
  const gap = list.findIndex((x, i) => x.n !== i + 1)
  if (gap >= 0) return `sequence ${sid}: step ${gap + 1} is missing (steps ${list.map((x) => x.n).join(', ')})`
  const agreed = new Set<string>()
  let bad: string | undefined
  const steps: Array<Record<string, unknown>> = list.map(({row, line, n}) => {
    const bodyKey = fields.body ?? ('body' in row ? 'body' : 'text')
    const step: Record<string, unknown> = {text: row[bodyKey]}
    for (const k of ['channel', 'delay', 'subject'] as const) {
      const v = row[key[k]]
      if (v !== undefined && v !== null && v !== '') step[k] = v
    }
    const consent = consentCell(row[key.consent])
    if (typeof consent === 'boolean') step.consent = consent
    else if (Array.isArray(consent)) for (const c of consent) agreed.add(c)
    else if (consent !== undefined) bad ??= `line ${line} (sequence ${sid}, step ${n}): ${key.consent}: ${consent.problem}`
    return step
  })
  if (bad) return bad
  const problem = sequenceProblem({id: sid, steps, ...(agreed.size > 0 ? {consent: [...agreed]} : {})})
  if (problem) {
    // steps[i] is the i-th row of this sequence by step number: name its line and column.
    const m = /^steps\[(\d+)\]\.(\w+)(.*)$/.exec(problem)
    return m ? `line ${list[Number(m[1])].line} (sequence ${sid}, step ${list[Number(m[1])].n}): ${m[2] === 'text' ? (fields.body ?? 'body') : key[m[2] as keyof typeof key] ?? m[2]}${m[3]}` : `sequence ${sid}: ${problem}`
  }
  return {sequence: {id: sid, ...(agreed.size > 0 ? {consent: [...agreed] as Consent} : {}), steps: steps as unknown as SequenceStepInput[]}, lines: list.map((x) => x.line)}
}

export function readSequenceCsv(text: string, fields: SequenceFields = {}): SequenceSource {
  let rows: Array<{record: Row; info: {lines: number}}>
  try {
    rows = parseCsv(text, {columns: true, bom: true, skip_empty_lines: true, info: true, relax_column_count: false}) as typeof rows
  } catch (error) {
    throw new SequenceSourceError(`invalid CSV: ${(error as Error).message.split('\n')[0]}`)
  }
  return fromRows(
    rows.map(({record, info}) => ({row: record, line: info.lines})),
    fields
  )
}

export function readSequenceJsonLines(text: string, fields: SequenceFields = {}): SequenceSource {
  const rows: Array<{row: Row; line: number}> = []
  const errors: string[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    try {
      const row = JSON.parse(line) as unknown
      if (row && typeof row === 'object' && !Array.isArray(row)) rows.push({row: row as Row, line: i + 1})
      else errors.push(`line ${i + 1}: expected an object`)
    } catch (error) {
      errors.push(`line ${i + 1}: invalid JSON: ${(error as Error).message.split('\n')[0]}`)
    }
  })
  if (rows.length === 0 && errors.length > 0) return {sequences: [], errors}
  const out = fromRows(rows, fields)
  out.errors.unshift(...errors)
  return out
}
