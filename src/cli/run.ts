/**
 * `outreach-lint [paths...]`: walk and sort the files first, then lint them in that order (in worker
 * threads when there are many) and write each file's report as soon as it and every file before it
 * are done, so memory does not grow with the number of files and the output is the same however many
 * threads ran. Exit codes: 0 clean, 1 lint failed, 2 usage / config / input error.
 */
import {dirname, resolve} from 'node:path'
import {availableParallelism, constants as osConstants} from 'node:os'
import {readFileSync, realpathSync, statSync} from 'node:fs'
import type {FormatName, Formatter} from '../report/index.js'
import {addDigest, digest, displayPath as entryName, emptySummary, type EntryDigest, type ReportEntry, type RuleMeta} from '../report/types.js'
import {ConfigError} from '../rules/errors.js'
import {INPUT_TOO_LARGE} from '../engine/too-large.js'
import type {FieldNames} from '../sources/index.js'
import {ConfigResolver, resolveRules} from './config.js'
import type {Overrides} from './config-file.js'
import type {LinterRule} from '../rules/format.js'
import type {FileOutcome, FileTask} from './process.js'
import {applyQuiet} from './render.js'
import type {RenderedOutcome, WorkerBatch} from './worker.js'
import {defaultThreads} from './threads.js'
import {compareCodePoints, displayPath, loadIgnore, walk, type Walked} from './walk.js'
import type {AtomicOutput} from './write.js'

export interface LintOptions {
  format: FormatName
  outputFile?: string
  config?: string
  overrides: Overrides
  ignorePath?: string
  ignore: boolean
  mode: FileTask['mode']
  maxWarnings?: number
  minScore?: number
  quiet: boolean
  stdinFilename?: string
  readStdin: boolean
  fields: FieldNames
  threads?: number
  color: boolean
  /** A formatter of the caller's instead of `format`'s (the indicators report gathers entries through one). */
  formatter?: Formatter
}

/** Files per message to a worker thread, at most: fewer when there are few files, so that each thread gets several batches. */
const BATCH = 50

/**
 * A JSONL or CSV export of more bytes than this is linted in the main thread, in its turn, when the
 * other files go to worker threads: a worker hands a file's entries back all at once (a 44 MB export
 * would be 100,000 entries held together), while the main thread reports each record as it is linted.
 */
const STREAMED_IN_MAIN = 1 << 20

function inMainThread(task: FileTask): boolean {
  if (task.path === '-' || task.mode === 'rewrite' || !/\.(?:jsonl|ndjson|csv)$/i.test(task.path)) return false
  try {
    return statSync(task.path).size > STREAMED_IN_MAIN
  } catch {
    return false
  }
}

interface Item {
  filePath: string
  task?: FileTask
  error?: string
  /** A file --fix reaches under an earlier name too (a link and its target): linted, once that one is written. */
  sameFile?: boolean
  /** Linted in the main thread in its turn, even when there are worker threads (a large export, see inMainThread). */
  inMain?: boolean
}

export function packageVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
  } catch {
    return undefined
  }
}

