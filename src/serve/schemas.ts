/**
 * The HTTP service's shapes, in zod: the request schemas validate every body, and the same schemas
 * (with the response ones) make the OpenAPI document (openapi.ts), so the two cannot drift apart.
 */
import * as z from '#zod'
import {CATEGORIES, CHANNELS, SEVERITIES} from '../types.js'

export const DEFAULT_MAX_BATCH = 1000

const recipientSchema = z
  .strictObject({
    name: z.string().max(200).optional(),
    company: z.string().max(200).optional(),
    role: z.string().max(200).optional(),
    facts: z.array(z.string().max(2000)).max(50).optional().describe('Other known facts: a recent post, an event, a product they use.')
  })
  .describe('What the caller knows about the person the message is for.')

const messageFields = {
  text: z.string().describe('The body of the message.'),
  subject: z.string().nullable().optional().describe('The subject line, when the channel has one.'),
  channel: z.enum(CHANNELS).optional().describe('The channel; the service config says the default (email).'),
  recipient: recipientSchema.optional(),
  step: z.int().min(1).max(100).optional().describe('Sequence step (1 = first touch).'),
  rendered: z.boolean().optional().describe('True when merge fields should already have been filled.')
}

export const messageSchema = z.strictObject(messageFields).describe('One draft.')

const batchItemSchema = z
  .strictObject({...messageFields, id: z.union([z.string().max(200), z.int()]).optional().describe('Given back with the result.')})
  .describe('One draft of a batch, with an optional id of the caller.')

export function batchSchema(maxBatch = DEFAULT_MAX_BATCH) {
  return z.strictObject({messages: z.array(batchItemSchema).min(1).max(maxBatch)}).describe(`A batch of up to ${maxBatch} drafts.`)
}

export const ruleIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/).max(100)

const suggestionSchema = z.object({message: z.string(), replacement: z.string(), start: z.int(), end: z.int()})

const lintMessageSchema = z.object({
  ruleId: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  why: z.string(),
  field: z.enum(['body', 'subject']),
  line: z.int(),
  column: z.int(),
  endLine: z.int(),
  endColumn: z.int(),
  start: z.int().describe('0-based offset in UTF-16 code units into the field.'),
  end: z.int(),
  actual: z.string(),
  suggestions: z.array(suggestionSchema),
  fix: z.object({start: z.int(), end: z.int(), replacement: z.string()}).optional(),
  url: z.string().optional()
})

export const lintResultSchema = z
  .object({
    score: z.number().min(0).max(100),
    deductions: z.array(z.object({ruleId: z.string(), severity: z.enum(SEVERITIES), points: z.number(), count: z.int()})),
    indicators: z.object({
      wordCount: z.int(),
      characterCount: z.int(),
      sentenceCount: z.int(),
      questionCount: z.int(),
      readingGrade: z.number(),
      selfReferences: z.int(),
      recipientReferences: z.int(),
      selfToRecipientRatio: z.number(),
      personalisation: z.array(z.string()),
      callsToAction: z.array(z.object({kind: z.enum(['question', 'meeting', 'link', 'reply']), text: z.string(), start: z.int(), end: z.int()})),
      linkCount: z.int()
    }),
    messages: z.array(lintMessageSchema),
    channel: z.enum(CHANNELS)
  })
  .describe("The library's LintResult.")

export const batchResultSchema = z.object({
  results: z.array(lintResultSchema.extend({id: z.union([z.string(), z.int()]).optional()})).describe('In the order of the request.')
})

export const rewriteResultSchema = z.object({
  text: z.string(),
  subject: z.string().nullable().optional(),
  edits: z.int(),
  changes: z.array(z.object({ruleId: z.string(), kind: z.enum(['removed', 'moved', 'replaced', 'inserted']), before: z.string(), after: z.string(), why: z.string()}))
})

export const ruleSummarySchema = z.object({
  id: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  channels: z.array(z.enum(CHANNELS)).nullable().describe('null: every channel.'),
  message: z.string(),
  fixable: z.boolean(),
  suggestions: z.boolean()
})

const exampleSchema = z.object({text: z.string(), subject: z.string().nullable().optional(), channel: z.string().optional()})

export const ruleDetailSchema = ruleSummarySchema.extend({
  why: z.string(),
  rewrites: z.array(z.object({message: z.string(), replacement: z.string().optional(), safe: z.boolean()})),
  examples: z.object({invalid: z.array(exampleSchema), valid: z.array(exampleSchema)}),
  url: z.string().optional()
})

export const healthSchema = z.object({status: z.literal('ok'), version: z.string(), rules: z.int()})

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(z.object({pointer: z.string().describe('JSON Pointer (RFC 6901) into the request body.'), detail: z.string()})).optional()
  })
  .describe('An RFC 9457 problem document.')
