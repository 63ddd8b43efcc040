/**
 * `outreach-lint sequence <paths...>`: lint whole sequences. A path is a YAML or JSON sequence file,
 * a CSV or JSONL export (one row per step, with a sequence id and a step number), or a folder of
 * numbered step files. Each step is reported as an entry of its own (`#step-2`, or `#<sequence>/step-2`
 * where a file holds several), then the sequence with its score and the sequence rules' findings, each
 * naming its step. `--format json` prints one object per sequence (docs/sequences.md).
 * Exit codes: 0 clean, 1 lint failed, 2 usage, config or input error.
 */
import {readdirSync, statSync} from 'node:fs'
import {basename, dirname, extname, join, resolve} from 'node:path'
import type {FormatName, ReportEntry} from '../report/index.js'
import {emptySummary, addToSummary} from '../report/types.js'
import {ConfigError} from '../rules/errors.js'
import type {Linter} from '../engine.js'
import type {SequenceResult, StepMessage} from '../sequence/types.js'
import type {ReadSequence, SequenceFields, SequenceSource} from '../sources/sequence.js'
import {ConfigResolver} from './config.js'
import {InputError, readDraft} from './read.js'
import {displayPath} from './walk.js'

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
}

function say(line: string): void {
  process.stderr.write(`outreach-lint: ${line}\n`)
}

const DATA = new Set(['.yaml', '.yml', '.json'])
const ROWS = new Set(['.jsonl', '.ndjson'])
const STEP_FILES = new Set(['.md', '.markdown', '.txt', '.text'])

interface Read {
  filePath: string
  source?: SequenceSource
  error?: string
  /** Step files' folder: each step's own file. */
  folder?: string
  /** A CSV or JSONL export, one row per step. */
  rows?: boolean
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
      const files = names.map((name) => ({name, text: readDraft(join(path, name)).text}))
      return {filePath, folder: path, source: sources.readStepFiles(files, basename(resolve(path)))}
    }
    const ext = extname(path).toLowerCase()
    const {text} = readDraft(path)
    if (DATA.has(ext)) return {filePath, source: sources.readSequenceData(text)}
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

export async function runSequences(paths: string[], options: SequenceCliOptions): Promise<number> {
  if (paths.length === 0) {
    say('name the sequence files or folders to lint')
    return 2
  }
  const stepRules: Record<string, string> = {}
  const sequenceLevels = new Map<string, string>()
  for (const [id, level] of Object.entries(options.rules ?? {})) if (id.startsWith('sequence-')) sequenceLevels.set(id, level)
  else stepRules[id] = level
  const {builtinSequenceRules} = await import('../sequence/rules.js')
  const unknown = [...sequenceLevels.keys()].find((id) => !builtinSequenceRules().some((r) => r.id === id))
  if (unknown) return (say(`--rule ${unknown}: unknown sequence rule (docs/sequences.md lists them)`), 2)
  const SEVERITY: Record<string, 'error' | 'warning' | 'info'> = {error: 'error', warn: 'warning', warning: 'warning', info: 'info'}
  const sequenceRules = builtinSequenceRules()
    .filter((r) => sequenceLevels.get(r.id) !== 'off')
    .map((r) => (sequenceLevels.has(r.id) ? {...r, severity: SEVERITY[sequenceLevels.get(r.id)!]} : r))
  let linter: Linter
  try {
    const {config} = await new ConfigResolver(Object.keys(stepRules).length > 0 ? {rules: stepRules} : {}, options.config).forDirectory(process.cwd())
    linter = config === undefined ? (await import('../builtin.js')).builtinLinter()! : (await import('../config.js')).createLinter(config)
  } catch (error) {
    if (error instanceof ConfigError) return (say(error.message), 2)
    throw error
  }
  const {lintSequence} = await import('../sequence/lint.js')
  const {loadFormatter} = await import('../report/index.js')
  const {applyQuiet} = await import('./render.js')
  const formatter = options.format === 'json' ? undefined : await loadFormatter(options.format, {color: options.color})
  const reads: Read[] = []
  for (const p of paths) reads.push(await readPath(resolve(p), options.fields))
  let out: import('./write.js').AtomicOutput | undefined
  if (options.outputFile) {
    const target = resolve(options.outputFile)
    if (paths.some((p) => resolve(p) === target || dirname(target).startsWith(resolve(p) + '/'))) {
      say(`-o ${options.outputFile}: is one of the sequences being linted (or inside its folder); the report would replace it`)
      return 2
    }
    try {
      out = new (await import('./write.js')).AtomicOutput(target, options.outputFile)
    } catch (error) {
      say((error as Error).message)
      return 2
    }
  }
  let text = formatter ? formatter.begin() : ''
  const json: Array<Record<string, unknown>> = []
  const summary = emptySummary()
  const files = new Set<string>()
  let inputErrors = 0
  const low: string[] = []
  try {
    for (const read of reads) {
      files.add(read.filePath)
      if (read.error || !read.source) {
        inputErrors++
        say(`${read.filePath}: ${read.error}`)
        continue
      }
      for (const problem of read.source.errors) {
        inputErrors++
        say(`${read.filePath}: ${problem}`)
      }
      // A file of several sequences (an export, a list) names each step by its sequence too.
      const several = read.source.sequences.length > 1 || read.rows === true
      for (const item of read.source.sequences) {
        const result = lintSequence(item.sequence, {linter, rules: sequenceRules})
        if (options.minScore !== undefined && result.score < options.minScore) low.push(`${read.filePath}${result.id ? `#${result.id}` : ''} (${result.score})`)
        const entries = entriesOf(read, item, result, several)
        for (const entry of entries) {
          applyQuiet(entry, options.quiet)
          addToSummary(summary, entry)
          if (formatter) text += formatter.entry(entry)
        }
        if (!formatter) json.push(jsonOf(read.filePath, {...result, messages: result.messages.filter((m) => !options.quiet || m.severity === 'error')}, options.quiet))
      }
    }
  } catch (error) {
    out?.abort()
    throw error
  }
  summary.files = files.size
  text = formatter ? text + formatter.end(summary) : JSON.stringify(json, null, 2) + '\n'
  if (out) {
    out.write(text)
    out.close()
  } else process.stdout.write(text)
  let code = summary.errors > 0 ? 1 : 0
  if (low.length > 0) {
    say(`${low.length} sequence${low.length === 1 ? '' : 's'} below --min-score ${options.minScore}: ${low.slice(0, 5).join(', ')}${low.length > 5 ? ', ...' : ''}`)
    code = 1
  }
  return inputErrors > 0 ? 2 : code
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
