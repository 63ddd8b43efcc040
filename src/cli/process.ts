/**
 * One file, start to end: read and decode, parse into Documents, lint, optionally fix (repeat until no
 * safe fix is left, at most 10 passes) and write atomically. Runs in the main thread or in a worker
 * (the same function, so the output is identical). Linters are made once per config and reused.
 */
import {applyEdits} from '../fix/apply.js'
import {builtinLinter} from '../builtin.js'
import {provideRewrite, type Linter} from '../engine.js'
import type {ReportEntry} from '../report/types.js'
import {ConfigError} from '../rules/errors.js'
import type {Config} from '../rules/format.js'
import {formatOf, isCollection, readSource, SourceError, type FieldNames} from '../sources/index.js'
import {lintDocument, type EditMode} from '../sources/lint.js'
import type {Change} from '../fix/plan.js'
import {decode, encode, InputError, readDraft, type FileContent} from './read.js'

export interface FileTask {
  /** Absolute path, or '-' for standard input. */
  path: string
  /** Path as reported (relative, forward slashes). */
  filePath: string
  configKey: string
  /** The validated config; undefined: the built-in rules with their defaults. */
  config?: Config
  /** fix: write fixes; dry-run: return a diff; rewrite: the whole-draft rewrite, return the text. */
  mode: 'lint' | 'fix' | 'dry-run' | 'rewrite'
  fields?: FieldNames
  /** Standard input's content, when path is '-'. */
  stdin?: Uint8Array
}

export interface FileOutcome {
  entries: ReportEntry[]
  /** For dry-run: the unified diff; for rewrite: the revised file. */
  output?: string
  /** For rewrite: what changed and why, over every pass. */
  changes?: Change[]
  /** For rewrite: the file as read. */
  original?: string
  /** One line for standard error: a file --fix left alone, and why. */
  note?: string
}

const linters = new Map<string, Linter>()
const MAX_PASSES = 10

/** The built-in rules as the build compiled them, or a config validated and compiled now (loads zod). */
async function linterFor(task: FileTask): Promise<Linter> {
  let linter = linters.get(task.configKey)
  if (!linter) {
    linter = (task.config === undefined ? builtinLinter() : undefined) ?? (await import('../config.js')).createLinter(task.config)
    linters.set(task.configKey, linter)
  }
  return linter
}

function failed(task: FileTask, message: string, id?: string): ReportEntry {
  return {filePath: task.filePath, ...(id !== undefined ? {id} : {}), messages: [], mapped: false, error: message}
}

/** Write a draft's fixes; or why it was left as it was. */
async function writeFixed(task: FileTask, content: FileContent, text: string): Promise<string | undefined> {
  // The fixes would leave nothing (a draft that was only a stock opener): say so, write nothing.
  // (A greeting is its word and a name or two: "Hi Kim,", "Dear Dr Okafor," - not "Hi Kim, Saw your post.")
  if (/^\s*(?:(?:hi|hello|hey|dear|hiya)\b(?:[ \t]+[^\s,!.?]+){0,3}[ \t]*[,!.]?)?\s*$/i.test(text)) return 'the fixes would empty this draft; not written'
  if ((content.mode & 0o222) === 0) return 'read-only; not fixed (make it writable to fix it)'
  const {writeAtomic, NotWritten} = await import('./write.js')
  try {
    writeAtomic(task.path, encode(text, content.encoding, content.bom), {expect: content.bytes})
    return undefined
  } catch (error) {
    if (!(error instanceof NotWritten)) throw error
    return error.message
  }
}

/**
 * Lint a JSONL or CSV export record by record as it is read; undefined when it is to be read whole.
 * The entries are what the whole-file read gives, in its order: the records' in the file's order, then
 * the problems with records (the only part kept until the end).
 */
