/**
 * Lint one Document and put its findings into the file's coordinates: offsets through the document's
 * TextMap, lines and columns from the file's own line starts, inline disables applied, the score
 * recomputed without the disabled findings. Also turns findings into edits on the file for --fix and
 * `rewrite`, keeping only edits that replace prose (never markup) and escaping them for the format.
 */
import type {Edit} from '../fix/apply.js'
import type {Linter} from '../linter.js'
import {rewritePass} from '../engine.js'
import type {Change} from '../fix/plan.js'
import type {ReportEntry} from '../report/types.js'
import {score} from '../score/score.js'
import type {LintMessage} from '../types.js'
import {isDisabled} from './directives.js'
import {isContiguous, lineStarts, locate, toFile} from './position.js'
import type {SourceDocument, TextMap} from './types.js'

export interface FileContext {
  filePath: string
  /** The decoded file text (positions count in it). */
  text: string
  starts?: number[]
  /** Whether the file has CRLF line ends: found once per file, not once per record of a collection. */
  crlf?: boolean
  /** Whether it has line ends of a CR alone (classic Mac OS), found once per file too. */
  cr?: boolean
}

export type EditMode = 'none' | 'fix' | 'rewrite'

const YAML_PLAIN_SAFE = /^[^"'\\:#\r\n{}[\],&*!|>%@`]*$/

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A CR alone as a line end becomes LF: the same length, so every position stays where it was. */
function crToLf<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? text.replace(/\r(?!\n)/g, '\n') : text) as T
}

export function lintDocument(linter: Linter, doc: SourceDocument, file: FileContext, mode: EditMode = 'none'): {entry: ReportEntry; edits: Edit[]; changes: Change[]} {
  // The analysis knows LF and CRLF line ends: a draft with CR alone would be one long paragraph to it.
  const cr = (file.cr ??= /\r(?!\n)/.test(file.text))
  const input = cr ? {...doc.input, text: crToLf(doc.input.text), subject: crToLf(doc.input.subject)} : doc.input
  const result = linter.lint(input)
  // rewrite: the whole-draft plan's edits (and safe fixes), mapped like the fixes below.
  const pass = mode === 'rewrite' && doc.writable ? rewritePass(linter, input) : undefined
  const mapped = doc.body !== undefined
  const starts = (file.starts ??= mapped ? lineStarts(file.text) : undefined)
  const writer: Writer = {file, doc, cr, crlf: (file.crlf ??= file.text.includes('\r\n'))}
  const edits: Edit[] = []
  const kept: LintMessage[] = []
  for (const raw of result.messages) {
    if (!(mapped && starts)) {
      kept.push(raw)
      continue
    }
    const m = inFile(raw, doc, starts)
    if (!m) continue
    kept.push(m)
    const map = raw.field === 'subject' ? doc.subject : doc.body
    if (mode === 'fix' && doc.writable && map && raw.fix) {
      const edit = mapEdit(writer, raw.fix, raw.field, map)
      if (edit) edits.push(edit)
    }
  }
  if (pass && mapped && starts) edits.push(...planEdits(writer, pass.edits, input))
  if (mapped) kept.sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
  const rescored = kept.length === result.messages.length ? {score: result.score, deductions: result.deductions} : score(kept)
  const entry: ReportEntry = {
    filePath: file.filePath,
    ...(doc.id !== undefined ? {id: doc.id} : {}),
    ...(doc.line !== undefined ? {recordLine: doc.line} : {}),
    score: rescored.score,
    deductions: rescored.deductions,
    indicators: result.indicators,
    channel: result.channel,
    ...(typeof doc.input.subject === 'string' ? {subject: doc.input.subject} : {}),
    ...(doc.usage !== undefined ? {usage: doc.usage} : {}),
    messages: kept,
    mapped,
    ...(doc.writable ? {} : {writable: false as const})
  }
  return {entry, edits, changes: pass?.changes ?? []}
}

