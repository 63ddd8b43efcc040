/**
 * The HTTP service: the library's lint and rewrite over JSON, stateless, so it scales by running
 * more copies behind any load balancer. Every request body is validated by the zod schemas in
 * schemas.ts; every error is an RFC 9457 problem document, never a stack trace. No route reads or
 * writes a file: the web page's files are read once, before the app is made, and given to it.
 */
import Fastify, {type FastifyError, type FastifyInstance, type FastifyReply} from 'fastify'
import type * as z from '#zod'
import type {Linter} from '../engine.js'
import {ruleExamples} from '../examples.js'
import type {Example, LinterRule} from '../rules/format.js'
import type {LintInput, LintResult} from '../types.js'
import {createMetrics, type Metrics} from './metrics.js'
import type {LintPool} from './pool.js'
import {openApiDocument} from './openapi.js'
import {PROBLEM_TYPE, invalidRequest, problem, type Problem} from './problem.js'
import {DEFAULT_MAX_BATCH, batchSchema, messageSchema, ruleIdSchema} from './schemas.js'

const DEFAULT_BODY_LIMIT = 1024 * 1024
const DEFAULT_TIME_BUDGET_MS = 10_000
const DEFAULT_CLOSE_GRACE_MS = 5_000
/** Work the main thread does itself: a batch of this many messages, or this many characters. */
const INLINE_MESSAGES = 10
const INLINE_CHARACTERS = 64 * 1024

/** A file of the web page, held in memory: its URL path ('/' for the page), media type and bytes. */
export interface Asset {
  type: string
  body: Buffer
  /** Its name carries the hash of its bytes (grammar-<hash>.js): a browser may keep it for good. */
  immutable?: boolean
}

export interface AppOptions {
  linter: Linter
  version: string
  /** Largest request body in bytes (413 above it). */
  bodyLimit?: number
  /** Most messages in one batch (413 above it). */
  maxBatch?: number
  /** The web page's files by URL path; none: no page. */
  web?: Map<string, Asset>
  /** Worker threads for batches and long drafts; none: everything on the main thread. */
  pool?: LintPool
  /** Milliseconds a request may spend in the pool before it is aborted with a 503. */
  timeBudgetMs?: number
  /** Node's process metrics (memory, event loop) in /metrics; off in tests that compare exact text. */
  processMetrics?: boolean
  /** Milliseconds a close waits for answers still being written before it cuts their connections. */
  closeGraceMs?: number
  /** The app's metrics, made by the caller (a copy of `serve --processes` shares them); default: its own. */
  metrics?: Metrics
  /** The text /metrics answers; default: the app's own metrics (a copy of `serve --processes`: every copy's, summed). */
  scrape?: () => Promise<string>
}

function exampleOf(e: Example): {text: string; subject?: string | null; channel?: string} {
  if (typeof e === 'string') return {text: e}
  const out: {text: string; subject?: string | null; channel?: string} = {text: e.text}
  if (e.subject !== undefined) out.subject = e.subject
  if (e.channel !== undefined) out.channel = e.channel
  return out
}

function ruleSummary(rule: LinterRule) {
  const s = rule.suggestions ?? []
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    channels: rule.channels ?? null,
    message: rule.message,
    fixable: s.some((x) => x.safe === true),
    suggestions: s.length > 0
  }
}

function ruleDetail(rule: LinterRule) {
  // A pack's rule has its own examples; a built-in rule's are outreach-lint/examples'.
  const examples = rule.examples ?? ruleExamples(rule.id) ?? {invalid: [], valid: []}
  const detail = {
    ...ruleSummary(rule),
    why: rule.why.trim(),
    rewrites: (rule.suggestions ?? []).map((x) => (x.replacement === undefined ? {message: x.message, safe: x.safe === true} : {message: x.message, replacement: x.replacement, safe: x.safe === true})),
    examples: {invalid: examples.invalid.map(exampleOf), valid: examples.valid.map(exampleOf)}
  }
  return rule.url ? {...detail, url: rule.url} : detail
}

function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type(PROBLEM_TYPE).send(p)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An app's limits, with their defaults filled in. */
interface Limits {
  bodyLimit: number
  maxBatch: number
  timeBudgetMs: number
}

