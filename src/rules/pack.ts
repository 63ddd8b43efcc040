/** Validate a config (and the built-in pack, from sources) and resolve it into the rules a linter runs. */
import builtin from './builtin.generated.js'
import {ConfigError} from './errors.js'
import {mergePacks, prevalidatedBuiltin, resolveMerged, type ResolvedConfig} from './resolve.js'
import {configSchema, packSchema, parseWith, ruleSchema, type Config, type RulePack} from './schema.js'
import type {Severity} from '../types.js'
import {COMPUTED_SIGNALS} from '../analyse/signals.js'

export {DEFAULT_MAX_LENGTH, type ResolvedConfig} from './resolve.js'

let builtinPack: RulePack | undefined

/** The built-in rule pack (rules/*.yaml, compiled at build time), validated once. */
export function builtinRules(): RulePack {
  if (!builtinPack) {
    // The build validates the pack once and ships it with the schema's defaults applied
    // (scripts/build-rules.mjs --validated); from sources (tests) it is validated here.
    const prevalidated = prevalidatedBuiltin()
    if (prevalidated) return (builtinPack = prevalidated)
    const {rules, extra} = builtin as {rules: Array<[string, unknown]>; extra: unknown}
    const pack = parseWith(packSchema, extra, 'rules/_signals.yaml')
    pack.rules = rules.map(([file, data]) => parseWith(ruleSchema, data, file))
    builtinPack = pack
  }
  return builtinPack
}

const LEVELS: Record<string, Severity | 'off'> = {off: 'off', warn: 'warning', warning: 'warning', error: 'error', info: 'info'}

/**
 * Every signal a rule names must exist: a misspelt `unless: [trigger-evnet]` would silently disable
 * nothing, and a misspelt `required-signal` would fire on every message.
 */
function checkSignalNames(merged: ReturnType<typeof mergePacks>, source: string): void {
  const known = new Set([...COMPUTED_SIGNALS, ...Object.keys(merged.signals)])
  for (const rule of merged.rules.values()) {
    const named: Array<[string, readonly string[] | undefined]> = [
      ['unless', rule.unless],
      ['onlyIf', rule.onlyIf],
      ['signals', rule.check === 'required-signal' ? rule.signals : undefined]
    ]
    for (const [field, names] of named) {
      for (const name of names ?? []) {
        if (!known.has(name)) throw new ConfigError(`${source}: rules.${rule.id}.${field}: unknown signal "${name}"`, source)
      }
    }
  }
}

export function resolveConfig(input: Config | undefined, source = 'config'): ResolvedConfig {
  const config = parseWith(configSchema, input ?? {}, source)
  const merged = mergePacks([...(config.noBuiltin ? [] : [builtinRules()]), ...(config.packs ?? [])])
  checkSignalNames(merged, source)
  const byId = merged.rules
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id)
    if (!rule) throw new ConfigError(`${source}: rules.${id}: unknown rule "${id}"`, source)
    const [level, options] = typeof setting === 'string' ? [setting, undefined] : [setting[0], setting[1]]
    const severity = LEVELS[level]
    if (severity === 'off') {
      byId.delete(id)
      continue
    }
    const changed = {...rule, ...(options ?? {}), id: rule.id, check: rule.check, severity}
    byId.set(id, parseWith(ruleSchema, changed, `${source}: rules.${id}`))
  }
  checkSignalNames(merged, source)
  return resolveMerged(merged, config)
}
