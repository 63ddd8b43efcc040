/**
 * A config that only sets what needs no schema, resolved without zod: the default channel, the
 * length limit, `rendered`, and a level per built-in rule ("off", "warn", "error", "info"). This is
 * what the library's core accepts on its own (src/linter.ts); rule packs and rule options are
 * validated by the schema of `outreach-lint/config` (src/config.ts).
 */
import {CHANNELS, type Severity} from '../types.js'
import {ConfigError} from './errors.js'
import {mergePacks, resolveMerged, type ResolvedConfig} from './resolve.js'
import type {LinterPack} from './format.js'

const LEVELS: Record<string, Severity | 'off'> = {off: 'off', warn: 'warning', warning: 'warning', error: 'error', info: 'info'}
const SCHEMA_KEYS = new Set(['packs', 'noBuiltin'])
const KNOWN_KEYS = new Set(['channel', 'maxLength', 'rendered', 'rules'])

const kind = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

function needsSchema(field: string): ConfigError {
  return new ConfigError(`config: ${field}: rule packs and rule options are validated by the schema: use createLinter from 'outreach-lint/config'`, 'config')
}

function fail(field: string, detail: string): ConfigError {
  return new ConfigError(`config: ${field}: ${detail}`, 'config')
}

/** The built-in pack (validated) with the config's settings and levels; ConfigError naming the field when it is not such a config. */
export function resolveSettings(builtin: LinterPack, config: unknown): ResolvedConfig {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) throw fail('(top level)', `expected an object, got ${kind(config)}`)
  const {channel, maxLength, rendered, rules} = config as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (SCHEMA_KEYS.has(key)) throw needsSchema(key)
    if (!KNOWN_KEYS.has(key)) throw fail('(top level)', `unknown key "${key}"`)
  }
  if (channel !== undefined && !(CHANNELS as readonly unknown[]).includes(channel)) throw fail('channel', `expected one of ${CHANNELS.join(', ')}`)
  if (maxLength !== undefined && !(Number.isSafeInteger(maxLength) && (maxLength as number) > 0)) throw fail('maxLength', 'expected a whole number above 0')
  if (rendered !== undefined && typeof rendered !== 'boolean') throw fail('rendered', 'expected true or false')
  const merged = mergePacks([builtin])
  if (rules !== undefined) {
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) throw fail('rules', `expected an object, got ${kind(rules)}`)
    for (const [id, setting] of Object.entries(rules)) {
      const [level, ...rest] = Array.isArray(setting) ? setting : [setting]
      if (rest.length > 0) throw needsSchema(`rules.${id}`)
      const severity = typeof level === 'string' && Object.hasOwn(LEVELS, level) ? LEVELS[level] : undefined
      if (severity === undefined) throw fail(`rules.${id}`, `expected one of ${Object.keys(LEVELS).join(', ')}`)
      const rule = merged.rules.get(id)
      if (!rule) throw fail(`rules.${id}`, `unknown rule "${id}"`)
      if (severity === 'off') merged.rules.delete(id)
      else merged.rules.set(id, {...rule, severity})
    }
  }
  return resolveMerged(merged, {channel: channel as ResolvedConfig['channel'] | undefined, maxLength: maxLength as number | undefined, rendered: rendered as boolean | undefined})
}
