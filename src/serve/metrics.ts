/**
 * Prometheus metrics of one service process: requests by route and status, their latency, and the
 * findings by category. A registry of its own per app, so two apps in one process (tests) do not mix.
 */
import cluster from 'node:cluster'
import {AggregatorRegistry, Counter, Histogram, Registry, collectDefaultMetrics} from 'prom-client'
import type {LintResult} from '../types.js'

export interface Metrics {
  registry: Registry
  request(method: string, route: string, status: number, seconds: number): void
  findings(result: LintResult): void
}

export function createMetrics(options: {processMetrics?: boolean} = {}): Metrics {
  const registry = new Registry()
  if (options.processMetrics !== false) collectDefaultMetrics({register: registry, prefix: 'outreach_lint_'})
  const requests = new Counter({
    name: 'outreach_lint_http_requests_total',
    help: 'HTTP requests answered, by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry]
  })
  const duration = new Histogram({
    name: 'outreach_lint_http_request_duration_seconds',
    help: 'Time from a request received to its answer sent, by method and route.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry]
  })
  const findings = new Counter({
    name: 'outreach_lint_findings_total',
    help: 'Findings reported by /v1/lint, by category.',
    labelNames: ['category'] as const,
    registers: [registry]
  })
  return {
    registry,
    request(method, route, status, seconds) {
      requests.inc({method, route, status: String(status)})
      duration.observe({method, route}, seconds)
    },
    findings(result) {
      const counts = new Map<string, number>()
      for (const m of result.messages) counts.set(m.category, (counts.get(m.category) ?? 0) + 1)
      for (const [category, n] of counts) findings.inc({category}, n)
    }
  }
}

/** The message a copy of `serve --processes` and the first process exchange for a scrape of every copy. */
const SCRAPE = 'outreach-lint:metrics'

interface ScrapeMessage {
  type: typeof SCRAPE
  id: number
  text?: string
  error?: string
}

const isScrape = (message: unknown): message is ScrapeMessage => (message as ScrapeMessage | null)?.type === SCRAPE

/**
 * In the first process of `serve --processes`: answer a copy's ask for the metrics with every
 * copy's, summed (prom-client's AggregatorRegistry asks each copy for its registry's over the
 * cluster's channel: counters and histograms add up, and so does the memory of the copies).
 */
export function sumCopiesMetrics(): void {
  const aggregator = new AggregatorRegistry()
  cluster.on('message', (worker, message: unknown) => {
    if (!isScrape(message)) return
    const answer = (part: Partial<ScrapeMessage>) => {
      if (worker.isConnected()) worker.send({type: SCRAPE, id: message.id, ...part})
    }
    aggregator.clusterMetrics().then(
      (text) => answer({text}),
      (error: Error) => answer({error: error.message})
    )
  })
}

/**
 * In a copy of `serve --processes`: give this registry to the first process when it asks, and
 * the scrape of /metrics, which asks the first process for every copy's.
 */
export function copyScrape(registry: Registry): () => Promise<string> {
  AggregatorRegistry.setRegistries(registry)
  // Made for its side effect: in a copy, it answers the first process's asks for the registry.
  new AggregatorRegistry()
  const waiting = new Map<number, {resolve: (text: string) => void; reject: (error: Error) => void}>()
  let next = 0
  process.on('message', (message: unknown) => {
    if (!isScrape(message)) return
    const ask = waiting.get(message.id)
    waiting.delete(message.id)
    if (message.text !== undefined) ask?.resolve(message.text)
    else ask?.reject(new Error(`The copies' metrics could not be read: ${message.error}`))
  })
  return () =>
    new Promise((resolve, reject) => {
      const id = next++
      waiting.set(id, {resolve, reject})
      process.send?.({type: SCRAPE, id} satisfies ScrapeMessage, (error: Error | null) => {
        if (error && waiting.delete(id)) reject(error)
      })
    })
}