export function buildApp(options: AppOptions): FastifyInstance {
  const limits: Limits = {
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    maxBatch: options.maxBatch ?? DEFAULT_MAX_BATCH,
    timeBudgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS
  }
  const metrics = options.metrics ?? createMetrics({processMetrics: options.processMetrics})

  // Body schemas are zod's, not Fastify's: the same schemas make /openapi.json.
  const app = Fastify({bodyLimit: limits.bodyLimit, logger: false, return503OnClosing: true})
  // JSON only: a text/plain body would reach the routes as a string.
  app.removeContentTypeParser('text/plain')

  // Before the server waits for the requests in flight: a batch queued in the pool would otherwise
  // hold the close for as long as the pool takes to lint it (seconds under load), and every batch
  // behind it too. Its request is answered 503 at once instead.
  if (options.pool) app.addHook('preClose', () => options.pool?.close())
  // Node's server closes idle keep-alive connections at once but waits for the others, and a
  // connection a client opened without sending anything yet (fetch's pool does so) counts as busy
  // until its headers' timeout, a minute: past the grace, every connection left is cut.
  app.addHook('preClose', async () => {
    setTimeout(() => app.server.closeAllConnections(), options.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS).unref()
  })

  // Both hooks take a callback, not a promise: no promise and no microtask per request for work that is synchronous.
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('x-content-type-options', 'nosniff')
    done(null, payload)
  })
  app.addHook('onResponse', (request, reply, done) => {
    // Unmatched paths share one label, so a scan of random URLs cannot grow the metrics.
    const route = request.routeOptions.url ?? 'unmatched'
    metrics.request(request.method, route, reply.statusCode, reply.elapsedTime / 1000)
    done()
  })

  app.setErrorHandler((error: FastifyError, _request, reply) => sendProblem(reply, problemOf(error, limits)))
  app.setNotFoundHandler((request, reply) => sendProblem(reply, problem('notFound', `No route ${request.method} ${request.url.split('?')[0]}.`)))

  addDraftRoutes(app, options, limits, metrics)
  addServiceRoutes(app, options, limits, metrics)
  for (const [path, asset] of options.web ?? []) {
    app.get(path, async (_request, reply) => {
      // The page makes no request but to itself: its script and style are files of this server.
      reply.header('content-security-policy', "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
      // The rest may change with the next version: the browser asks again (and keeps the model).
      reply.header('cache-control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      return reply.type(asset.type).send(asset.body)
    })
  }
  return app
}

/** The problem document for an error that Fastify or a route raised. */
function problemOf(error: FastifyError, {bodyLimit, timeBudgetMs}: Limits): Problem {
  if (error.name === 'PoolClosedError') return problem('stopping', 'The service is stopping; send the request again.')
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return problem('timeBudget', `The request took more than its time budget of ${timeBudgetMs} ms; send fewer or shorter messages.`)
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problem('invalidJson', 'The body is not valid JSON.', [{pointer: '', detail: 'not valid JSON'}])
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem('invalidJson', 'The body is empty; a JSON object was expected.', [{pointer: '', detail: 'empty'}])
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('bodyTooLarge', `The body is over ${bodyLimit} bytes.`)
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem('unsupportedMediaType', 'Send the body as application/json.')
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return {type: 'about:blank', title: 'Bad Request', status: error.statusCode, detail: error.message}
  }
  // Not the caller's fault: said without internals.
  return problem('internal', 'The request could not be answered.')
}

/** The body validated by `schema`; undefined when it is not valid, once the problem is sent. */
function parse<T extends z.ZodType>(schema: T, body: unknown, reply: FastifyReply): z.infer<T> | undefined {
  const result = schema.safeParse(body)
  if (result.success) return result.data
  sendProblem(reply, invalidRequest(result.error))
  return undefined
}

/** POST /v1/lint (one draft or a batch) and /v1/rewrite. */
function addDraftRoutes(app: FastifyInstance, options: AppOptions, {maxBatch, timeBudgetMs}: Limits, metrics: Metrics): void {
  const {linter} = options
  const batch = batchSchema(maxBatch)

  /** The results of these drafts, in order: from the pool when they are work enough, else here. */
  async function lintAll(inputs: LintInput[]): Promise<LintResult[]> {
    const characters = inputs.reduce((n, m) => n + m.text.length + (m.subject?.length ?? 0), 0)
    const results =
      options.pool && (inputs.length > INLINE_MESSAGES || characters > INLINE_CHARACTERS)
        ? await options.pool.lint(inputs, AbortSignal.timeout(timeBudgetMs))
        : inputs.map((m) => linter.lint(m))
    for (const r of results) metrics.findings(r)
    return results
  }

  app.post('/v1/lint', async (request, reply) => {
    const body = request.body
    if (isObject(body) && 'messages' in body) {
      // Counted before validating, so an oversized batch costs no validation.
      if (Array.isArray(body.messages) && body.messages.length > maxBatch) {
        return sendProblem(reply, problem('batchTooLarge', `/messages: ${body.messages.length} messages; at most ${maxBatch} in one request.`, [{pointer: '/messages', detail: `at most ${maxBatch} messages`}]))
      }
      const input = parse(batch, body, reply)
      if (!input) return reply
      const results = await lintAll(input.messages.map(({id: _, ...message}) => message as LintInput))
      return {results: results.map((result, i) => (input.messages[i].id === undefined ? result : {id: input.messages[i].id, ...result}))}
    }
    const input = parse(messageSchema, body, reply)
    if (!input) return reply
    return (await lintAll([input as LintInput]))[0]
  })

  app.post('/v1/rewrite', async (request, reply) => {
    const input = parse(messageSchema, request.body, reply)
    if (!input) return reply
    return linter.rewrite(input as LintInput)
  })
}

/** The rules, health, metrics and the OpenAPI document. */
function addServiceRoutes(app: FastifyInstance, {linter, version, scrape}: AppOptions, {maxBatch, bodyLimit}: Limits, metrics: Metrics): void {
  const rules = [...linter.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const byId = new Map(rules.map((r) => [r.id, r]))
  const openapi = JSON.stringify(openApiDocument({version, maxBatch, bodyLimit}))

  app.get('/v1/rules', async () => rules.map(ruleSummary))

  app.get<{Params: {id: string}}>('/v1/rules/:id', async (request, reply) => {
    const {id} = request.params
    const rule = ruleIdSchema.safeParse(id).success ? byId.get(id) : undefined
    if (!rule) return sendProblem(reply, problem('unknownRule', `No rule "${id}"; GET /v1/rules lists them.`))
    return ruleDetail(rule)
  })

  app.get('/healthz', async () => ({status: 'ok', version, rules: rules.length}))

  app.get('/metrics', async (_request, reply) => {
    reply.type(metrics.registry.contentType)
    return scrape ? scrape() : metrics.registry.metrics()
  })

  app.get('/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(openapi))
}