function say(line: string): void {
  process.stderr.write(`outreach-lint: ${line}\n`)
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** SARIF's rule descriptors of the rules of these configs (or linters), and of input-too-large. */
export function ruleMetas(configs: ReadonlyArray<{readonly rules: readonly LinterRule[]}>): RuleMeta[] {
  const byId = new Map<string, RuleMeta>()
  for (const config of configs) {
    for (const r of config.rules) {
      if (byId.has(r.id)) continue
      byId.set(r.id, {
        id: r.id,
        category: r.category,
        severity: r.severity,
        message: r.message,
        why: r.why,
        ...(r.url ? {url: r.url} : {}),
        ...(r.channels ? {channels: r.channels} : {}),
        fixable: (r.suggestions ?? []).some((s) => s.safe),
        help: [r.why.trim(), ...(r.suggestions ?? []).map((s) => `Suggestion: ${s.message}`)].join('\n\n')
      })
    }
  }
  const {id, category, severity, why} = INPUT_TOO_LARGE
  byId.set(id, {id, category, severity, message: 'The message is too large to analyse.', why, fixable: false})
  return [...byId.values()]
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * A run that writes (--fix, -o) leaves no temporary file behind, whatever ends it: on exit (an early
 * close of stdout, an error) its own are removed; on SIGINT, SIGTERM or SIGHUP the report is
 * abandoned, the workers are stopped and then the folders being fixed are cleared of this process's
 * temporary files, and the run exits with 128 + the signal's number. A second signal ends it at once.
 */
async function cleanUpOnExit(out: () => AtomicOutput | undefined, pool: () => {destroy(): Promise<void>} | undefined, folders: () => string[]) {
  const {removeTemps} = await import('./write.js')
  const atExit = (): void => removeTemps(folders())
  const stop = (signal: NodeJS.Signals): void => {
    handle.stopping = true
    // The files still in the stopped workers fail: nobody is waiting for them any more.
    process.on('unhandledRejection', () => undefined)
    out()?.abort()
    void Promise.resolve(pool()?.destroy())
      .catch(() => undefined)
      .then(() => {
        atExit()
        process.exit(128 + (osConstants.signals[signal] ?? 0))
      })
  }
  process.once('exit', atExit)
  for (const signal of SIGNALS) process.once(signal, stop)
  const handle = {
    stopping: false,
    turn: Date.now(),
    yield: () => new Promise<void>((done) => setImmediate(() => ((handle.turn = Date.now()), done()))),
    done: () => {
      for (const signal of SIGNALS) process.off(signal, stop)
    }
  }
  return handle
}

/** The drafts of a run, in the order they are reported, and the configs they are linted with. */
interface Inputs {
  items: Item[]
  configs: Map<string, FileTask['config']>
}

/** The config resolver of a run; a --config that cannot be read stops the run (exit 2). */
async function configResolver(options: LintOptions, cwd: string): Promise<ConfigResolver | number> {
  const resolver = new ConfigResolver(options.overrides, options.config)
  if (options.config) {
    try {
      await resolver.forDirectory(cwd)
    } catch (error) {
      if (error instanceof ConfigError) {
        say(error.message)
        return 2
      }
      throw error
    }
  }
  return resolver
}

/** The files the paths name (folders walked, globs expanded), each with its config, in the order they are reported. */
async function walkedItems(
  paths: string[],
  cwd: string,
  ig: Awaited<ReturnType<typeof loadIgnore>>,
  resolver: ConfigResolver,
  taskFor: (path: string, filePath: string, configDir: string) => Promise<Item>
): Promise<Item[]> {
  const items: Item[] = []
  const {files, problems} = await walk(paths, cwd, ig)
  for (const p of problems) items.push({filePath: p.filePath, error: p.error})
  const found: Array<[Walked, Item]> = []
  for (const f of files) found.push([f, await taskFor(f.path, f.filePath, dirname(f.path))])
  // A config and its rule packs are data, not drafts (a JSON pack beside .outreachlintrc.json would
  // be linted as a collection): a folder walk or a glob skips them; one named by itself is linted.
  const data = new Set(resolver.dataFiles().map(realOrResolved))
  for (const [f, item] of found) if (data.size === 0 || f.named || !data.has(realOrResolved(f.path))) items.push(item)
  items.sort((a, b) => compareCodePoints(a.filePath, b.filePath))
  return items
}

/**
 * Collect the inputs: the ignore file, the config named by --config, standard input, the walk of the
 * paths, each file's config. A problem that stops the run is said here, and its exit code returned.
 */
async function collectInputs(paths: string[], options: LintOptions, cwd: string): Promise<Inputs | number> {
  // An empty argument (an unset variable) would otherwise mean the whole working folder.
  if (paths.some((p) => p.trim() === '')) {
    say('an empty path was given (an unset variable?); name the drafts or folders to lint, or "." for this folder')
    return 2
  }
  let ig
  try {
    ig = await loadIgnore(cwd, options.ignorePath, options.ignore)
  } catch (error) {
    say((error as Error).message)
    return 2
  }
  const resolver = await configResolver(options, cwd)
  if (typeof resolver === 'number') return resolver
  const items: Item[] = []
  const configs = new Map<string, FileTask['config']>()
  const reportedConfigErrors = new Set<string>()
  const taskFor = async (path: string, filePath: string, configDir: string): Promise<Item> => {
    try {
      const {key, config} = await resolver.forDirectory(configDir)
      configs.set(key, config)
      return {filePath, task: {path, filePath, configKey: key, config, mode: options.mode, fields: options.fields}}
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      if (!reportedConfigErrors.has(error.message)) {
        reportedConfigErrors.add(error.message)
        say(error.message)
      }
      // Said once, above, where the problem is (the config or a pack); each draft only that it waits on it.
      return {filePath, error: 'not linted: its config has an error (said above)'}
    }
  }
  let stdinItem: Item | undefined
  const fileArgs = paths.filter((p) => p !== '-')
  if (options.readStdin) {
    const filePath = options.stdinFilename ? displayPath(resolve(options.stdinFilename), cwd) : '<stdin>'
    stdinItem = await taskFor('-', filePath, options.stdinFilename ? dirname(resolve(options.stdinFilename)) : cwd)
    if (stdinItem.task) stdinItem.task.stdin = await readStdin()
  }
  if (fileArgs.length > 0 || !options.readStdin) items.push(...(await walkedItems(fileArgs.length > 0 ? fileArgs : ['.'], cwd, ig, resolver, taskFor)))
  if (stdinItem) items.unshift(stdinItem)
  if (options.mode === 'fix') markSameFiles(items)
  if (items.length === 0) {
    say('no drafts to lint (every file was ignored, or none has a known extension: .txt .md .html .htm .eml .json .jsonl .csv)')
    return 2
  }
  // The report must never replace a draft: refuse an -o that names one of the inputs.
  if (options.outputFile) {
    const target = realOrResolved(resolve(options.outputFile))
    const clash = items.find((item) => item.task && item.task.path !== '-' && realOrResolved(item.task.path) === target)
    if (clash) {
      say(`-o ${options.outputFile}: is one of the drafts being linted; the report would replace it`)
      return 2
    }
  }
  return {items, configs}
}

/**
 * One file under two names (a symbolic link and its target) is fixed once, under the first; the
 * second is linted after that is written. Fixed by two threads at once, one of them found it
 * 'changed on disk' and the run failed.
 */
function markSameFiles(items: Item[]): void {
  const seen = new Set<string>()
  for (const item of items) {
    if (!item.task || item.task.path === '-') continue
    const real = realOrResolved(item.task.path)
    if (!seen.has(real)) seen.add(real)
    else Object.assign(item, {task: {...item.task, mode: 'lint'}, sameFile: true})
  }
}

/** The run's formatter; only SARIF describes the rules and the tool's version. */
async function formatterFor(options: LintOptions, configs: Inputs['configs']): Promise<Formatter> {
  const {loadFormatter} = await import('../report/index.js')
  let rules: RuleMeta[] | undefined
  let toolVersion: string | undefined
  if (options.format === 'sarif') {
    rules = ruleMetas(await Promise.all((configs.size ? [...configs.values()] : [undefined]).map(resolveRules)))
    toolVersion = packageVersion()
  }
  return loadFormatter(options.format, {color: options.color, rules, toolVersion})
}

type Pool = {run(batch: WorkerBatch): Promise<Array<FileOutcome | RenderedOutcome>>; destroy(): Promise<void>}

/**
 * How many threads lint the files. A pool pays each worker's start and JIT warm-up before it gains
 * anything: it is the default only past enough work, estimated from the files' count and sizes
 * (threads.ts). Never more threads than files: '--threads 64' on 3 files started 64 workers (about 950 MB).
 */
function threadCount(options: LintOptions, fileTasks: FileTask[]): number {
  const sizeOf = (index: number): number => {
    try {
      return statSync(fileTasks[index].path).size
    } catch {
      return 0 // reading it reports the problem
    }
  }
  return Math.min(options.threads ?? defaultThreads(fileTasks.length, availableParallelism(), sizeOf), Math.max(1, fileTasks.length))
}

/** How many of the drafts below --min-score are named. */
const LOW_SCORES_NAMED = 5

/** What the files' reports add up to, for the summary and the exit code. */
interface Tally {
  summary: ReturnType<typeof emptySummary>
  /** Drafts below --min-score: how many, and the first few named (a count, so that 100,000 of them take no memory). */
  lowScores: {count: number; first: string[]}
  inputErrors: number
}

/**
 * What each file's outcome does: its entries written through the formatter (or as the worker rendered
 * them), its problems said, the tally kept, and progress shown on a terminal.
 */
function reporter(options: LintOptions, formatter: Formatter, write: (s: string) => void, fileCount: number) {
  const tally: Tally = {summary: emptySummary(), lowScores: {count: 0, first: []}, inputErrors: 0}
  // Progress on a terminal only: files done, and drafts linted (a single big collection counts up too).
  const progress = process.stderr.isTTY ? {last: 0, done: 0, drafts: 0} : undefined
  const showProgress = (): void => {
    if (!progress) return
    const now = Date.now()
    if (now - progress.last <= 100) return
    progress.last = now
    process.stderr.write(`\r\u001b[Koutreach-lint: ${progress.done}/${fileCount} files, ${progress.drafts} drafts`)
  }
  const emitDigest = (entry: EntryDigest, text: string): void => {
    if (entry.error) {
      tally.inputErrors++
      say(`${entryName(entry)}: ${entry.error}`)
    }
    addDigest(tally.summary, entry)
    if (options.minScore !== undefined && entry.score !== undefined && entry.score < options.minScore) {
      if (tally.lowScores.count++ < LOW_SCORES_NAMED) tally.lowScores.first.push(`${entryName(entry)} (${entry.score})`)
    }
    write(text)
    if (progress) {
      progress.drafts++
      showProgress()
    }
  }
  const emitEntry = (entry: ReportEntry): void => {
    applyQuiet(entry, options.quiet)
    emitDigest(digest(entry), formatter.entry(entry))
  }
  const emit = (outcome: FileOutcome | RenderedOutcome): void => {
    if ('rendered' in outcome) for (const entry of outcome.rendered) emitDigest(entry, formatter.place!(entry.rendered))
    else for (const entry of outcome.entries) emitEntry(entry)
    if (outcome.output !== undefined) write(outcome.output)
    if (outcome.note !== undefined) say(outcome.note)
  }
  const fileDone = (): void => {
    if (progress) {
      progress.done++
      showProgress()
    }
  }
  const finish = (): void => {
    if (progress) process.stderr.write('\r\u001b[K')
  }
  return {tally, emitEntry, emit, fileDone, finish}
}

type Reporter = ReturnType<typeof reporter>

/**
 * Lint the items and report each in order. Files go to the workers in batches (one message per
 * batch), a few batches per thread in flight, and are reported strictly in order as their batch comes
 * back. Returns how many files were reported.
 */
async function lintInOrder(
  items: Item[],
  pool: Pool | undefined,
  threads: number,
  report: WorkerBatch['report'],
  out: Reporter,
  stopOnSignal: Awaited<ReturnType<typeof cleanUpOnExit>> | undefined
): Promise<number> {
  const {processFile} = await import('./process.js')
  const tasks = items.filter((i) => i.task && i.task.path !== '-').length
  const batchSize = pool ? Math.max(1, Math.min(BATCH, Math.ceil(tasks / (threads * 4)))) : 1
  const window = pool ? threads * 3 * batchSize : 1
  const pending: Array<Promise<FileOutcome | RenderedOutcome> | undefined> = []
  let next = 0
  const submit = (from: number, to: number): void => {
    const slice = items.slice(from, to)
    const tasks = slice.filter((item) => item.task && item.task.path !== '-' && !item.sameFile && !item.inMain).map((item) => item.task!)
    const batch = pool && tasks.length > 0 ? pool.run({tasks, report}) : undefined
    let k = 0
    for (const item of slice) {
      if (!item.task) pending.push(Promise.resolve({entries: [{filePath: item.filePath, messages: [], mapped: false, error: item.error}]}))
      else if (item.sameFile || item.inMain) pending.push(undefined)
      else if (batch && item.task.path !== '-') {
        const index = k++
        pending.push(batch.then((outcomes) => outcomes[index]))
      } else pending.push(processFile(item.task, pool ? undefined : out.emitEntry))
    }
  }
  const files = new Set<string>()
  try {
    for (let i = 0; i < items.length; i++) {
      while (next < items.length && next - i < window) {
        const to = Math.min(items.length, next + batchSize)
        submit(next, to)
        next = to
      }
      // A run that writes lets a signal in between files (linting alone never gives the event loop a turn).
      if (stopOnSignal && Date.now() - stopOnSignal.turn > 50) await stopOnSignal.yield()
      // (A file fixed under an earlier name is linted now, once that name's fixes are written; a large export now, record by record.)
      const outcome = await (pending[i] ?? processFile(items[i].task!, pool && !items[i].inMain ? undefined : out.emitEntry)).catch((error: unknown) => {
        // Stopped by a signal: the process exits once it has cleaned up; this run reports nothing more.
        if (stopOnSignal?.stopping) return new Promise<never>(() => undefined)
        throw error
      })
      pending[i] = undefined
      files.add(items[i].filePath)
      out.emit(outcome)
      out.fileDone()
    }
  } finally {
    out.finish()
    await pool?.destroy()
  }
  return files.size
}

/** 0 clean, 1 lint failed (errors, too many warnings, a score too low), 2 an input could not be read; each reason said. */
function exitCode({summary, lowScores, inputErrors}: Tally, options: LintOptions): number {
  let code = 0
  if (summary.errors > 0) code = 1
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    say(`${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}`)
    code = 1
  }
  if (lowScores.count > 0) {
    say(`${lowScores.count} draft${lowScores.count === 1 ? '' : 's'} below --min-score ${options.minScore}: ${lowScores.first.join(', ')}${lowScores.count > LOW_SCORES_NAMED ? ', ...' : ''}`)
    code = 1
  }
  if (inputErrors > 0) code = 2
  return code
}

export async function runLint(paths: string[], options: LintOptions): Promise<number> {
  const inputs = await collectInputs(paths, options, process.cwd())
  if (typeof inputs === 'number') return inputs
  const {items, configs} = inputs
  const formatter = options.formatter ?? (await formatterFor(options, configs))
  const fileTasks = items.flatMap((i) => (i.task && i.task.path !== '-' ? [i.task] : []))
  let out: AtomicOutput | undefined
  let pool: Pool | undefined
  // Before the first temporary file is made, so that no signal can come between.
  const stopOnSignal =
    options.mode === 'fix' || options.outputFile
      ? await cleanUpOnExit(
          () => out,
          () => pool,
          () => (pool && options.mode === 'fix' ? fileTasks.map((t) => dirname(realOrResolved(t.path))) : [])
        )
      : undefined
  try {
    if (options.outputFile) out = new (await import('./write.js')).AtomicOutput(resolve(options.outputFile), options.outputFile)
  } catch (error) {
    say((error as Error).message)
    return 2
  }
  const write = (s: string): void => {
    // Stopped by a signal: the report was abandoned (a large export may still be between two records).
    if (!s || stopOnSignal?.stopping) return
    if (out) out.write(s)
    // Closed early by its reader (`| head`): the lint goes on to its exit code, its report nowhere.
    else if (!process.stdout.destroyed) process.stdout.write(s)
  }
  const reports = reporter(options, formatter, write, items.length)
  const threads = threadCount(options, fileTasks)
  if (threads > 1 && fileTasks.length > 1) {
    const {default: Tinypool} = await import('tinypool')
    pool = new Tinypool({filename: new URL('./worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads, isolateWorkers: false})
    for (const item of items) if (item.task && inMainThread(item.task)) item.inMain = true
  }
  // Formatters whose entries stand alone are rendered in the workers (see worker.ts).
  const report = pool && formatter.render && formatter.place ? {format: options.format, color: options.color, quiet: options.quiet} : undefined
  write(formatter.begin())
  reports.tally.summary.files = await lintInOrder(items, pool, threads, report, reports, stopOnSignal)
  write(formatter.end(reports.tally.summary))
  out?.close()
  stopOnSignal?.done()
  return exitCode(reports.tally, options)
}
