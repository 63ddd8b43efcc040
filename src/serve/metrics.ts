/**
 * Prometheus metrics of one service process: requests by route and status, their latency, and the
 * findings by category. A registry of its own per app, so two apps in one process (tests) do not mix.
 */
import {Counter, Histogram, Registry, collectDefaultMetrics} from 'prom-client'
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
