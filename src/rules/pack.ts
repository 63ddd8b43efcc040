/** Validate a config (and the built-in pack, from sources) and resolve it into the rules a linter runs. */
import builtin from './builtin.generated.js'
import {ConfigError} from './errors.js'
import {mergePacks, prevalidatedBuiltin, resolveMerged, type ResolvedConfig} from './resolve.js'
import type {Config, LinterPack, LinterRule, RulePack, RuleSpec} from './format.js'
import {ruleExamples} from '../examples.js'
import {configSchema, oldOptionNames, packSchema, ruleSchema} from './schema.js'
import {parseWith} from './validate.js'
import type {Severity} from '../types.js'
import {checkIndicators, checkRule, knownSignals} from './names.js'
import {oldNameWarnings, optionOldNames, packOldNames, type OldNameUse} from './old-names.js'

export {DEFAULT_MAX_LENGTH, type ResolvedConfig} from './resolve.js'

let builtinPack: LinterPack | undefined
let withExamples: RulePack | undefined

/** A rule without its examples, as linters hold the built-in rules. */
function withoutExamples(rule: RuleSpec): LinterRule {
  const {examples: _examples, ...rest} = rule
  return rest
}

/** The built-in pack validated once, its rules without their examples: what linters hold. */
function builtinForLinters(): LinterPack {
  if (!builtinPack) {
    // The build validates the pack once and ships it with the schema's defaults applied
    // (scripts/build-rules.mjs --validated); from sources (tests) it is validated here, each rule
    // with its examples (their own module: outreach-lint/examples), as its file has them.
    const prevalidated = prevalidatedBuiltin()
    if (prevalidated) return (builtinPack = prevalidated)
    const {rules, extra} = builtin as {rules: Array<[string, unknown]>; extra: unknown}
    const pack = parseWith(packSchema, extra, 'rules/_signals.yaml')
    const rule = (data: unknown) => (data && typeof data === 'object' && 'id' in data && typeof data.id === 'string' ? {...data, examples: ruleExamples(data.id)} : data)
    builtinPack = {...pack, rules: rules.map(([file, data]) => withoutExamples(parseWith(ruleSchema, rule(data), file)))}
  }
  return builtinPack
}

/** The built-in rule pack (rules/*.yaml, compiled at build time), validated once, each rule with its examples. */
export function builtinRules(): RulePack {
  withExamples ??= {...builtinForLinters(), rules: builtinForLinters().rules.map((rule) => ({...rule, examples: ruleExamples(rule.id)!}))}
  return withExamples
}

const LEVELS: Record<string, Severity | 'off'> = {off: 'off', warn: 'warning', warning: 'warning', error: 'error', info: 'info'}

/**
 * Every signal a rule or a pack's `indicators` names must exist (rules/names.ts): each pack is named
 * by its file when `packSources` gives it (the CLI reads packs from files), else by its place in the
 * config.
 */
function checkSignalNames(config: ReturnType<typeof parseConfig>, known: ReadonlySet<string>, source: string, packSources: readonly string[]): void {
  if (!config.noBuiltin) {
    for (const rule of builtinForLinters().rules) checkRule(rule, known, `rules/${rule.id}.yaml`)
    checkIndicators(builtinForLinters().indicators, known, 'rules/_signals.yaml')
  }
  config.packs?.forEach((pack, p) => {
    const [file, at] = packSources[p] ? [packSources[p], ''] : [source, `packs.${p}.`]
    pack.rules.forEach((rule, i) => checkRule(rule, known, file, `${at}rules.${i}`))
    checkIndicators(pack.indicators, known, file, at.slice(0, -1))
  })
}

/**
 * A validated rule with a config's options over it. An option given under its old name replaces the
 * rule's value under the new one, as the new name would.
 */
function withOptions(rule: LinterRule, options: Record<string, unknown> | undefined, severity: Severity): Record<string, unknown> {
  const base: Record<string, unknown> = {...rule}
  for (const [old, name] of Object.entries(oldOptionNames[rule.check] ?? {})) if (options && Object.hasOwn(options, old)) delete base[name]
  return {...base, ...(options ?? {}), id: rule.id, check: rule.check, severity}
}

const parseConfig = (input: Config | undefined, source: string) => parseWith(configSchema, input ?? {}, source)

/**
 * A config validated and resolved into the rules a linter runs; a ConfigError names `source` (or, for
 * the rules of its packs, `packSources[i]`, the file pack i was read from) and the field. Options
 * under their old names are its `warnings`, named the same way (packs given as data are read for
 * them here; a pack read from a file is read for them by whoever read it, before validation).
 */
export function resolveConfig(input: Config | undefined, source = 'config', packSources: readonly string[] = []): ResolvedConfig {
  const config = parseConfig(input, source)
  const merged = mergePacks([...(config.noBuiltin ? [] : [builtinForLinters()]), ...(config.packs ?? [])])
  const known = knownSignals(Object.keys(merged.signals))
  checkSignalNames(config, known, source, packSources)
  const byId = merged.rules
  const oldNames: OldNameUse[] = []
  input?.packs?.forEach((pack, p) => oldNames.push(...(packSources[p] ? packOldNames(pack, packSources[p]) : packOldNames(pack, source, `packs.${p}.`))))
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id)
    if (!rule) throw new ConfigError(`${source}: rules.${id}: unknown rule "${id}"`, source)
    const [level, options] = typeof setting === 'string' ? [setting, undefined] : [setting[0], setting[1]]
    const severity = LEVELS[level]
    if (severity === 'off') {
      byId.delete(id)
      continue
    }
    oldNames.push(...optionOldNames(id, rule.check, options, source))
    // The schema checks a rule with its examples: a built-in rule's are its own module's, and it
    // is held without them again.
    const updated = parseWith(ruleSchema, {examples: ruleExamples(rule.id), ...withOptions(rule, options, severity)}, `${source}: rules.${id}`)
    checkRule(updated, known, source, `rules.${id}`)
    byId.set(id, rule.examples ? updated : withoutExamples(updated))
  }
  return {...resolveMerged(merged, config), warnings: oldNameWarnings(oldNames)}
}
