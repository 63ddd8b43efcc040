/**
 * Sequence rules are data (rules/sequence/*.yaml, one rule per file): id, category, severity,
 * message, why, the check kind and its options, where the thresholds come from (`basis`), and
 * sequences that must and must not trigger the rule. Validated here without zod (the core stays
 * zod-free), with errors naming the file and the field.
 */
import {ConfigError} from '../rules/errors.js'
import {CATEGORIES, SEVERITIES, type Category, type Severity} from '../types.js'
import {CHECK_KINDS, type Options} from './checks.js'
import generated from './rules.generated.js'
import type {Consent, SequenceStepInput} from './types.js'

export interface SequenceExample {
  /** What the example shows, for test names. */
  name?: string
  steps: SequenceStepInput[]
  /** The sequence's `consent` (the channels its recipient agreed to), when the example states it. */
  consent?: Consent
  /** Invalid examples: exactly these findings (step, and the text they cover when `match` is given). */
  findings?: Array<{step: number; match?: string}>
}

export interface SequenceRule {
  id: string
  category: Category
  severity: Severity
  /** `{step}` and the check's data (`{other}`, `{gap}`, ...) are filled in. */
  message: string
  why: string
  check: string
  options: Options
  /** Where the thresholds come from: sources, or the team's judgement said as such. */
  basis?: string
  /** The rule's page (a built-in rule's: docs/rules/<id>.md, set by the build), carried by its findings. */
  url?: string
  /** A finding of this rule is dropped where one of these rules found an overlapping range of the same step. */
  deferTo?: string[]
  examples: {invalid: SequenceExample[]; valid: SequenceExample[]}
}

const ID = /^[a-z][a-z0-9-]*$/

function failIn(file: string, key: string, problem: string): never {
  throw new ConfigError(`${file}: ${key.replace(/\.$/, '')}: ${problem}`, file)
}

function examplesOf(file: string, value: unknown, kind: 'invalid' | 'valid', prefix: string): SequenceExample[] {
  if (!Array.isArray(value) || value.length === 0) failIn(file, `${prefix}examples.${kind}`, 'expected at least one example sequence')
  return value.map((e, i) => {
    const at = `${prefix}examples.${kind}[${i}]`
    if (!e || typeof e !== 'object' || !Array.isArray((e as SequenceExample).steps)) failIn(file, at, 'expected {steps: [...]}')
    const ex = e as SequenceExample
    if (kind === 'invalid' && (!Array.isArray(ex.findings) || ex.findings.length === 0)) failIn(file, `${at}.findings`, 'expected the findings it must give: [{step, match?}]')
    return ex
  })
}

/**
 * One rule file's data, validated; `file` names it in errors, and `at` (`rules[2].`) where the rule
 * is in it when the file holds several.
 */
export function validateSequenceRule(data: unknown, file: string, at = ''): SequenceRule {
  const fail = (key: string, problem: string): never => failIn(file, `${at}${key}`, problem)
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail(at ? '' : 'rule', 'expected key: value pairs')
  const r = data as Record<string, unknown>
  const known = new Set(['id', 'category', 'severity', 'message', 'why', 'url', 'check', 'options', 'basis', 'deferTo', 'examples'])
  for (const key of Object.keys(r)) if (!known.has(key)) fail(key, `unknown key (one of ${[...known].join(', ')})`)
  if (typeof r.id !== 'string' || !ID.test(r.id)) fail('id', 'expected a lower-case id like sequence-no-new-content')
  if (!(CATEGORIES as readonly unknown[]).includes(r.category)) fail('category', `expected one of ${CATEGORIES.join(', ')}`)
  if (!(SEVERITIES as readonly unknown[]).includes(r.severity)) fail('severity', `expected one of ${SEVERITIES.join(', ')}`)
  for (const key of ['message', 'why'] as const) if (typeof r[key] !== 'string' || r[key] === '') fail(key, 'expected text')
  if (typeof r.check !== 'string' || !(r.check in CHECK_KINDS)) fail('check', `unknown check kind ${JSON.stringify(r.check)} (one of ${Object.keys(CHECK_KINDS).join(', ')})`)
  const options = (r.options ?? {}) as Options
  if (typeof options !== 'object' || Array.isArray(options)) fail('options', 'expected key: value pairs')
  const kind = CHECK_KINDS[r.check as string]
  for (const key of Object.keys(options)) if (!kind.options.includes(key)) fail(`options.${key}`, `unknown option of ${r.check as string} (one of ${kind.options.join(', ')})`)
  const problem = kind.validate(options)
  if (problem) fail(`options.${problem.split(':')[0]}`, problem.slice(problem.indexOf(':') + 1).trim())
  if (r.basis !== undefined && typeof r.basis !== 'string') fail('basis', 'expected text')
  if (r.url !== undefined && (typeof r.url !== 'string' || r.url === '')) fail('url', 'expected the address of the rule\'s page')
  if (r.deferTo !== undefined && (!Array.isArray(r.deferTo) || !r.deferTo.every((x) => typeof x === 'string'))) fail('deferTo', 'expected a list of rule ids')
  const examples = (r.examples ?? {}) as Record<string, unknown>
  return {
    id: r.id as string,
    category: r.category as Category,
    severity: r.severity as Severity,
    message: r.message as string,
    why: (r.why as string).trim(),
    check: r.check as string,
    options,
    ...(r.basis ? {basis: (r.basis as string).trim()} : {}),
    ...(r.url ? {url: r.url as string} : {}),
    ...(r.deferTo ? {deferTo: r.deferTo as string[]} : {}),
    examples: {invalid: examplesOf(file, examples.invalid, 'invalid', at), valid: examplesOf(file, examples.valid, 'valid', at)}
  }
}

/** The built-in sequence rules, validated once (rules/sequence/*.yaml via the generated module). */
let builtin: SequenceRule[] | undefined

function validateSequenceRules(raw: Array<[string, unknown]>): SequenceRule[] {
  const rules = raw.map(([file, data]) => validateSequenceRule(data, file))
  const ids = new Set<string>()
  for (const [i, rule] of rules.entries()) {
    if (ids.has(rule.id)) failIn(raw[i][0], 'id', `"${rule.id}" is used twice`)
    ids.add(rule.id)
  }
  for (const [i, rule] of rules.entries()) for (const d of rule.deferTo ?? []) if (!ids.has(d)) failIn(raw[i][0], 'deferTo', `unknown sequence rule "${d}"`)
  return rules
}

export function builtinSequenceRules(): SequenceRule[] {
  builtin ??= validateSequenceRules(generated as Array<[string, unknown]>)
  return builtin
}
