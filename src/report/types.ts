/** What formatters read: one entry per linted document (a file, or a member of a collection). */
import type {Deduction, Indicators, LintMessage, Channel} from '../types.js'

export interface ReportEntry {
  /** Path relative to the working folder, with forward slashes. */
  filePath: string
  /** A collection member's id: reported as `filePath#id`. */
  id?: string
  /** 1-based line where a collection member starts in the file. */
  recordLine?: number
  score?: number
  deductions?: Deduction[]
  indicators?: Indicators
  channel?: Channel
  /** The subject as linted (the indicators report counts its words). */
  subject?: string
  /** How often the template is sent, from a collection's usage column (the indicators report). */
  usage?: number
  /**
   * Findings. When `mapped`, line/column and start/end (and those of suggestions and fixes) point into
   * the file; otherwise into the field (a CSV cell, a decoded e-mail body).
   */
  messages: LintMessage[]
  mapped: boolean
  /** An input problem: the file (or record) was not linted. */
  error?: string
  /** Safe fixes were written to the file. */
  fixed?: boolean
  /** False for a document --fix never writes (a record of a collection, an e-mail): its fixes are not offered. */
  writable?: false
}

export interface RuleMeta {
  id: string
  category: string
  severity: string
  message: string
  why: string
  url?: string
  channels?: string[]
  fixable: boolean
  help?: string
}

export interface Summary {
  files: number
  documents: number
  errors: number
  warnings: number
  infos: number
  fixable: number
  inputErrors: number
  /** A run of sequences: how many sequences and steps were linted (its entries are steps and sequences). */
  sequences?: number
  steps?: number
}

/** A formatter writes its output piece by piece so long runs can stream (entries arrive sorted). */
export interface Formatter {
  begin(): string
  entry(entry: ReportEntry): string
  end(summary: Summary): string
  /**
   * Formatters whose entries stand alone split `entry` in two, so worker threads can do the costly
   * half: `render` reads the entry only (it runs where the entry was linted) and `place` puts the
   * rendered text into the output in order (separators and such). `entry(e)` is `place(render(e))`.
   */
  render?(entry: ReportEntry): string
  place?(rendered: string): string
}

/** What the summary, the exit code and the error lines need of an entry, without its findings. */
export interface EntryDigest {
  filePath: string
  id?: string
  error?: string
  score?: number
  errors: number
  warnings: number
  infos: number
  fixable: number
}

/** An entry rendered where it was linted (a worker thread): its digest and its text. */
export interface RenderedEntry extends EntryDigest {
  rendered: string
}

export interface FormatOptions {
  color?: boolean
  /** Rule metadata (SARIF tool.driver.rules). */
  rules?: RuleMeta[]
  toolVersion?: string
}

export function displayPath(entry: Pick<ReportEntry, 'filePath' | 'id'>): string {
  return entry.id === undefined ? entry.filePath : `${entry.filePath}#${entry.id}`
}

/** What a run linted, for a summary line: "3 drafts", or for sequences "2 sequences (7 steps)". */
export function linted(summary: Summary): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  return summary.sequences === undefined ? plural(summary.documents, 'draft') : `${plural(summary.sequences, 'sequence')} (${plural(summary.steps ?? 0, 'step')})`
}

export function emptySummary(): Summary {
  return {files: 0, documents: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, inputErrors: 0}
}

export function digest(entry: ReportEntry): EntryDigest {
  const d: EntryDigest = {filePath: entry.filePath, errors: 0, warnings: 0, infos: 0, fixable: 0}
  if (entry.id !== undefined) d.id = entry.id
  if (entry.error) d.error = entry.error
  if (entry.score !== undefined) d.score = entry.score
  for (const m of entry.messages) {
    if (m.severity === 'error') d.errors++
    else if (m.severity === 'warning') d.warnings++
    else d.infos++
    if (m.fix && entry.writable !== false) d.fixable++
  }
  return d
}

export function addDigest(summary: Summary, d: EntryDigest): void {
  if (d.error) {
    summary.inputErrors++
    return
  }
  summary.documents++
  summary.errors += d.errors
  summary.warnings += d.warnings
  summary.infos += d.infos
  summary.fixable += d.fixable
}

export function addToSummary(summary: Summary, entry: ReportEntry): void {
  addDigest(summary, digest(entry))
}
