/**
 * `outreach-lint sequence <paths...>`: lint whole sequences. A path is a YAML or JSON sequence file,
 * a CSV or JSONL export (one row per step, with a sequence id and a step number), a folder of
 * numbered step files, or a folder of these, walked like a folder of drafts (walk.ts). Each step is reported as an entry of its own (`#step-2`, or `#<sequence>/step-2`
 * where a file holds several), then the sequence with its score and the sequence rules' findings, each
 * naming its step. `--format json` prints one object per sequence (docs/sequences.md). The config
 * (the nearest to each path, or --config) sets the steps' rules and the sequence rules. `--fix` writes
 * each bump's rewrite and the steps' safe fixes into YAML and JSON files and step files, leaving the
 * rest of each file as it was, then reports the fixed sequences.
 * Exit codes: 0 clean, 1 lint failed, 2 usage, config or input error.
 */
import {realpathSync, statSync} from 'node:fs'
import {basename, dirname, extname, join, resolve, sep} from 'node:path'
import type {Ignore} from 'ignore'
import type {FormatName, Formatter, ReportEntry} from '../report/index.js'
import {emptySummary, addToSummary, type RuleMeta, type Summary} from '../report/types.js'
import {ConfigError} from '../rules/errors.js'
import type {Linter} from '../engine.js'
import type {SequenceRule} from '../sequence/rules.js'
import type {SequenceInput, SequenceResult, StepMessage} from '../sequence/types.js'
import type {ReadSequence, SequenceFields, SequenceSource} from '../sources/sequence.js'
import {ConfigResolver, type LoadedConfig} from './config.js'
import {encode, InputError, readDraft, type FileContent} from './read.js'
import type {AtomicOutput} from './write.js'
import {compareCodePoints, displayPath, loadIgnore, walk, type WalkKind} from './walk.js'

export interface SequenceCliOptions {
  format: FormatName
  outputFile?: string
  config?: string
  minScore?: number
  quiet: boolean
  fields: SequenceFields
  color: boolean
  /** `--rule id=level`: a step rule's level, or a sequence rule's (ids starting sequence-). */
  rules?: Record<string, string>
  /** Write the bumps' rewrites and the steps' safe fixes into the files. */
  fix?: boolean
  /** `--ignore-path`, and false for `--no-ignore`: the ignore file of the folder walk, as for drafts. */
  ignorePath?: string
  ignore?: boolean
}

function say(line: string): void {
  process.stderr.write(`outreach-lint: ${line}\n`)
}

const DATA = new Set(['.yaml', '.yml', '.json'])
const ROWS = new Set(['.jsonl', '.ndjson'])
const STEP_FILES = new Set(['.md', '.markdown', '.txt', '.text'])

interface Read {
  filePath: string
  /** Absolute, for --fix to write. */
  path?: string
  source?: SequenceSource
  error?: string
  /** Step files' folder: each step's own file. */
  folder?: string
  /** A CSV or JSONL export, one row per step. */
  rows?: boolean
  /** What was read, for --fix: the file's, or each step file's by name. */
  content?: FileContent
  contents?: Map<string, FileContent>
  /** A JSON file (its fixes are written as JSON). */
  json?: boolean
  /** The file holds no sequence (see SequenceSourceError.notSequences). */
  notSequences?: boolean
  /** An export without the sequence and step columns, found in a folder: why it was not read (one line on standard error). */
  passedBy?: string
}

type Sources = typeof import('../sources/sequence.js')

/** A sequence file: YAML or JSON, or a CSV or JSONL export. */
function readFile(path: string, fields: SequenceFields, sources: Sources): Read {
  const filePath = displayPath(path)
  try {
    const ext = extname(path).toLowerCase()
    if (!DATA.has(ext) && ext !== '.csv' && !ROWS.has(ext)) return {filePath, error: 'not a sequence (expected .yaml, .yml, .json, .csv, .jsonl, or a folder of numbered step files)'}
    const content = readDraft(path)
    const {text} = content
    if (DATA.has(ext)) return {filePath, content, json: ext === '.json', source: sources.readSequenceData(text)}
    if (ext === '.csv') return {filePath, rows: true, source: sources.readSequenceCsv(text, fields)}
    return {filePath, rows: true, source: sources.readSequenceJsonLines(text, fields)}
  } catch (error) {
    if (error instanceof sources.SequenceSourceError && error.notSequences) return {filePath, error: error.message, notSequences: true}
    if (error instanceof InputError || error instanceof sources.SequenceSourceError) return {filePath, error: error.message}
    throw error
  }
}