async function streamedFile(task: FileTask, format: 'jsonl' | 'csv', linter: Linter, onEntry?: (entry: ReportEntry) => void): Promise<FileOutcome | undefined> {
  const collection = await (await import('./stream.js')).streamCollection(task.path, format, task.fields)
  if (!collection) return undefined
  // Positions in a collection count in the record's field, never in the file: no text is needed.
  const file = {filePath: task.filePath, text: '', cr: collection.cr, crlf: false}
  const entries: ReportEntry[] = []
  const errors: string[] = []
  for await (const r of collection.records) {
    if (typeof r === 'string') errors.push(r)
    else {
      const {entry} = lintDocument(linter, r, file, 'none')
      if (onEntry) onEntry(entry)
      else entries.push(entry)
    }
  }
  for (const error of errors) {
    if (onEntry) onEntry(failed(task, error))
    else entries.push(failed(task, error))
  }
  // --dry-run's diff of a collection, which is never rewritten, is empty.
  return task.mode === 'dry-run' ? {entries, output: ''} : {entries}
}

/**
 * Lint one file. With `onEntry` (the single-thread run, one file at a time), the members of a
 * collection are handed over one by one as they are linted instead of returned together, so a
 * 100,000-row CSV never holds all its results at once.
 */
export async function processFile(task: FileTask, onEntry?: (entry: ReportEntry) => void): Promise<FileOutcome> {
  const format = formatOf(task.path === '-' ? task.filePath : task.path) ?? 'text'
  try {
    const linter = await linterFor(task)
    // A JSONL or CSV export is streamed (stream.ts); `rewrite` prints the file it read, so it reads it whole.
    if ((format === 'jsonl' || format === 'csv') && task.path !== '-' && task.mode !== 'rewrite') {
      const outcome = await streamedFile(task, format, linter, onEntry)
      if (outcome) return outcome
    }
    let content: FileContent
    if (task.path === '-') {
      const bytes = task.stdin ?? new Uint8Array()
      content = format === 'email' ? {bytes, text: '', encoding: 'utf8', bom: false, mode: 0o644} : {bytes, mode: 0o644, ...decode(bytes)}
    } else content = readDraft(task.path, {raw: format === 'email'})
    if (format === 'email' ? content.bytes.length === 0 : content.text.trim() === '') {
      throw new InputError('empty file, nothing to lint')
    }
    const editMode: EditMode = task.mode === 'lint' ? 'none' : task.mode === 'rewrite' ? 'rewrite' : 'fix'
    // The built-in linter (builtin.ts) comes without the rewrite's code, which a lint never runs.
    if (editMode === 'rewrite') provideRewrite(await import('../engine/rewrite.js'))
    const canWrite = !isCollection(format) && format !== 'email'
    let text = content.text
    let entries: ReportEntry[] = []
    let asRead: ReportEntry[] = []
    const changes: Change[] = []
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const source = await readSource(format, text, content.bytes, {fields: task.fields})
      const file = {filePath: task.filePath, text}
      entries = []
      const edits = []
      const stream = onEntry !== undefined && isCollection(format)
      for (const doc of source.documents) {
        const {entry, edits: docEdits, changes: docChanges} = lintDocument(linter, doc, file, canWrite ? editMode : 'none')
        if (stream) onEntry(entry)
        else entries.push(entry)
        edits.push(...docEdits)
        if (docEdits.length > 0) changes.push(...docChanges)
      }
      for (const error of source.errors) {
        if (stream) onEntry(failed(task, error))
        else entries.push(failed(task, error))
      }
      if (pass === 0) asRead = entries
      if (edits.length === 0) break
      const next = applyEdits(text, edits).text
      if (next === text) break
      text = next
    }
    const outcome: FileOutcome = {entries}
    if (task.mode === 'rewrite') Object.assign(outcome, {output: text, changes, original: content.text})
    else if (task.mode === 'dry-run') outcome.output = (await import('./diff.js')).unifiedDiff(task.filePath, content.text, text)
    else if (task.mode === 'fix' && text !== content.text) {
      const reason = await writeFixed(task, content, text)
      if (reason === undefined) for (const e of entries) e.fixed = true
      // Left as it was: the report is of the draft as it is, not as it would have been.
      else Object.assign(outcome, {entries: asRead, note: `${task.filePath}: ${reason}`})
    }
    return outcome
  } catch (error) {
    if (error instanceof InputError || error instanceof SourceError || error instanceof ConfigError) return {entries: [failed(task, error.message)]}
    return {entries: [failed(task, `internal error: ${String((error as Error).message ?? error).split("\n")[0]}`)]}
  }
}
