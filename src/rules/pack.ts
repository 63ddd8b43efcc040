/** Resolve the built-in pack, extra packs and a config into the rules and vocabulary a linter runs. */
import builtin from './builtin.generated.js'
import {ConfigError, configSchema, packSchema, parseWith, ruleSchema, type RulePack, type RuleSpec} from './schema.js'
import type {Config} from './schema.js'
import type {Channel, Severity} from '../types.js'
import type {Vocabulary} from '../analyse/signals.js'

let builtinPack: RulePack | undefined

/** The built-in rule pack (rules/*.yaml, compiled at build time), validated once. */
export function builtinRules(): RulePack {
  if (!builtinPack) {
    // The build validates the pack once and ships it with the schema's defaults applied
    // (scripts/build-rules.mjs --validated); from sources (tests) it is validated here.
    const prevalidated = (builtin as {validated?: RulePack}).validated
    if (prevalidated) return (builtinPack = prevalidated)
    const {rules, extra} = builtin as {rules: Array<[string, unknown]>; extra: unknown}
    const pack = parseWith(packSchema, extra, 'rules/_signals.yaml')
    pack.rules = rules.map(([file, data]) => parseWith(ruleSchema, data, file))
    builtinPack = pack
  }
  return builtinPack
}

const LEVELS: Record<string, Severity | 'off'> = {off: 'off', warn: 'warning', warning: 'warning', error: 'error', info: 'info'}

export interface ResolvedConfig {
  rules: RuleSpec[]
  signals: NonNullable<RulePack['signals']>
  vocabulary: Vocabulary
  channel: Channel
  maxLength: number
  rendered: boolean
}

export const DEFAULT_MAX_LENGTH = 5_000_000

function set(list: string[] | undefined): Set<string> {
  return new Set((list ?? []).map((w) => w.toLowerCase().replace(/[’]/g, "'")))
}

export function resolveConfig(input: Config | undefined, source = 'config'): ResolvedConfig {
  const config = parseWith(configSchema, input ?? {}, source)
  const packs: RulePack[] = [...(config.noBuiltin ? [] : [builtinRules()]), ...(config.packs ?? [])]
  const byId = new Map<string, RuleSpec>()
  const signals: NonNullable<RulePack['signals']> = {}
  const vocabulary: Required<NonNullable<RulePack['vocabulary']>> = {self: [], recipient: [], firstNameFields: [], slotFields: [], observationWords: [], senderFields: [], commonCapitalised: []}
  for (const pack of packs) {
    for (const rule of pack.rules) byId.set(rule.id, rule)
    for (const [name, signal] of Object.entries(pack.signals ?? {})) {
      const existing = signals[name]
      signals[name] = existing ? {...signal, patterns: [...existing.patterns, ...signal.patterns]} : signal
    }
    for (const key of Object.keys(vocabulary) as Array<keyof typeof vocabulary>) vocabulary[key].push(...(pack.vocabulary?.[key] ?? []))
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id)
    if (!rule) throw new ConfigError(`${source}: rules.${id}: unknown rule "${id}"`, source)
    const [level, options] = typeof setting === 'string' ? [setting, undefined] : [setting[0], setting[1]]
    const severity = LEVELS[level]
    if (severity === 'off') {
      byId.delete(id)
      continue
    }
    const merged = {...rule, ...(options ?? {}), id: rule.id, check: rule.check, severity}
    byId.set(id, parseWith(ruleSchema, merged, `${source}: rules.${id}`))
  }
  return {
    rules: [...byId.values()],
    signals,
    vocabulary: {
      self: set(vocabulary.self),
      recipient: set(vocabulary.recipient),
      firstNameFields: new Set(vocabulary.firstNameFields.map((f) => f.toLowerCase().replace(/[^a-z0-9]/g, ''))),
      slotFields: new Set(vocabulary.slotFields.map((f) => f.toLowerCase().replace(/[^a-z0-9]/g, ''))),
      observationWords: set(vocabulary.observationWords),
      senderFields: new Set(vocabulary.senderFields.map((f) => f.toLowerCase().replace(/[^a-z0-9]/g, ''))),
      commonCapitalised: set(vocabulary.commonCapitalised)
    },
    channel: config.channel ?? 'email',
    maxLength: config.maxLength ?? DEFAULT_MAX_LENGTH,
    rendered: config.rendered ?? false
  }
}