/** A folder's numbered step files (names as found): one sequence, named after the folder. */
function readStepFolder(folder: string, names: string[], sources: Sources): Read {
  const filePath = displayPath(folder)
  try {
    const contents = new Map(names.map((name) => [name, readDraft(join(folder, name))]))
    const files = names.map((name) => ({name, text: contents.get(name)!.text}))
    return {filePath, folder, contents, source: sources.readStepFiles(files, basename(resolve(folder)))}
  } catch (error) {
    // A problem in one step file names that file.
    if (error instanceof sources.SequenceSourceError) return {filePath: error.file ? displayPath(join(folder, error.file)) : filePath, error: error.message}
    if (error instanceof InputError) return {filePath, error: error.message}
    throw error
  }
}

const SEQUENCE_FILES: WalkKind = {extensions: new Set([...DATA, '.csv', ...ROWS, ...STEP_FILES]), what: 'sequence files'}

/**
 * The sequences the paths hold, in path order: a named file is one sequence file (or an error); a
 * folder is walked like the drafts' walk (recursively, ignore file, hidden folders and node_modules
 * skipped), each sequence file in it read, and each folder of numbered step files one sequence. In a
 * folder, data that holds no sequence (labels, a rule pack) is passed by.
 */
async function readPaths(paths: string[], options: SequenceCliOptions, ig: Ignore | undefined, settingsFor: (dir: string) => Promise<Settings>): Promise<Read[]> {
  const sources = await import('../sources/sequence.js')
  const cwd = process.cwd()
  const {files, problems} = await walk(paths, cwd, ig, SEQUENCE_FILES)
  const reads: Read[] = problems.map((p) => ({filePath: p.filePath, error: p.error}))
  const folders = new Map<string, string[]>()
  for (const f of files) {
    const name = basename(f.path)
    if (!f.named && STEP_FILES.has(extname(name).toLowerCase())) {
      if (sources.stepNumberOf(name) === undefined) continue
      const dir = dirname(f.path)
      folders.set(dir, [...(folders.get(dir) ?? []), name])
      continue
    }
    const read = readFile(f.path, await fieldsFor(dirname(f.path), options.fields, settingsFor), sources)
    if (read.notSequences && !f.named) {
      // Labels or a rule pack are passed by quietly; an export may be a sequence export whose columns
      // are not mapped (--field-sequence, --field-step), so passing it by is said.
      if (!DATA.has(extname(name).toLowerCase())) reads.push({filePath: read.filePath, passedBy: read.error!})
      continue
    }
    reads.push({...read, path: f.path})
  }
  for (const [folder, names] of folders) reads.push({...readStepFolder(folder, names, sources), path: folder})
  // A folder named on the command line with no sequence in it is an input error, like a missing file.
  for (const p of paths) {
    const path = resolve(cwd, p)
    let folder = false
    try {
      folder = statSync(path).isDirectory()
    } catch {
      // walk() named the problem
    }
    if (folder && !reads.some((r) => r.path === path || r.path?.startsWith(path + sep))) {
      reads.push({filePath: displayPath(path), error: 'no sequences in this folder (YAML, JSON, CSV or JSONL sequence files, or folders of numbered step files: 01-intro.md, 02-follow-up.md, ...)'})
    }
  }
  return reads.sort((a, b) => compareCodePoints(a.filePath, b.filePath))
}

/**
 * The export columns for a file in `dir`: its config's `sequenceFields`, each `--field-*` option over
 * its column. A config that cannot be read gives none here; its error is said when the file is linted.
 */
async function fieldsFor(dir: string, flags: SequenceFields, settingsFor: (dir: string) => Promise<Settings>): Promise<SequenceFields> {
  let configured: SequenceFields = {}
  try {
    configured = (await settingsFor(dir)).fields
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
  }
  const given = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined))
  return {...configured, ...given}
}

