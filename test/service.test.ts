/**
 * The HTTP service, over a real socket on a free loopback port: every endpoint, and every kind of bad
 * input with its exact status and problem document. The `serve` subcommand is started as users start
 * it, once, to see it listen, answer and stop on SIGTERM.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {connect, createServer, type AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {ruleExamples} from '../src/examples.js'
import {buildApp, type Asset} from '../src/serve/app.js'
// The pool of the build (npm test builds first): its threads run dist/serve/lint-worker.js.
import {createLintPool} from '../dist/serve/pool.js'
import {batchResultSchema, lintResultSchema, rewriteResultSchema, ruleDetailSchema, ruleSummarySchema} from '../src/serve/schemas.js'
import {bin} from './cli-harness.js'

const linter = createLinter()
const web = new Map<string, Asset>([
  ['/', {type: 'text/html; charset=utf-8', body: Buffer.from('<!doctype html><title>page</title>')}],
  ['/app.js', {type: 'text/javascript; charset=utf-8', body: Buffer.from('export {}')}],
  ['/grammar-0123456789ab.js', {type: 'text/javascript; charset=utf-8', body: Buffer.from('var g = 1'), immutable: true}]
])
const app = buildApp({linter, version: '9.9.9', maxBatch: 3, bodyLimit: 4096, web, processMetrics: false})
let base = ''

beforeAll(async () => {
  base = await app.listen({host: '127.0.0.1', port: 0})
})
afterAll(() => app.close())

const DRAFT = 'Hi Kim,\n\nI hope this email finds you well. We are the leading platform for revenue teams.\n\nSam'

async function post(path: string, body: unknown, headers: Record<string, string> = {'content-type': 'application/json'}) {
  const res = await fetch(base + path, {method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body)})
  return {status: res.status, type: res.headers.get('content-type'), body: await res.json()}
}

async function get(path: string) {
  const res = await fetch(base + path)
  const text = await res.text()
  return {status: res.status, type: res.headers.get('content-type'), text, headers: res.headers}
}

const CHANNEL_ERROR = 'Invalid option: expected one of "email"|"followup"|"linkedin-connect"|"linkedin-inmail"|"sms"'

describe('POST /v1/lint', () => {
  test("one message: exactly the library's LintResult", async () => {
    const input = {text: DRAFT, subject: 'Quick question', channel: 'email' as const, recipient: {name: 'Kim', company: 'Acme', role: 'VP Sales'}}
    const r = await post('/v1/lint', input)
    expect(r.status).toBe(200)
    expect(r.type).toBe('application/json; charset=utf-8')
    expect(r.body).toEqual(JSON.parse(JSON.stringify(linter.lint(input))))
    expect(r.body.messages.map((m: {ruleId: string}) => m.ruleId)).toContain('generic-opener')
    // The documented response schema has every field the library gives (zod drops unknown keys).
    expect(lintResultSchema.parse(r.body)).toEqual(r.body)
  })

  test('a batch: one result per message, in order, with the ids given back', async () => {
    const r = await post('/v1/lint', {messages: [{id: 'a', text: DRAFT}, {text: 'Thanks, Kim.', channel: 'sms'}, {id: 7, text: DRAFT, channel: 'linkedin-connect'}]})
    expect(r.status).toBe(200)
    expect(r.body.results.map((x: {id?: unknown; channel: string}) => [x.id, x.channel])).toEqual([
      ['a', 'email'],
      [undefined, 'sms'],
      [7, 'linkedin-connect']
    ])
    const {id, ...first} = r.body.results[0]
    expect(id).toBe('a')
    expect(first).toEqual(JSON.parse(JSON.stringify(linter.lint({text: DRAFT}))))
    expect(batchResultSchema.parse(r.body)).toEqual(r.body)
  })

  test('an unknown channel: 400, the problem names /channel', async () => {
    const r = await post('/v1/lint', {text: DRAFT, channel: 'fax'})
    expect(r.status).toBe(400)
    expect(r.type).toBe('application/problem+json; charset=utf-8')
    expect(r.body).toEqual({
      type: 'urn:outreach-lint:problem:invalid-request',
      title: 'The request does not match the schema',
      status: 400,
      detail: `/channel: ${CHANNEL_ERROR}`,
      errors: [{pointer: '/channel', detail: CHANNEL_ERROR}]
    })
  })

  test('wrong types and unknown fields, in a batch: each named by its pointer', async () => {
    const r = await post('/v1/lint', {messages: [{text: 'ok'}, {text: 42, recipient: {name: ['Kim']}, recipent: {}}]})
    expect(r.status).toBe(400)
    expect(r.body.detail).toBe('/messages/1/text: Invalid input: expected string, received number')
    expect(r.body.errors).toEqual([
      {pointer: '/messages/1/text', detail: 'Invalid input: expected string, received number'},
      {pointer: '/messages/1/recipient/name', detail: 'Invalid input: expected string, received array'},
      {pointer: '/messages/1/recipent', detail: 'unknown field "recipent"'}
    ])
  })

  test('no text, a body that is not an object, an empty batch: 400 naming the field', async () => {
    expect((await post('/v1/lint', {subject: 'Hi'})).body.errors).toEqual([{pointer: '/text', detail: 'Invalid input: expected string, received undefined'}])
    const list = await post('/v1/lint', [1, 2])
    expect([list.status, list.body.errors]).toEqual([400, [{pointer: '', detail: 'Invalid input: expected object, received array'}]])
    const empty = await post('/v1/lint', {messages: []})
    expect([empty.status, empty.body.errors]).toEqual([400, [{pointer: '/messages', detail: 'Too small: expected array to have >=1 items'}]])
  })

  test('malformed JSON and an empty body: 400 invalid-json', async () => {
    const bad = await post('/v1/lint', '{"text": ')
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual({type: 'urn:outreach-lint:problem:invalid-json', title: 'The body is not valid JSON', status: 400, detail: 'The body is not valid JSON.', errors: [{pointer: '', detail: 'not valid JSON'}]})
    const empty = await post('/v1/lint', '')
    expect([empty.status, empty.body.detail]).toEqual([400, 'The body is empty; a JSON object was expected.'])
    // A prototype-poisoning key is refused as the JSON it is not allowed to be.
    expect((await post('/v1/lint', '{"text": "x", "__proto__": {"a": 1}}')).status).toBe(400)
  })

  test('a body over the limit: 413; a batch over the limit: 413 naming /messages', async () => {
    const big = await post('/v1/lint', {text: 'x'.repeat(5000)})
    expect(big.status).toBe(413)
    expect(big.body).toEqual({type: 'urn:outreach-lint:problem:body-too-large', title: 'The body is over the size limit', status: 413, detail: 'The body is over 4096 bytes.'})
    const many = await post('/v1/lint', {messages: [{text: 'a'}, {text: 'b'}, {text: 'c'}, {text: 'd'}]})
    expect(many.status).toBe(413)
    expect(many.body).toEqual({
      type: 'urn:outreach-lint:problem:batch-too-large',
      title: 'The batch has more messages than the limit',
      status: 413,
      detail: '/messages: 4 messages; at most 3 in one request.',
      errors: [{pointer: '/messages', detail: 'at most 3 messages'}]
    })
  })

  test('a body that is not JSON: 415', async () => {
    const r = await post('/v1/lint', 'Hi Kim', {'content-type': 'text/plain'})
    expect(r.status).toBe(415)
    expect(r.body).toEqual({type: 'urn:outreach-lint:problem:unsupported-media-type', title: 'The body must be application/json', status: 415, detail: 'Send the body as application/json.'})
  })
})

describe('POST /v1/rewrite', () => {
  test("the library's rewrite, change by change", async () => {
    const r = await post('/v1/rewrite', {text: DRAFT, subject: 'Quick question'})
    expect(r.status).toBe(200)
    expect(r.body).toEqual(JSON.parse(JSON.stringify(linter.rewrite({text: DRAFT, subject: 'Quick question'}))))
    expect(r.body.text).not.toContain('I hope this email finds you well')
    expect(r.body.changes.some((c: {ruleId: string; kind: string}) => c.ruleId === 'generic-opener' && c.kind === 'removed')).toBe(true)
    expect(rewriteResultSchema.parse(r.body)).toEqual(r.body)
  })

  test('a batch is not taken here: 400 naming the field', async () => {
    const r = await post('/v1/rewrite', {messages: [{text: DRAFT}]})
    expect(r.status).toBe(400)
    expect(r.body.errors).toEqual([
      {pointer: '/text', detail: 'Invalid input: expected string, received undefined'},
      {pointer: '/messages', detail: 'unknown field "messages"'}
    ])
  })
})

describe('GET /v1/rules', () => {
  test('every rule the linter runs, sorted by id', async () => {
    const r = await get('/v1/rules')
    expect(r.status).toBe(200)
    const rules = JSON.parse(r.text) as Array<{id: string}>
    expect(rules.map((x) => x.id)).toEqual(linter.rules.map((x) => x.id).sort())
    expect(rules.find((x) => x.id === 'generic-opener')).toEqual({
      id: 'generic-opener',
      category: 'cold-interruption',
      severity: 'error',
      channels: null,
      message: linter.rules.find((x) => x.id === 'generic-opener')!.message,
      fixable: true,
      suggestions: true
    })
    expect(rules.map((x) => ruleSummarySchema.parse(x))).toEqual(rules)
  })

  test('one rule: its why, rewrites and examples; an unknown id is a 404 problem', async () => {
    const r = await get('/v1/rules/generic-opener')
    expect(r.status).toBe(200)
    const rule = JSON.parse(r.text)
    const spec = linter.rules.find((x) => x.id === 'generic-opener')!
    expect(rule.why).toBe(spec.why.trim())
    // A built-in rule's examples are outreach-lint/examples' (the linter holds none), each as its draft.
    const texts = (list: Array<string | {text: string}>) => list.map((e) => (typeof e === 'string' ? e : e.text))
    const examples = ruleExamples('generic-opener')!
    expect(texts(rule.examples.invalid)).toEqual(texts(examples.invalid))
    expect(texts(rule.examples.valid)).toEqual(texts(examples.valid))
    expect(ruleDetailSchema.parse(rule)).toEqual(rule)
    const missing = await get('/v1/rules/no-such-rule')
    expect(missing.status).toBe(404)
    expect(JSON.parse(missing.text)).toEqual({type: 'urn:outreach-lint:problem:unknown-rule', title: 'No such rule', status: 404, detail: 'No rule "no-such-rule"; GET /v1/rules lists them.'})
  })
})

describe('the rest', () => {
  test('GET /healthz', async () => {
    const r = await get('/healthz')
    expect([r.status, JSON.parse(r.text)]).toEqual([200, {status: 'ok', version: '9.9.9', rules: linter.rules.length}])
  })

  test('an unknown route or method: a 404 problem', async () => {
    const r = await get('/v2/lint')
    expect([r.status, r.type, JSON.parse(r.text)]).toEqual([404, 'application/problem+json; charset=utf-8', {type: 'about:blank', title: 'Not Found', status: 404, detail: 'No route GET /v2/lint.'}])
    expect((await fetch(base + '/v1/lint')).status).toBe(404)
  })

  test('GET /openapi.json: OpenAPI 3.1 with the request schemas zod validates with', async () => {
    const r = await get('/openapi.json')
    expect(r.status).toBe(200)
    const doc = JSON.parse(r.text)
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info.version).toBe('9.9.9')
    expect(Object.keys(doc.paths)).toEqual(['/v1/lint', '/v1/rewrite', '/v1/rules', '/v1/rules/{id}', '/healthz', '/metrics', '/openapi.json'])
    const message = doc.components.schemas.Message
    expect(message.required).toEqual(['text'])
    expect(message.additionalProperties).toBe(false)
    expect(message.properties.channel.enum).toEqual(['email', 'followup', 'linkedin-connect', 'linkedin-inmail', 'sms'])
    expect(doc.components.schemas.BatchRequest.properties.messages.maxItems).toBe(3)
    expect(doc.paths['/v1/lint'].post.responses['400'].content['application/problem+json'].schema).toEqual({$ref: '#/components/schemas/Problem'})
  })

  test("a pack's rule: its own examples", async () => {
    const house = {id: 'house-synergy', category: 'spammy', severity: 'error', message: 'Say what it does.', why: 'Nobody buys synergy.', check: 'pattern', pattern: 'synergy', flags: 'i', examples: {invalid: ['Synergy for all', {text: 'Real synergy', subject: 'Hi'}], valid: ['Saves an hour']}} as const
    const packed = buildApp({linter: createLinter({packs: [{rules: [house]}]}), version: '1', processMetrics: false})
    const r = await packed.inject({method: 'GET', url: '/v1/rules/house-synergy'})
    await packed.close()
    expect(r.statusCode).toBe(200)
    expect(JSON.parse(r.body).examples).toEqual({invalid: [{text: 'Synergy for all'}, {text: 'Real synergy', subject: 'Hi'}], valid: [{text: 'Saves an hour'}]})
  })

  test('GET /metrics: requests by route and status, latency, findings by category', async () => {
    // An app of its own, so the counts are this test's.
    const fresh = buildApp({linter, version: '1', processMetrics: false})
    const at = await fresh.listen({host: '127.0.0.1', port: 0})
    const send = (body: unknown) => fetch(`${at}/v1/lint`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)})
    await send({text: DRAFT})
    await send({text: DRAFT, channel: 'fax'})
    const r = await fetch(`${at}/metrics`)
    const text = await r.text()
    await fresh.close()
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
    const lines = text.split('\n')
    expect(lines).toContain('outreach_lint_http_requests_total{method="POST",route="/v1/lint",status="200"} 1')
    expect(lines).toContain('outreach_lint_http_requests_total{method="POST",route="/v1/lint",status="400"} 1')
    expect(lines).toContain('outreach_lint_http_request_duration_seconds_count{method="POST",route="/v1/lint"} 2')
    expect(lines).toContain('# TYPE outreach_lint_http_request_duration_seconds histogram')
    const byCategory = new Map<string, number>()
    for (const m of linter.lint({text: DRAFT}).messages) byCategory.set(m.category, (byCategory.get(m.category) ?? 0) + 1)
    for (const [category, n] of byCategory) expect(lines).toContain(`outreach_lint_findings_total{category="${category}"} ${n}`)
    expect(lines.filter((l) => l.startsWith('outreach_lint_findings_total{')).length).toBe(byCategory.size)
  })

  test('the web page at / and its files, with a policy that allows no other origin', async () => {
    const page = await get('/')
    expect([page.status, page.type, page.text]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><title>page</title>'])
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    const script = await get('/app.js')
    expect([script.status, script.type, script.text]).toEqual([200, 'text/javascript; charset=utf-8', 'export {}'])
    // A file named by the hash of its bytes is kept by the browser; the others are asked for again.
    expect([page.headers.get('cache-control'), script.headers.get('cache-control')]).toEqual(['no-cache', 'no-cache'])
    expect((await get('/grammar-0123456789ab.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })
})

describe('worker threads for batches', () => {
  const pooled = buildApp({linter, version: '1', pool: createLintPool({threads: 1}), processMetrics: false})
  let at = ''
  beforeAll(async () => {
    at = await pooled.listen({host: '127.0.0.1', port: 0})
  })
  afterAll(() => pooled.close())
  const lintAt = (url: string, body: unknown) => fetch(`${url}/v1/lint`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)})

  test("a batch linted in the threads is exactly the library's results, in order, with the ids", async () => {
    const messages = Array.from({length: 60}, (_, i) => ({id: `m${i}`, text: i % 2 ? DRAFT : `Hi Kim, saw your talk on pricing ${i}. Worth a look?`, channel: i % 3 ? ('email' as const) : ('sms' as const)}))
    const r = await lintAt(at, {messages})
    expect(r.status).toBe(200)
    const body = (await r.json()) as {results: Array<{id: string}>}
    expect(body.results).toEqual(messages.map(({id, ...m}) => ({id, ...JSON.parse(JSON.stringify(linter.lint(m)))})))
  })

  test('while a large batch is linted in a thread, the main thread still answers', async () => {
    const messages = Array.from({length: 600}, (_, i) => ({text: `${DRAFT} ${i}`}))
    const order: string[] = []
    const big = lintAt(at, {messages}).then((r) => order.push(`batch ${r.status}`))
    await new Promise((done) => setTimeout(done, 50))
    const small = fetch(`${at}/healthz`).then((r) => order.push(`healthz ${r.status}`))
    await Promise.all([big, small])
    expect(order).toEqual(['healthz 200', 'batch 200'])
  })

  test('a batch over its time budget is aborted: 503, a problem document', async () => {
    const tight = buildApp({linter, version: '1', pool: createLintPool({threads: 1}), timeBudgetMs: 1, processMetrics: false})
    const url = await tight.listen({host: '127.0.0.1', port: 0})
    try {
      const r = await lintAt(url, {messages: Array.from({length: 200}, () => ({text: DRAFT}))})
      expect(r.status).toBe(503)
      expect(await r.json()).toEqual({
        type: 'urn:outreach-lint:problem:time-budget-exceeded',
        title: 'The request took longer than its time budget',
        status: 503,
        detail: 'The request took more than its time budget of 1 ms; send fewer or shorter messages.'
      })
      // The service goes on: a small batch is linted on the main thread.
      expect((await lintAt(url, {messages: [{text: DRAFT}]})).status).toBe(200)
    } finally {
      await tight.close()
    }
  })

  test('closing right after a big batch does not wait for the next one: its request gets a 503 at once', async () => {
    const pool = createLintPool({threads: 1})
    // Resolved when the second batch reaches the pool.
    let batches = 0
    let secondInPool: () => void = () => {}
    const entered = new Promise<void>((done) => (secondInPool = done))
    const closing = buildApp({linter, version: '1', processMetrics: false, pool: {lint: (m, signal) => (++batches === 2 && secondInPool(), pool.lint(m, signal)), close: () => pool.close()}})
    const url = await closing.listen({host: '127.0.0.1', port: 0})
    const messages = Array.from({length: 1000}, (_, i) => ({text: `${DRAFT} ${i}`}))
    const first = await lintAt(url, {messages: messages.slice(0, 200)})
    expect([first.status, ((await first.json()) as {results: unknown[]}).results.length]).toEqual([200, 200])
    // A thousand drafts take the thread seconds; the close must not wait for them.
    const second = lintAt(url, {messages})
    await entered
    const started = performance.now()
    await closing.close()
    const took = performance.now() - started
    const r = await second
    expect(r.status).toBe(503)
    expect(await r.json()).toEqual({type: 'urn:outreach-lint:problem:stopping', title: 'The service is stopping', status: 503, detail: 'The service is stopping; send the request again.'})
    expect(took).toBeLessThan(3000)
    // A closed pool takes no more work.
    await expect(pool.lint([{text: DRAFT}], AbortSignal.timeout(1000))).rejects.toThrow('The pool is closed.')
  })

  test('a connection that sends nothing holds the close no longer than the grace', async () => {
    // A client may open a connection and send nothing on it (fetch's pool did so in this file's
    // runs): Node's server does not count it idle, so a close waited for its headers' timeout, a minute.
    const slow = buildApp({linter, version: '1', processMetrics: false, closeGraceMs: 300})
    const url = new URL(await slow.listen({host: '127.0.0.1', port: 0}))
    const socket = connect(Number(url.port), url.hostname)
    await new Promise((done) => socket.once('connect', done))
    const closed = new Promise((done) => socket.once('close', done))
    const started = performance.now()
    await slow.close()
    expect(performance.now() - started).toBeLessThan(5000)
    await closed
  })
})

describe('outreach-lint serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'outreach-lint-serve-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  /** Start `serve` with these arguments; its address once it listens, or its exit when it does not. */
  function start(args: string[]) {
    const child = spawn(process.execPath, [bin, 'serve', ...args], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    const listening = new Promise<string | undefined>((done) => {
      child.stderr.on('data', (chunk) => {
        stderr += chunk
        const m = /serving on (http:\/\/[\w.:[\]-]+)/.exec(stderr)
        if (m) done(m[1])
      })
      exit.then(() => done(undefined))
    })
    return {child, exit, listening, stderr: () => stderr}
  }

  test('listens on loopback with the given config, answers, and stops on SIGTERM with 0', async () => {
    writeFileSync(join(dir, 'team.json'), JSON.stringify({rules: {'generic-opener': 'off'}}))
    const s = start(['--port', '0', '--config', 'team.json'])
    const address = await s.listening
    expect(address, s.stderr()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const rules = (await (await fetch(`${address}/v1/rules`)).json()) as Array<{id: string}>
    expect(rules.map((r) => r.id)).not.toContain('generic-opener')
    expect(rules.map((r) => r.id)).toContain('company-boast')
    s.child.kill('SIGTERM')
    expect(await s.exit).toBe(0)
  })

  test("a config's rule pack runs, on the main thread and in the worker threads", async () => {
    writeFileSync(
      join(dir, 'house.yaml'),
      'rules:\n  - id: house-synergy\n    category: spammy\n    severity: error\n    message: Say what it does.\n    why: Nobody buys synergy.\n    check: pattern\n    pattern: synergy\n    flags: i\n    examples:\n      invalid: ["Synergy for all"]\n      valid: ["Saves an hour"]\n'
    )
    writeFileSync(join(dir, 'packed.json'), JSON.stringify({packs: ['./house.yaml'], rules: {'too-long': ['warn', {max: 5}]}}))
    const s = start(['--port', '0', '--config', 'packed.json', '--threads', '1'])
    const address = await s.listening
    expect(address, s.stderr()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const lintAt = async (body: unknown) => (await fetch(`${address}/v1/lint`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)})).json()
    const text = 'Hi Kim, our synergy platform helps revenue teams close more deals every quarter.'
    const ids = (r: {messages: Array<{ruleId: string}>}) => r.messages.map((m) => m.ruleId)
    const one = await lintAt({text})
    expect(ids(one)).toContain('house-synergy')
    expect(ids(one)).toContain('too-long')
    // A batch of more than 10 goes to the thread, which must build the same linter.
    const batch = (await lintAt({messages: Array.from({length: 12}, () => ({text}))})) as {results: Array<{messages: Array<{ruleId: string}>}>}
    expect(batch.results.map(ids)).toEqual(Array.from({length: 12}, () => ids(one)))
    s.child.kill('SIGTERM')
    expect(await s.exit).toBe(0)
  })

  test('--processes 2: two copies share the port, answer, and all stop on SIGTERM with 0', async () => {
    const s = start(['--port', '0', '--processes', '2', '--threads', '0'])
    const address = await s.listening
    expect(address, s.stderr()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(s.stderr()).toContain(' in 2 processes')
    // A new connection per request: the copies take them in turn.
    const answers = await Promise.all(Array.from({length: 8}, () => fetch(`${address}/v1/lint`, {method: 'POST', headers: {'content-type': 'application/json', connection: 'close'}, body: JSON.stringify({text: DRAFT})})))
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200))
    expect(await answers[0].json()).toEqual(JSON.parse(JSON.stringify(linter.lint(DRAFT))))
    // Whichever copy answers /metrics counts every copy's requests (each copy took some of the 8).
    const metrics = await (await fetch(`${address}/metrics`)).text()
    expect(metrics).toContain('outreach_lint_http_requests_total{method="POST",route="/v1/lint",status="200"} 8\n')
    s.child.kill('SIGTERM')
    expect(await s.exit).toBe(0)
    // No copy outlives the first process: the port is free.
    await expect(fetch(`${address}/healthz`)).rejects.toThrow()
  })

  test('--processes 8 on a port in use: said once, exit 2', async () => {
    const busy = createServer()
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done))
    const {port} = busy.address() as AddressInfo
    try {
      const s = start(['--port', String(port), '--processes', '8', '--threads', '0'])
      expect(await s.exit).toBe(2)
      expect(s.stderr()).toBe(`outreach-lint: cannot listen on 127.0.0.1:${port} (EADDRINUSE)\n`)
    } finally {
      busy.close()
    }
  })

  test('--processes 2 with a bad config: said once, exit 2, nothing forked', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({rules: {'no-such-rule': 'off'}}))
    const s = start(['--port', '0', '--processes', '2', '--config', 'bad.json'])
    expect(await s.exit).toBe(2)
    expect(s.stderr()).toBe('outreach-lint: bad.json: rules.no-such-rule: unknown rule "no-such-rule"\n')
  })

  test('a bad config: one line naming the field, exit 2, nothing listens', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({rules: {'no-such-rule': 'off'}}))
    const s = start(['--port', '0', '--config', 'bad.json'])
    expect(await s.exit).toBe(2)
    expect(s.stderr()).toBe('outreach-lint: bad.json: rules.no-such-rule: unknown rule "no-such-rule"\n')
  })
})
