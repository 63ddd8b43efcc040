/**
 * Validating outside input (rule files, configs, rule packs) with a schema of schema.ts: every error
 * is one line naming the source and the path to the bad field. Zod-free itself: it calls the schema's
 * `safeParse`, so its types name no zod.
 */
import {ConfigError} from './errors.js'
import type {Schema} from './format.js'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Deeper than any real config or rule pack; deeper input is refused before zod walks it. */
const MAX_DEPTH = 64

/**
 * Refuse `__proto__`, `constructor` and `prototype` as keys anywhere (JSON.parse and YAML make them
 * own keys), cycles, and nesting deeper than MAX_DEPTH. Iterative: hostile input cannot overflow the stack.
 */
function assertNoForbiddenKeys(value: unknown, source: string): void {
  const stack: Array<{value: unknown; path: string[]; ancestors: object[]}> = [{value, path: [], ancestors: []}]
  const seen = new Set<object>()
  while (stack.length > 0) {
    const {value: node, path, ancestors} = stack.pop()!
    if (node === null || typeof node !== 'object') continue
    const where = path.length > 0 ? path.join('.') : '(top level)'
    if (ancestors.includes(node)) throw new ConfigError(`${source}: ${where}: refers to itself`, source)
    // A shared object (a YAML alias) is checked once.
    if (seen.has(node)) continue
    if (path.length > MAX_DEPTH) throw new ConfigError(`${source}: ${where.slice(0, 200)}...: nested deeper than ${MAX_DEPTH} levels`, source)
    seen.add(node)
    const keys = Object.keys(node)
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) throw new ConfigError(`${source}: ${[...path, key].join('.')}: the key "${key}" is not allowed`, source)
    }
    const below = [...ancestors, node]
    for (const key of keys) stack.push({value: (node as Record<string, unknown>)[key], path: [...path, key], ancestors: below})
  }
}

/** Validate `value` with `schema`; on failure throw one line naming the source and the field path. */
export function parseWith<T>(schema: Schema<T>, value: unknown, source: string): T {
  assertNoForbiddenKeys(value, source)
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)'
  let detail = issue.message
  if (issue.code === 'invalid_union' && 'errors' in issue) {
    const deeper = (issue as {errors: Array<Array<{path: PropertyKey[]; message: string}>>}).errors.flat()[0]
    if (deeper) detail = `${deeper.path.length ? deeper.path.map(String).join('.') + ': ' : ''}${deeper.message}`
  }
  throw new ConfigError(`${source}: ${where}: ${detail}`, source)
}
