/**
 * `outreach-lint sequence <paths...>`: lint whole sequences. A path is a YAML or JSON sequence file,
 * a CSV or JSONL export (one row per step, with a sequence id and a step number), or a folder of
 * numbered step files. Each step is reported as an entry of its own (`#step-2`, or `#<sequence>/step-2`
 * where a file holds several), then the sequence with its score and the sequence rules' findings, each
 * naming its step. `--format json` prints one object per sequence (docs/sequences.md). The config
 * (the nearest to each path, or --config) sets the steps' rules and the sequence rules. `--fix` writes
 * each bump's rewrite and the steps' safe fixes into YAML and JSON files and step files, leaving the
 * rest of each file as it was, then reports the fixed sequences.
 * Exit codes: 0 clean, 1 lint failed, 2 usage, config or input error.
 */
import {readdirSync, statSync} from 'node:fs'
import {basename, dirname, extname, join, resolve} from 'node:path'
import type {FormatName, ReportEntry} from '../report/index.js'
import {emptySummary, addToSummary, type Formatter, type Summary} from '../report/types.js'
import {ConfigError} from '../rules/errors.js'
import type {Linter} from '../engine.js'
import type {SequenceRule} from '../sequence/rules.js'
import type {SequenceInput, SequenceResult, StepMessage} from '../sequence/types.js'
import type {ReadSequence, SequenceFields, SequenceSource} from '../sources/sequence.js'
import {ConfigResolver} from './config.js'
import {encode, InputError, readDraft, type FileContent} from './read.js'
import {displayPath} from './walk.js'
import type {AtomicOutput} from './write.js'

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
}

async function readPath(path: string, fields: SequenceFields): Promise<Read> {
  const filePath = displayPath(path)
  const sources = await import('../sources/sequence.js')
  try {
    let isFolder = false
    try {
      isFolder = statSync(path).isDirectory()
    } catch {
      // readDraft names the problem
    }
    if (isFolder) {
      const names = readdirSync(path)
        .filter((n) => STEP_FILES.has(extname(n).toLowerCase()) && sources.stepNumberOf(n) !== undefined)
        .sort()
      const contents = new Map(names.map((name) => [name, readDraft(join(path, name))]))
      const files = names.map((name) => ({name, text: contents.get(name)!.text}))
      return {filePath, folder: path, contents, source: sources.readStepFiles(files, basename(resolve(path)))}
    }
    const ext = extname(path).toLowerCase()
    const content = readDraft(path)
    const {text} = content
    if (DATA.has(ext)) return {filePath, content, json: ext === '.json', source: sources.readSequenceData(text)}
    if (ext === '.csv') return {filePath, rows: true, source: sources.readSequenceCsv(text, fields)}
    if (ROWS.has(ext)) return {filePath, rows: true, source: sources.readSequenceJsonLines(text, fields)}
    return {filePath, error: `not a sequence (expected .yaml, .yml, .json, .csv, .jsonl, or a folder of numbered step files)`}
  } catch (error) {
    if (error instanceof InputError || error instanceof sources.SequenceSourceError) return {filePath, error: error.message}
    throw error
  }
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

/** The steps' linter and the sequence rules that apply in a folder, by its config. */
interface Settings {
  linter: Linter
  rules: SequenceRule[]
}

/** What the run loads once it knows the config is good: the sequence lint and fix, and the formatter. */
interface Tools {
  lintSequence: typeof import('../sequence/lint.js').lintSequence
  fixSequence: typeof import('../sequence/fix.js').fixSequence
  applyQuiet: typeof import('./render.js').applyQuiet
  /** None for --format json, which prints one object per sequence. */
  formatter?: Formatter
}

/** What the sequences linted so far add up to. */
interface Run {
  text: string
  json: Array<Record<string, unknown>>
  summary: Summary
  files: Set<string>
  inputErrors: number
  /** Sequences below --min-score, as "file#id (score)". */
  low: string[]
  /** What --fix did or could not do, said after the report. */
  notes: string[]
}

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
  const tools: Tools = {
    lintSequence: (await import('../sequence/lint.js')).lintSequence,
    fixSequence: (await import('../sequence/fix.js')).fixSequence,
    applyQuiet: (await import('./render.js')).applyQuiet
  }
  if (options.format !== 'json') tools.formatter = await (await import('../report/index.js')).loadFormatter(options.format, {color: options.color})
  const reads: Read[] = []
  for (const p of paths) reads.push({...(await readPath(resolve(p), options.fields)), path: resolve(p)})
  const out = await openOutput(paths, options)
  if (out === false) return 2
  const run: Run = {text: tools.formatter ? tools.formatter.begin() : '', json: [], summary: emptySummary(), files: new Set(), inputErrors: 0, low: [], notes: []}
  try {
    for (const read of reads) await lintRead(read, settingsFor, tools, options, run)
  } catch (error) {
    out?.abort()
    throw error
  }
  return report(run, tools, out, options)
}