/** The entries of one sequence: each step, then the sequence as a whole. */
function entriesOf(read: Read, item: ReadSequence, result: SequenceResult, several: boolean): ReportEntry[] {
  const prefix = several ? `${result.id ?? 'sequence'}/` : ''
  const entries: ReportEntry[] = []
  for (const step of result.steps) {
    if (!step.result) continue
    const file = read.folder && item.files ? item.files[step.step - 1] : undefined
    const {messages, ...rest} = step.result
    if (file) {
      // A step file: its findings point into that file (the text starts after the front matter).
      const shift = (m: StepMessage): StepMessage => ({
        ...m,
        line: m.field === 'body' ? m.line + file.line - 1 : m.line,
        endLine: m.field === 'body' ? m.endLine + file.line - 1 : m.endLine,
        start: m.field === 'body' ? m.start + file.offset : m.start,
        end: m.field === 'body' ? m.end + file.offset : m.end,
        suggestions: m.suggestions.map((s) => (m.field === 'body' ? {...s, start: s.start + file.offset, end: s.end + file.offset} : s))
      })
      entries.push({filePath: displayPath(join(read.folder!, file.name)), ...rest, messages: messages.map(shift), mapped: messages.every((m) => m.field === 'body'), writable: false})
    } else {
      const recordLine = item.lines?.[step.step - 1]
      entries.push({filePath: read.filePath, id: `${prefix}step-${step.step}`, ...(recordLine ? {recordLine} : {}), ...rest, messages, mapped: false, writable: false})
    }
  }
  const recordLine = item.lines?.[0]
  entries.push({filePath: read.filePath, id: several ? (result.id ?? 'sequence') : 'sequence', ...(recordLine ? {recordLine} : {}), score: result.score, deductions: result.deductions, messages: result.messages, mapped: false, writable: false})
  return entries
}

/** The JSON of one sequence (docs/sequences.md). */
function jsonOf(filePath: string, result: SequenceResult, quiet: boolean): Record<string, unknown> {
  return {
    filePath,
    ...(result.id !== undefined ? {id: result.id} : {}),
    score: result.score,
    deductions: result.deductions,
    days: result.days,
    steps: result.steps.map((s) => ({
      step: s.step,
      channel: s.channel,
      ...(s.lintedAs ? {lintedAs: s.lintedAs} : {}),
      day: s.day,
      ...(s.result ? {score: s.result.score, deductions: s.result.deductions, messages: s.result.messages.filter((m) => !quiet || m.severity === 'error')} : {})
    })),
    messages: result.messages
  }
}

/**
 * SARIF's rule descriptors, each with its page (helpUri): the steps' rules and the sequence rules of
 * the configs the sequences use (a config with an error is said where its sequences are linted).
 */
async function sarifRules(dirs: string[], settingsFor: (dir: string) => Promise<Settings>): Promise<{rules: RuleMeta[]; toolVersion?: string}> {
  const {ruleMetas, packageVersion} = await import('./run.js')
  const used: Settings[] = []
  for (const dir of new Set(dirs)) {
    try {
      used.push(await settingsFor(dir))
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
    }
  }
  const sequenceRules = new Map(used.flatMap((u) => u.rules).map((r) => [r.id, r]))
  const metas: RuleMeta[] = [...sequenceRules.values()].map((r) => ({id: r.id, category: r.category, severity: r.severity, message: r.message, why: r.why, ...(r.url ? {url: r.url} : {}), fixable: false}))
  const toolVersion = packageVersion()
  return {rules: [...ruleMetas(used.map((u) => u.linter)), ...metas], ...(toolVersion ? {toolVersion} : {})}
}

/** The steps' linter, the sequence rules and the export columns a config gives. */
interface Settings {
  linter: Linter
  rules: SequenceRule[]
  /** Its `sequenceFields`: the export columns' names, under the `--field-*` options. */
  fields: SequenceFields
}

/** The sequence rules a config gives: the built-in ones and its `sequencePacks`, with its settings. */
export async function sequenceRulesOf(loaded: LoadedConfig): Promise<SequenceRule[]> {
  const {builtinSequenceRules} = await import('../sequence/rules.js')
  const {applySequenceSettings} = await import('../sequence/config.js')
  return applySequenceSettings(loaded.sequenceRuleSet ?? builtinSequenceRules(), loaded.sequenceRules ?? {}, loaded.key || 'config')
}

