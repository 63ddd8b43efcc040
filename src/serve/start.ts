/**
 * `outreach-lint serve`: read the config and the web page once, then answer HTTP until SIGINT or
 * SIGTERM. Loaded only by that subcommand, so a lint run never loads Fastify.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {extname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createLinter} from '../linter.js'
import {ConfigError, type ConfigWarning} from '../rules/errors.js'
import type {Config} from '../rules/format.js'
import {buildApp, type Asset} from './app.js'
import {createLintPool, defaultThreads} from './pool.js'

export interface ServeOptions {
  host: string
  port: number
  config?: string
  /** Worker threads for batches (default: the cores but one, 1 to 4; 0: none). */
  threads?: number
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

/** Serve until a signal; the exit code (2 for a config or address that cannot be used). */
export async function serve(options: ServeOptions): Promise<number> {
  let linter
  let config: Config | undefined
  try {
    const warnings: ConfigWarning[] = []
    config = options.config ? (await import('../cli/config-file.js')).loadConfig(resolve(options.config), {}, [], {}, [], warnings) : undefined
    for (const warning of warnings) say(`warning: ${warning.message}`)
    // A config's rule packs and options need the validating createLinter (it loads zod); the
    // built-in rules do not.
    linter = config === undefined ? createLinter() : (await import('../config.js')).createLinter(config)
  } catch (error) {
    if (error instanceof ConfigError) return (say(error.message), 2)
    throw error
  }
  const webRoot = options.webRoot ?? fileURLToPath(new URL('../web', import.meta.url))
  const web = readWebAssets(webRoot)
  const threads = options.threads ?? defaultThreads()
  const pool = threads > 0 ? createLintPool({config, threads}) : undefined
  const app = buildApp({linter, version: ownVersion(), web, pool, timeBudgetMs: options.timeBudget})
  let address: string
  try {
    address = await app.listen({host: options.host, port: options.port})
  } catch (error) {
    say(`cannot listen on ${options.host}:${options.port} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    await app.close()
    return 2
  }
  // Each thread makes its linter and compiles its code paths before the first batch needs them.
  if (pool) void pool.lint(Array.from({length: threads * 25}, () => ({text: 'Hi Kim, saw your post on pricing. Worth a look?'})), AbortSignal.timeout(60_000)).catch(() => {})
  say(`serving on ${address}${web.size ? ' (the page at /)' : ''}${pool ? `, ${threads} worker thread${threads > 1 ? 's' : ''} for batches` : ''}; Ctrl-C stops`)
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      app.close().then(() => done(0), () => done(0))
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