/** The settings for a folder, by the config that applies there: each config's made once. */
async function settingsByConfig(options: SequenceCliOptions): Promise<(dir: string) => Promise<Settings>> {
  const {builtinSequenceRules} = await import('../sequence/rules.js')
  const {applySequenceSettings} = await import('../sequence/config.js')
  const resolver = new ConfigResolver(options.rules ? {rules: options.rules} : {}, options.config)
  const made = new Map<string, Settings>()
  return async (dir) => {
    const loaded = await resolver.forDirectory(dir)
    let entry = made.get(loaded.key)
    if (!entry) {
      const {config} = loaded
      const linter = config === undefined || Object.keys(config).length === 0 ? (await import('../builtin.js')).builtinLinter()! : (await import('../config.js')).createLinter(config)
      entry = {linter, rules: applySequenceSettings(builtinSequenceRules(), loaded.sequenceRules ?? {}, loaded.key || 'config')}
      made.set(loaded.key, entry)
    }
    return entry
  }
}

/** The -o file, opened; undefined without -o; false (said why) when it cannot be written. */
async function openOutput(paths: string[], options: SequenceCliOptions): Promise<AtomicOutput | undefined | false> {
  if (!options.outputFile) return undefined
  const target = resolve(options.outputFile)
  if (paths.some((p) => resolve(p) === target || dirname(target).startsWith(resolve(p) + '/'))) {
    say(`-o ${options.outputFile}: is one of the sequences being linted (or inside its folder); the report would replace it`)
    return false
  }
  try {
    return new (await import('./write.js')).AtomicOutput(target, options.outputFile)
  } catch (error) {
    say((error as Error).message)
    return false
  }
}

/** Lint (or fix) the sequences of one path and add them to the run. */
async function lintRead(read: Read, settingsFor: (dir: string) => Promise<Settings>, tools: Tools, options: SequenceCliOptions, run: Run): Promise<void> {
  run.files.add(read.filePath)
  if (read.error || !read.source) {
    run.inputErrors++
    say(`${read.filePath}: ${read.error}`)
    return
  }
  for (const problem of read.source.errors) {
    run.inputErrors++
    say(`${read.filePath}: ${problem}`)
  }
  let settings: Settings
  try {
    settings = await settingsFor(read.folder ?? dirname(resolve(read.filePath)))
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    run.inputErrors++
    say(error.message)
    return
  }
  // A file of several sequences (an export, a list) names each step by its sequence too.
  const several = read.source.sequences.length > 1 || read.rows === true
  const fixed: Array<{item: ReadSequence; sequence: SequenceInput}> = []
  const results = read.source.sequences.map((item) => {
    if (!options.fix) return tools.lintSequence(item.sequence, settings)
    const fix = tools.fixSequence(item.sequence, settings)
    if (fix.changes.length > 0) fixed.push({item, sequence: fix.sequence})
    return fix.result
  })
  if (fixed.length > 0) {
    const note = await writeFixes(read, fixed)
    if (note) run.notes.push(`${read.filePath}: ${note}`)
  }
  for (const [k, item] of read.source.sequences.entries()) {
    const result = results[k]
    if (options.minScore !== undefined && result.score < options.minScore) run.low.push(`${read.filePath}${result.id ? `#${result.id}` : ''} (${result.score})`)
    for (const entry of entriesOf(read, item, result, several)) {
      tools.applyQuiet(entry, options.quiet)
      addToSummary(run.summary, entry)
      if (tools.formatter) run.text += tools.formatter.entry(entry)
    }
    if (!tools.formatter) run.json.push(jsonOf(read.filePath, {...result, messages: result.messages.filter((m) => !options.quiet || m.severity === 'error')}, options.quiet))
  }
}

/** Write the report (to -o or stdout) and say what --fix noted and which sequences scored low: the exit code. */
function report(run: Run, {formatter}: Tools, out: AtomicOutput | undefined, options: SequenceCliOptions): number {
  for (const note of run.notes) say(note)
  run.summary.files = run.files.size
  const text = formatter ? run.text + formatter.end(run.summary) : JSON.stringify(run.json, null, 2) + '\n'
  if (out) {
    out.write(text)
    out.close()
  } else process.stdout.write(text)
  let code = run.summary.errors > 0 ? 1 : 0
  const {low} = run
  if (low.length > 0) {
    say(`${low.length} sequence${low.length === 1 ? '' : 's'} below --min-score ${options.minScore}: ${low.slice(0, 5).join(', ')}${low.length > 5 ? ', ...' : ''}`)
    code = 1
  }
  return run.inputErrors > 0 ? 2 : code
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

/** `explain` of a sequence rule: why, where its thresholds come from, its example sequences. Undefined for another id. */
export async function explainSequenceRule(id: string): Promise<string | undefined> {
  const rule = (await import('../sequence/rules.js')).builtinSequenceRules().find((r) => r.id === id)
  if (!rule) return undefined
  const lines = [`${rule.id}  (${rule.category}, ${rule.severity}, a sequence rule: outreach-lint sequence)`, '', `Message: ${rule.message}`, '', 'Why:', `    ${rule.why}`]
  if (rule.basis) lines.push('', 'Thresholds:', `    ${JSON.stringify(rule.options)}`, `    ${rule.basis}`)
  const show = (mark: string, e: (typeof rule.examples.valid)[number]): void => {
    lines.push(`  ${mark} ${e.name ?? ''}`)
    e.steps.forEach((step, i) => lines.push(`      step ${i + 1} (${step.channel ?? 'email'}${step.delay !== undefined ? `, after ${step.delay}` : ''}): ${step.text.replace(/\s+/g, ' ').trim()}`))
  }
  lines.push('', 'Flagged:')
  for (const e of rule.examples.invalid) show('✖', e)
  lines.push('', 'Fine:')
  for (const e of rule.examples.valid) show('✔', e)
  return lines.join('\n') + '\n'
}
