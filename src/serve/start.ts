/**
 * `outreach-lint serve`: read the config and the web page once, then answer HTTP until SIGINT or
 * SIGTERM. Loaded only by that subcommand, so a lint run never loads Fastify.
 *
 * With `--processes N` it forks N copies of itself (node:cluster) that share the one port: the
 * service keeps no state, so copies inside one machine are its way to use more cores for the small
 * requests, each with its own Fastify, linter and worker threads.
 */
import cluster, {type Worker} from 'node:cluster'
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {extname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createLinter} from '../linter.js'
import type {Linter} from '../engine.js'
import {ConfigError, type ConfigWarning} from '../rules/errors.js'
import type {Config} from '../rules/format.js'
import {buildApp, type Asset} from './app.js'
import {copyScrape, createMetrics, sumCopiesMetrics} from './metrics.js'
import {createLintPool, defaultThreads} from './pool.js'

export interface ServeOptions {
  host: string
  port: number
  config?: string
  /** Worker threads for batches, in each process (default: the cores the processes leave, shared, 1 to 4; 0: none). */
  threads?: number
  /** Copies of the service sharing the port (default 1: this process answers). */
  processes?: number
  /** Milliseconds a request may spend in the threads (default 10,000). */
  timeBudget?: number
  /** The folder of the built web page (default: dist/web beside this module's folder). */
  webRoot?: string
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon'
}

/** Set in the environment of the processes `--processes` forks: they serve, they do not fork. */
const FORKED = 'OUTREACH_LINT_SERVE_FORKED'

function say(line: string): void {
  process.stderr.write(`outreach-lint: ${line}\n`)
}

/**
 * The page's files (one folder, no subfolders) by URL path, index.html at '/'; none when not built.
 * A file named `<name>-<hash>.<ext>` whose hash is the start of its bytes' SHA-256 (the grammar
 * script, scripts/bundle-web.mjs) is immutable: another version of it has another name.
 */
export function readWebAssets(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>()
  if (!existsSync(root)) return assets
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name)
    const type = TYPES[extname(name)]
    if (!type || !statSync(path).isFile()) continue
    const body = readFileSync(path)
    const hash = /-([0-9a-f]{12,64})\.\w+$/.exec(name)?.[1]
    const asset = {type, body, immutable: hash !== undefined && createHash('sha256').update(body).digest('hex').startsWith(hash)}
    assets.set(name === 'index.html' ? '/' : `/${name}`, asset)
  }
  return assets
}

function ownVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
  } catch {
    return 'unknown'
  }
}

/** The linter of the options' config, and the config; an exit code when the config cannot be used. */
async function linterOf(options: ServeOptions, forked: boolean): Promise<{linter: Linter; config?: Config} | number> {
  try {
    const warnings: ConfigWarning[] = []
    const config: Config | undefined = options.config ? (await import('../cli/config-file.js')).loadConfig(resolve(options.config), {}, [], {}, [], warnings) : undefined
    // A forked copy's warnings were said by the first process.
    if (!forked) for (const warning of warnings) say(`warning: ${warning.message}`)
    // A config's rule packs and options need the validating createLinter (it loads zod); the
    // built-in rules do not.
    return {config, linter: config === undefined ? createLinter() : (await import('../config.js')).createLinter(config)}
  } catch (error) {
    if (error instanceof ConfigError) return (say(error.message), 2)
    throw error
  }
}

/** Serve until a signal; the exit code (2 for a config or address that cannot be used). */
export async function serve(options: ServeOptions): Promise<number> {
  const processes = options.processes ?? 1
  const forked = cluster.isWorker && process.env[FORKED] === '1'
  if (forked) {
    // The IPC channel to the first process would keep this one alive once it has stopped serving.
    try {
      return await serveHere(options, processes, forked)
    } finally {
      process.disconnect?.()
    }
  }
  if (processes <= 1) return serveHere(options, processes, forked)
  // The config is checked here once, so a bad one is said once and nothing is forked.
  const made = await linterOf(options, false)
  if (typeof made === 'number') return made
  return supervise(processes)
}