/** The settings of each config (by its file), made once; `--config` and `--rule` over every one. */
async function settingsByConfig(options: SequenceCliOptions): Promise<(dir: string) => Promise<Settings>> {
  const resolver = new ConfigResolver(options.rules ? {rules: options.rules} : {}, options.config)
  const made = new Map<string, Settings>()
  return async (dir) => {
    const loaded = await resolver.forDirectory(dir)
    let entry = made.get(loaded.key)
    if (!entry) {
      const {config} = loaded
      const linter = config === undefined || Object.keys(config).length === 0 ? (await import('../builtin.js')).builtinLinter()! : (await import('../config.js')).createLinter(config)
      entry = {linter, rules: await sequenceRulesOf(loaded), fields: loaded.sequenceFields ?? {}}
      made.set(loaded.key, entry)
    }
    return entry
  }
}

/** A path with its links resolved; for a path that does not exist yet, its folder's. */
function realOf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path))
    } catch {
      return path
    }
  }
}

/** The folder a glob walks (`lib/**\/*.yaml`: `lib`); a plain path as it is. */
function globBase(path: string): string {
  const parts = path.split(/[\\/]/)
  const glob = parts.findIndex((part) => /[*?[\]{}]/.test(part))
  return glob < 0 ? path : parts.slice(0, glob).join(sep) || '.'
}

/**
 * `-o`: the report's file, written whole at the end; a line for standard error when it cannot be.
 * Refused when it is a file being linted or inside a folder being linted (named, walked by a glob, or
 * a folder of step files), links resolved: the report never replaces or lands among the user's files.
 */
async function openOutput(paths: string[], reads: Read[], outputFile: string): Promise<AtomicOutput | string> {
  const target = realOf(resolve(outputFile))
  const inputs = [...paths.map((p) => resolve(globBase(p))), ...reads.flatMap((r) => (r.path ? [r.path] : []))].map(realOf)
  if (inputs.includes(target)) return `-o ${outputFile}: is one of the sequences being linted; the report would replace it`
  const folder = inputs.find((p) => target.startsWith(p.endsWith(sep) ? p : p + sep))
  if (folder !== undefined) return `-o ${outputFile}: is inside ${displayPath(folder)}, a folder being linted; write the report outside it`
  try {
    return new (await import('./write.js')).AtomicOutput(target, outputFile)
  } catch (error) {
    return (error as Error).message
  }
}

/**
 * The run's report as it grows: the formatter's text (or the JSON objects), the summary (which counts
 * sequences and their steps, not the entries it is printed from), the input errors and the sequences
 * below --min-score.
 */
class SequenceReport {
  private text: string
  private json: Array<Record<string, unknown>> = []
  private summary: Summary = {...emptySummary(), sequences: 0, steps: 0}
  private files = new Set<string>()
  private inputErrors = 0
  private low: string[] = []

  constructor(
    private formatter: Formatter | undefined,
    private options: SequenceCliOptions,
    private applyQuiet: (entry: ReportEntry, quiet: boolean) => ReportEntry
  ) {
    this.text = formatter ? formatter.begin() : ''
  }

  file(filePath: string): void {
    this.files.add(filePath)
  }

  /** An input problem: one line on standard error, and an entry for the formats that list them (SARIF, markdown). */
  unread(filePath: string, error: string): void {
    this.inputErrors++
    say(`${filePath}: ${error}`)
    if (this.formatter) this.text += this.formatter.entry({filePath, error, messages: [], mapped: false})
  }

  /** A config that cannot be read: its line, and nothing of the path is linted. */
  configError(error: ConfigError): void {
    this.inputErrors++
    say(error.message)
  }

