/** The OpenAPI 3.1 document, made from the zod schemas that validate the requests (schemas.ts). */
import * as z from '#zod'
import * as s from './schemas.js'

type JsonSchema = Record<string, unknown>

function json(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const {$schema: _, ...rest} = z.toJSONSchema(schema, {io, unrepresentable: 'any'}) as JsonSchema
  return rest
}

const ref = (name: string) => ({$ref: `#/components/schemas/${name}`})
const body = (name: string) => ({required: true, content: {'application/json': {schema: ref(name)}}})
const ok = (name: string, description: string) => ({description, content: {'application/json': {schema: ref(name)}}})
const problems = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), {description: 'An RFC 9457 problem document', content: {'application/problem+json': {schema: ref('Problem')}}}]))

export function openApiDocument(options: {version: string; maxBatch: number; bodyLimit: number}): JsonSchema {
  const batch = s.batchSchema(options.maxBatch)
  return {
    openapi: '3.1.0',
    info: {
      title: 'outreach-lint',
      version: options.version,
      description: `Lint sales outreach drafts and propose recipient-first rewrites. Bodies up to ${options.bodyLimit} bytes; batches up to ${options.maxBatch} messages. Every error is an RFC 9457 problem document naming the field.`
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      '/v1/lint': {
        post: {
          summary: 'Lint one draft, or a batch of drafts ({messages: [...]}, each with an optional id)',
          operationId: 'lint',
          requestBody: {required: true, content: {'application/json': {schema: {oneOf: [ref('Message'), ref('BatchRequest')]}}}},
          responses: {
            200: {description: 'A LintResult for one draft; {results: [...]} for a batch, in its order', content: {'application/json': {schema: {oneOf: [ref('LintResult'), ref('BatchResult')]}}}},
            ...problems(400, 413, 415, 503)
          }
        }
      },
      '/v1/rewrite': {
        post: {summary: 'The recipient-first rewrite of one draft, change by change', operationId: 'rewrite', requestBody: body('Message'), responses: {200: ok('RewriteResult', 'The rewrite'), ...problems(400, 413, 415)}}
      },
      '/v1/rules': {get: {summary: 'The rules the service runs', operationId: 'listRules', responses: {200: {description: 'The rules, by id', content: {'application/json': {schema: {type: 'array', items: ref('RuleSummary')}}}}}}},
      '/v1/rules/{id}': {
        get: {
          summary: 'One rule: why it exists, its rewrites and examples',
          operationId: 'getRule',
          parameters: [{name: 'id', in: 'path', required: true, schema: json(s.ruleIdSchema, 'input')}],
          responses: {200: ok('RuleDetail', 'The rule'), ...problems(404)}
        }
      },
      '/healthz': {get: {summary: 'Liveness', operationId: 'health', responses: {200: ok('Health', 'The service is up')}}},
      '/metrics': {get: {summary: 'Prometheus metrics (text format 0.0.4)', operationId: 'metrics', responses: {200: {description: 'Metrics', content: {'text/plain': {schema: {type: 'string'}}}}}}},
      '/openapi.json': {get: {summary: 'This document', operationId: 'openapi', responses: {200: {description: 'OpenAPI 3.1', content: {'application/json': {schema: {type: 'object'}}}}}}}
    },
    components: {
      schemas: {
        Message: json(s.messageSchema, 'input'),
        BatchRequest: json(batch, 'input'),
        LintResult: json(s.lintResultSchema, 'output'),
        BatchResult: json(s.batchResultSchema, 'output'),
        RewriteResult: json(s.rewriteResultSchema, 'output'),
        RuleSummary: json(s.ruleSummarySchema, 'output'),
        RuleDetail: json(s.ruleDetailSchema, 'output'),
        Health: json(s.healthSchema, 'output'),
        Problem: json(s.problemSchema, 'output')
      }
    }
  }
}
