/**
 * Sequence rules in a config: the same `rules` map as the single-message rules, by id (a sequence
 * rule's id starts with `sequence-`): a level ("off", "warn", "error", "info") or `[level, {options}]`,
 * the options being the rule's check options (docs/sequences.md lists each rule's). Validated without
 * zod, like the rule files: a bad value is one line naming the source and the field.
 */
import {ConfigError} from '../rules/errors.js'
import type {Severity} from '../types.js'
import {CHECK_KINDS, type Options} from './checks.js'
import {validateSequenceRule, type SequenceRule} from './rules.js'

/** Ids starting with this name sequence rules; the rest of a config is the single-message rules'. */
const PREFIX = 'sequence-'
const LEVELS: Record<string, Severity | 'off'> = {off: 'off', warn: 'warning', warning: 'warning', error: 'error', info: 'info'}

const isSequenceRuleId = (id: string): boolean => id.startsWith(PREFIX)

/**
 * A config split in two: the config of the steps' (single-message) rules, and the settings of the
 * sequence rules (the `rules` entries whose id starts with `sequence-`). Anything that is not an
 * object with a `rules` object is returned as it is, for the steps' validation to name.
 */
export function splitSequenceSettings<T>(config: T): {config: T; settings: Record<string, unknown>} {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return {config, settings: {}}
  const rules = (config as {rules?: unknown}).rules
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) return {config, settings: {}}
  const settings: Record<string, unknown> = {}
  const rest: Record<string, unknown> = {}
  for (const [id, setting] of Object.entries(rules)) (isSequenceRuleId(id) ? settings : rest)[id] = setting
  if (Object.keys(settings).length === 0) return {config, settings}
  return {config: {...config, rules: rest}, settings}
}

function fail(source: string, field: string, problem: string): never {
  throw new ConfigError(`${source}: ${field}: ${problem}`, source)
}

/**
 * The sequence rules with a config's settings applied: a rule turned off is left out, a level
 * changes its severity, options are laid over the rule's own and validated by its check kind.
 * `source` names the config in errors (its file, `--rule`, or `config`).
 */
export function applySequenceSettings(rules: readonly SequenceRule[], settings: Record<string, unknown>, source: string): SequenceRule[] {
  const out = new Map(rules.map((r) => [r.id, r]))
  for (const [id, setting] of Object.entries(settings)) {
    const field = `rules.${id}`
    const rule = out.get(id)
    if (!rule) fail(source, field, `unknown sequence rule "${id}" (one of ${rules.map((r) => r.id).join(', ')})`)
    const [level, options, ...more] = Array.isArray(setting) ? setting : [setting]
    const severity = typeof level === 'string' && Object.hasOwn(LEVELS, level) ? LEVELS[level] : undefined
    if (severity === undefined || more.length > 0) fail(source, field, `expected one of ${Object.keys(LEVELS).join(', ')}, or [level, {options}]`)
    if (severity === 'off') {
      out.delete(id)
      continue
    }
    let merged: Options = rule.options
    if (options !== undefined) {
      if (options === null || typeof options !== 'object' || Array.isArray(options)) fail(source, field, 'expected [level, {options}]: the options as key: value pairs')
      const kind = CHECK_KINDS[rule.check]
      for (const key of Object.keys(options)) if (!kind.options.includes(key)) fail(source, `${field}.${key}`, `unknown option of ${rule.check} (one of ${kind.options.join(', ')})`)
      merged = {...rule.options, ...(options as Options)}
      const problem = kind.validate(merged)
      if (problem) fail(source, `${field}.${problem.slice(0, problem.indexOf(':'))}`, problem.slice(problem.indexOf(':') + 1).trim())
    }
    out.set(id, {...rule, severity, options: merged})
  }
  return [...out.values()]
}

/**
 * The sequence rules with a team's own rule files added (a config's `sequencePacks`, read as data):
 * each file is one rule in the format of rules/sequence/*.yaml, or `{rules: [...]}` of several. A
 * rule with the id of one already there replaces it, as in the step rules' packs. Each rule is
 * validated, its id must start with `sequence-` (the config's `rules` map tells the sequence rules by
 * it) and its `deferTo` must name a rule; an error names the file and the field.
 */
export function addSequencePacks(rules: readonly SequenceRule[], packs: ReadonlyArray<{file: string; data: unknown}>): SequenceRule[] {
  const out = new Map(rules.map((r) => [r.id, r]))
  const added: Array<{file: string; at: string; rule: SequenceRule}> = []
  for (const {file, data} of packs) {
    const several = data !== null && typeof data === 'object' && !Array.isArray(data) && 'rules' in data
    const list = several ? (data as {rules: unknown}).rules : [data]
    if (several) {
      const other = Object.keys(data as object).find((key) => key !== 'rules')
      if (other !== undefined) fail(file, other, 'unknown key (a file of sequence rules is {rules: [...]}, or one rule)')
      if (!Array.isArray(list) || list.length === 0) fail(file, 'rules', 'expected a list of sequence rules')
    }
    ;(list as unknown[]).forEach((item, i) => {
      const at = several ? `rules[${i}].` : ''
      const rule = validateSequenceRule(item, file, at)
      if (!isSequenceRuleId(rule.id)) fail(file, `${at}id`, `"${rule.id}": a sequence rule's id starts with "${PREFIX}" (the config's rules map tells sequence rules by it)`)
      out.set(rule.id, rule)
      added.push({file, at, rule})
    })
  }
  for (const {file, at, rule} of added) for (const d of rule.deferTo ?? []) if (!out.has(d)) fail(file, `${at}deferTo`, `unknown sequence rule "${d}"`)
  return [...out.values()]
}