/** A finding in the file's offsets, lines and columns; undefined when an inline comment disables it. */
function inFile(raw: LintMessage, doc: SourceDocument, starts: number[]): LintMessage | undefined {
  const map: TextMap | undefined = raw.field === 'subject' ? doc.subject : doc.body
  // A subject not written in the file (none in .html) is at the top of the file.
  const [s, e] = map ? toFile(map, raw.start, raw.end) : [0, 0]
  const [line, column] = locate(starts, s)
  const [endLine, endColumn] = locate(starts, e)
  if (doc.directives?.length && isDisabled(doc.directives, raw.ruleId, s, line, (offset) => locate(starts, offset)[0])) return undefined
  const shift = <T extends {start: number; end: number}>(x: T): T => {
    const [fs, fe] = map ? toFile(map, x.start, x.end) : [0, 0]
    return {...x, start: fs, end: fe}
  }
  const m: LintMessage = {...raw, line, column, endLine, endColumn, start: s, end: e, suggestions: raw.suggestions.map(shift)}
  if (raw.fix) m.fix = shift(raw.fix)
  return m
}

/**
 * The rewrite's edits on each field, in the file's coordinates. A sentence the plan moves to the
 * front is a deletion and an insertion of its text: both are written or neither. (Its deletion over
 * markup was dropped and its insertion written: the sentence went in front again on every pass.)
 */
function planEdits(writer: Writer, planned: Record<'body' | 'subject', Edit[]>, input: SourceDocument['input']): Edit[] {
  const {doc} = writer
  const edits: Edit[] = []
  for (const field of ['body', 'subject'] as const) {
    const map = field === 'subject' ? doc.subject : doc.body
    if (!map) continue
    const inFileEdits = planned[field].map((e) => [e, mapEdit(writer, e, field, map)] as const)
    const linted = field === 'subject' ? (input.subject ?? '') : input.text
    // (A deletion may take neighbouring sentences with it; an insertion may bring several.)
    const moves = (deletion: Edit, insertion: Edit): boolean => {
      const taken = deletion.replacement === '' ? linted.slice(deletion.start, deletion.end) : ''
      return insertion !== deletion && insertion.replacement.split(/\n+/).some((line) => line.trim().length >= 12 && taken.includes(line.trim()))
    }
    const unwritten = inFileEdits.filter(([, edit]) => !edit).map(([e]) => e)
    for (const [e, edit] of inFileEdits) if (edit && !unwritten.some((u) => moves(u, e) || moves(e, u))) edits.push(edit)
  }
  return edits
}

/** What writing an edit into the file needs: the file, its document and its line ends. */
interface Writer {
  file: FileContext
  doc: SourceDocument
  cr: boolean
  crlf: boolean
}

/** An edit on a field, in the file's coordinates and escaped for its format; none over markup. */
function mapEdit({file, doc, cr, crlf}: Writer, edit: Edit, field: 'body' | 'subject', map: TextMap): Edit | undefined {
  if (!isContiguous(map, edit.start, edit.end)) return undefined
  const fieldText = field === 'subject' ? (doc.input.subject ?? '') : doc.input.text
  const [fs, fe] = toFile(map, edit.start, edit.end)
  // Markdown's prose view blanks markup: write only where the file holds exactly the linted prose.
  const prose = map.starts !== undefined || file.text.slice(fs, fe) === fieldText.slice(edit.start, edit.end)
  let replacement = edit.replacement
  if (doc.escape === 'html') replacement = escapeHtml(replacement)
  if (crlf) replacement = replacement.replace(/\r?\n/g, '\r\n')
  else if (cr) replacement = replacement.replace(/\n/g, '\r')
  const yamlOk = field !== 'subject' || doc.subjectSyntax !== 'yaml' || YAML_PLAIN_SAFE.test(replacement)
  return prose && yamlOk ? {start: fs, end: fe, replacement} : undefined
}