  /** One sequence: its steps' entries and its own, or its JSON object. */
  add(read: Read, item: ReadSequence, result: SequenceResult, several: boolean): void {
    const {options, summary, formatter} = this
    summary.sequences!++
    summary.steps! += result.steps.length
    if (options.minScore !== undefined && result.score < options.minScore) this.low.push(`${read.filePath}${result.id ? `#${result.id}` : ''} (${result.score})`)
    for (const entry of entriesOf(read, item, result, several)) {
      this.applyQuiet(entry, options.quiet)
      addToSummary(summary, entry)
      if (formatter) this.text += formatter.entry(entry)
    }
    if (!formatter) this.json.push(jsonOf(read.filePath, {...result, messages: result.messages.filter((m) => !options.quiet || m.severity === 'error')}, options.quiet))
  }

  /** The whole report's text. */
  end(): string {
    this.summary.files = this.files.size
    this.summary.inputErrors = this.inputErrors
    return this.formatter ? this.text + this.formatter.end(this.summary) : JSON.stringify(this.json, null, 2) + '\n'
  }

  /** 2 after an input error, 1 for an error-severity finding or a sequence below --min-score (said here), else 0. */
  exitCode(): number {
    let code = this.summary.errors > 0 ? 1 : 0
    const {low} = this
    if (low.length > 0) {
      say(`${low.length} sequence${low.length === 1 ? '' : 's'} below --min-score ${this.options.minScore}: ${low.slice(0, 5).join(', ')}${low.length > 5 ? ', ...' : ''}`)
      code = 1
    }
    return this.inputErrors > 0 ? 2 : code
  }
}

/** Lint (or fix, then lint) the sequences of one path into the report; a line for `notes` when a fix was not written. */
async function lintRead(read: Read, settingsFor: (dir: string) => Promise<Settings>, options: SequenceCliOptions, report: SequenceReport, notes: string[]): Promise<void> {
  if (read.passedBy) return say(`${read.filePath}: passed by: ${read.passedBy}`)
  report.file(read.filePath)
  if (read.error || !read.source) return report.unread(read.filePath, read.error ?? 'not read')
  for (const problem of read.source.errors) report.unread(read.filePath, problem)
  let settings: Settings
  try {
    settings = await settingsFor(dirOf(read))
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return report.configError(error)
  }
  const {lintSequence} = await import('../sequence/lint.js')
  const {fixSequence} = await import('../sequence/fix.js')
  // A file of several sequences (an export, a list) names each step by its sequence too.
  const several = read.source.sequences.length > 1 || read.rows === true
  const fixed: Array<{item: ReadSequence; sequence: SequenceInput}> = []
  const results = read.source.sequences.map((item) => {
    if (!options.fix) return lintSequence(item.sequence, settings)
    const fix = fixSequence(item.sequence, settings)
    if (fix.changes.length > 0) fixed.push({item, sequence: fix.sequence})
    return fix.result
  })
  if (fixed.length > 0) {
    const note = await writeFixes(read, fixed)
    if (note) notes.push(`${read.filePath}: ${note}`)
  }
  read.source.sequences.forEach((item, k) => report.add(read, item, results[k], several))
}

/** The folder a path's config is looked up from. */
const dirOf = (read: Read): string => read.folder ?? dirname(read.path ?? resolve(read.filePath))

export async function runSequences(paths: string[], options: SequenceCliOptions): Promise<number> {
  if (paths.length === 0) {
    say('name the sequence files or folders to lint')
    return 2
  }
  const settingsFor = await settingsByConfig(options)
  try {
    // A bad config is found before anything is linted.
    await settingsFor(process.cwd())
  } catch (error) {
    if (error instanceof ConfigError) return (say(error.message), 2)
    throw error
  }
  let ig: Ignore | undefined
  try {
    ig = await loadIgnore(process.cwd(), options.ignorePath, options.ignore !== false)
  } catch (error) {
    say((error as Error).message)
    return 2
  }
  const reads = await readPaths(paths, options, ig, settingsFor)
  const {loadFormatter} = await import('../report/index.js')
  const formatter = options.format === 'json' ? undefined : await loadFormatter(options.format, {color: options.color, ...(options.format === 'sarif' ? await sarifRules(reads.filter((r) => r.source).map(dirOf), settingsFor) : {})})
  const out = options.outputFile ? await openOutput(paths, reads, options.outputFile) : undefined
  if (typeof out === 'string') return (say(out), 2)
  const report = new SequenceReport(formatter, options, (await import('./render.js')).applyQuiet)
  const notes: string[] = []
  try {
    for (const read of reads) await lintRead(read, settingsFor, options, report, notes)
  } catch (error) {
    out?.abort()
    throw error
  }
  for (const note of notes) say(note)
  const text = report.end()
  if (out) {
    out.write(text)
    out.close()
  } else process.stdout.write(text)
  return report.exitCode()
}

/** Step texts and subjects that differ between two versions of a sequence: index, field, new value. */
function changedValues(before: SequenceInput, after: SequenceInput): Array<{step: number; field: 'text' | 'subject'; value: string}> {
  const out: Array<{step: number; field: 'text' | 'subject'; value: string}> = []
  after.steps.forEach((step, i) => {
    if (step.text !== before.steps[i].text) out.push({step: i, field: 'text', value: step.text})
    if (typeof step.subject === 'string' && step.subject !== before.steps[i].subject) out.push({step: i, field: 'subject', value: step.subject})
  })
  return out
}

/**
 * Write the fixed sequences of one path: the values of a YAML or JSON file, or the step files of a
 * folder, each file whole and atomically, the rest of it as it was. A line for standard error when
 * something was left as it was.
 */
async function writeFixes(read: Read, fixed: Array<{item: ReadSequence; sequence: SequenceInput}>): Promise<string | undefined> {
  if (read.rows) return '--fix does not write into CSV or JSONL exports; not fixed (the findings are of the sequences as fixed)'
  const {writeSequenceData, writeStepFile} = await import('../sources/sequence.js')
  const {writeAtomic, NotWritten} = await import('./write.js')
  const write = (path: string, content: FileContent, text: string): string | undefined => {
    if ((content.mode & 0o222) === 0) return 'read-only; not fixed (make it writable to fix it)'
    try {
      writeAtomic(path, encode(text, content.encoding, content.bom), {expect: content.bytes})
      return undefined
    } catch (error) {
      if (!(error instanceof NotWritten)) throw error
      return error.message
    }
  }
  if (read.content) {
    const changes = fixed.flatMap(({item, sequence}) => changedValues(item.sequence, sequence).map((c) => ({path: [...(item.path ?? []), 'steps', c.step, c.field], value: c.value})))
    const text = writeSequenceData(read.content.text, changes, read.json === true)
    if (text === undefined) return 'the fixes could not be written without changing the rest of the file; not fixed'
    return write(read.path!, read.content, text)
  }
  const problems: string[] = []
  for (const {item, sequence} of fixed) {
    for (const [i, file] of (item.files ?? []).entries()) {
      const content = read.contents?.get(file.name)
      const step = sequence.steps[i]
      const before = item.sequence.steps[i]
      if (!content || (step.text === before.text && step.subject === before.subject)) continue
      const text = writeStepFile(content.text, {text: step.text, ...(step.subject !== before.subject && typeof step.subject === 'string' ? {subject: step.subject} : {})})
      const problem = text === undefined ? 'its subject could not be written into the front matter; not fixed' : write(join(read.folder!, file.name), content, text)
      if (problem) problems.push(`${file.name}: ${problem}`)
      else file.offset = text!.length - step.text.length
    }
  }
  return problems.length > 0 ? problems.join('; ') : undefined
}

/** `explain` of a sequence rule, built-in or of a config's `sequencePacks`: why, where its thresholds come from, its example sequences. */
export function explainSequenceRule(rule: SequenceRule): string {
  const lines = [`${rule.id}  (${rule.category}, ${rule.severity}, a sequence rule: outreach-lint sequence)`, '', `Message: ${rule.message}`, '', 'Why:', `    ${rule.why}`]
  if (rule.basis) lines.push('', 'Thresholds:', `    ${JSON.stringify(rule.options)}`, `    ${rule.basis}`)
  const show = (mark: string, e: (typeof rule.examples.valid)[number]): void => {
    lines.push(`  ${mark} ${e.name ?? ''}`)
    if (e.consent !== undefined) lines.push(`      consent: ${[e.consent].flat().join(', ')}`)
    e.steps.forEach((step, i) => lines.push(`      step ${i + 1} (${step.channel ?? 'email'}${step.delay !== undefined ? `, after ${step.delay}` : ''}${step.consent !== undefined ? `, consent: ${step.consent}` : ''}): ${step.text.replace(/\s+/g, ' ').trim()}`))
  }
  lines.push('', 'Flagged:')
  for (const e of rule.examples.invalid) show('✖', e)
  lines.push('', 'Fine:')
  for (const e of rule.examples.valid) show('✔', e)
  if (rule.url) lines.push('', `More: ${rule.url}`)
  return lines.join('\n') + '\n'
}
