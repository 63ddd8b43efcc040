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
}

/** A formatter writes its output piece by piece so long runs can stream (entries arrive sorted). */
export interface Formatter {
  begin(): string
  entry(entry: ReportEntry): string
  end(summary: Summary): string
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

export function emptySummary(): Summary {
  return {files: 0, documents: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, inputErrors: 0}
}

export function addToSummary(summary: Summary, entry: ReportEntry): void {
  if (entry.error) {
    summary.inputErrors++
    return
  }
  summary.documents++
  for (const m of entry.messages) {
    if (m.severity === 'error') summary.errors++
    else if (m.severity === 'warning') summary.warnings++
    else summary.infos++
    if (m.fix) summary.fixable++
  }
}