/**
 * Fork `processes` copies of this command, which share the port; say where they serve once all
 * listen. A copy that fails to start stops them all (its exit code is the command's); one that
 * dies later is replaced. SIGINT and SIGTERM stop every copy, each finishing its requests.
 */
function supervise(processes: number): Promise<number> {
  return new Promise((done) => {
    const workers = new Set<Worker>()
    // A copy's /metrics asks this process for every copy's, summed.
    sumCopiesMetrics()
    let serving = 0
    let saidListen = false
    let stopping = false
    let code = 0
    const stopAll = () => {
      stopping = true
      process.off('SIGINT', stopAll)
      process.off('SIGTERM', stopAll)
      for (const worker of workers) worker.process.kill('SIGTERM')
      if (workers.size === 0) done(code)
    }
    const fork = () => {
      const worker = cluster.fork({[FORKED]: '1'})
      workers.add(worker)
      worker.on('message', (message: {serving?: string; detail?: string; cannotListen?: string}) => {
        if (typeof message?.serving === 'string' && ++serving === processes) say(`serving on ${message.serving} in ${processes} processes${message.detail ?? ''}; Ctrl-C stops`)
        // Every copy fails to listen on a port in use: said once.
        if (typeof message?.cannotListen === 'string' && !saidListen) say(message.cannotListen)
        if (typeof message?.cannotListen === 'string') saidListen = true
      })
      const ended = (exitCode: number, signal: string | null) => {
        workers.delete(worker)
        if (stopping) {
          if (workers.size === 0) done(code)
        } else if (serving < processes) {
          code = exitCode || 2
          stopAll()
        } else {
          say(`a serving process ended (${signal ?? `exit code ${exitCode}`}); starting another`)
          fork()
        }
      }
      // A copy's last messages (why it could not listen) arrive before its channel closes, not always before its exit.
      worker.on('exit', (exitCode, signal) => (worker.isConnected() ? worker.once('disconnect', () => ended(exitCode, signal)) : ended(exitCode, signal)))
    }
    process.on('SIGINT', stopAll)
    process.on('SIGTERM', stopAll)
    for (let i = 0; i < processes; i++) fork()
  })
}

/** Serve in this process until a signal. */
async function serveHere(options: ServeOptions, processes: number, forked: boolean): Promise<number> {
  const made = await linterOf(options, forked)
  if (typeof made === 'number') return made
  const {linter, config} = made
  const webRoot = options.webRoot ?? fileURLToPath(new URL('../web', import.meta.url))
  const web = readWebAssets(webRoot)
  const threads = options.threads ?? defaultThreads(processes)
  const pool = threads > 0 ? createLintPool({config, threads}) : undefined
  const metrics = createMetrics()
  const app = buildApp({linter, version: ownVersion(), web, pool, timeBudgetMs: options.timeBudget, metrics, scrape: forked ? copyScrape(metrics.registry) : undefined})
  let address: string
  try {
    address = await app.listen({host: options.host, port: options.port})
  } catch (error) {
    const line = `cannot listen on ${options.host}:${options.port} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    // Each copy would say it: the first process says it once.
    if (forked) await new Promise((sent) => process.send?.({cannotListen: line}, sent))
    else say(line)
    await app.close()
    return 2
  }
  // Each thread makes its linter and compiles its code paths before the first batch needs them.
  if (pool) void pool.lint(Array.from({length: threads * 25}, () => ({text: 'Hi Kim, saw your post on pricing. Worth a look?'})), AbortSignal.timeout(60_000)).catch(() => {})
  const detail = `${web.size ? ' (the page at /)' : ''}${pool ? `, ${threads} worker thread${threads > 1 ? 's' : ''}${forked ? ' each' : ''} for batches` : ''}`
  if (forked) process.send?.({serving: address, detail})
  else say(`serving on ${address}${detail}; Ctrl-C stops`)
  return new Promise((done) => {
    let stopping = false
    // Ctrl-C reaches every process of the group, and the first process sends SIGTERM too: one close.
    const stop = () => {
      if (stopping) return
      stopping = true
      const end = () => {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
        done(0)
      }
      app.close().then(end, end)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
