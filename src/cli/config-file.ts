/**
 * Reading one config file. Rule packs named in a config are data files (YAML or JSON) read by path
 * relative to the config: never code, never imported. Every config is validated by the core's zod
 * schema, and errors name the file and the field. Loaded only when there is a config to read or an
 * option to check (config.ts imports it on demand), so a run with the built-in rules loads no zod.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import {dirname, relative, resolve} from 'node:path'
import {createRequire} from 'node:module'
import {ConfigError, type ConfigWarning} from '../rules/errors.js'
import {oldNameWarnings, packOldNames} from '../rules/old-names.js'
import {resolveConfig} from '../rules/pack.js'
import {compileSafeRegExp} from '../rules/safe-regex.js'
import type {Config} from '../rules/format.js'
import {configSchema, packSchema, sequenceFieldsSchema} from '../rules/schema.js'
import {parseWith} from '../rules/validate.js'
import {addSequencePacks, applySequenceSettings, splitSequenceSettings} from '../sequence/config.js'
import {builtinSequenceRules, type SequenceRule} from '../sequence/rules.js'

/** What --channel and --rule set over every config. */
export interface Overrides {
  channel?: string
  rules?: Record<string, string>
}

// The YAML parser is loaded only when a YAML file is read: most runs have a JSON config or none,
// and loading it costs about a tenth of a cold start.
const require = createRequire(import.meta.url)
function parseYaml(text: string, options: {prettyErrors: boolean}): unknown {
  return (require('yaml') as typeof import('yaml')).parse(text, options)
}

function display(path: string): string {
  const rel = relative(process.cwd(), path)
  return (rel && !rel.startsWith('..') ? rel : path).split('\\').join('/')
}

function readData(path: string, name: string): unknown {
  let text: string
  try {
    // A FIFO or a device named as a config or a pack would hang the run: refused before reading.
    if (!statSync(path).isFile()) throw new ConfigError(`${name}: not a regular file; not read`, name)
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(`${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, name)
  }
  try {
    if (path.endsWith('.json')) return JSON.parse(text)
    // prettyErrors: the error says its line (linePos); its message, which quotes the text, is cut below.
    return parseYaml(text, {prettyErrors: true})
  } catch (error) {
    const e = error as Error & {linePos?: Array<{line: number}>}
    const line = e.linePos?.[0]?.line
    throw new ConfigError(`${name}: ${line ? `line ${line}: ` : ''}${e.message.replace(/ at line \d+, column \d+[\s\S]*$/, '').split('\n')[0]}`, name)
  }
}

/**
 * A data file a config names in `field` (a rule pack, a sequence rule file), by a path relative to the
 * config: its path and its name for messages, or a ConfigError naming the field.
 */
function dataFileOf(entry: string, config: {path: string; name: string}, field: string, what: string): {path: string; name: string} {
  const {name} = config
  if (!/\.(ya?ml|json)$/i.test(entry)) throw new ConfigError(`${name}: ${field}: ${what} is a .yaml, .yml or .json data file`, name)
  const path = resolve(dirname(config.path), entry)
  // Read as a pack, the config itself would fail with 'Unrecognized key: "packs"'.
  if (path === resolve(config.path)) throw new ConfigError(`${name}: ${field}: names this config file itself; ${what} is a file of rules of its own`, name)
  if (!existsSync(path)) throw new ConfigError(`${name}: ${field}: no such file ${display(path)}`, name)
  return {path, name: display(path)}
}

/**
 * A config's `sequencePacks` (the team's own sequence rules, data files relative to it) taken out of
 * `raw`, read and validated: the built-in sequence rules with them, or undefined when it names none.
 */
function takeSequencePacks(raw: Record<string, unknown>, config: {path: string; name: string}, files: string[]): SequenceRule[] | undefined {
  const list = raw.sequencePacks
  delete raw.sequencePacks
  if (list === undefined) return undefined
  if (!Array.isArray(list)) throw new ConfigError(`${config.name}: sequencePacks: expected a list of sequence rule files`, config.name)
  const packs = list.map((entry: unknown, index) => {
    if (typeof entry !== 'string') throw new ConfigError(`${config.name}: sequencePacks.${index}: expected the path of a sequence rule file`, config.name)
    const file = dataFileOf(entry, config, `sequencePacks.${index}`, 'a sequence rule file')
    files.push(file.path)
    return {file: file.name, data: readData(file.path, file.name)}
  })
  return addSequencePacks(builtinSequenceRules(), packs)
}

/**
 * A config's `sequenceFields` (its sequence exports' column names, for `outreach-lint sequence`)
 * taken out of `raw` and validated by the config schema's part for it; the error names the file and field.
 */
function takeSequenceFields(raw: Record<string, unknown>, name: string, fields: Record<string, string>): void {
  if (raw.sequenceFields === undefined) return
  const parsed = parseWith(sequenceFieldsSchema, {sequenceFields: raw.sequenceFields}, name)
  delete raw.sequenceFields
  Object.assign(fields, parsed.sequenceFields)
}

/**
 * The `rules` entries of sequence rules (ids starting with `sequence-`) taken out of `config`, checked
 * against the sequence rules there are (`source` names the config in errors) and added to `sequence`.
 */
function takeSequenceSettings<T>(config: T, source: string, sequence: Record<string, unknown>, rules: readonly SequenceRule[]): T {
  const split = splitSequenceSettings(config)
  if (Object.keys(split.settings).length === 0) return config
  applySequenceSettings(rules, split.settings, source)
  Object.assign(sequence, split.settings)
  return split.config
}

/**
 * Read one config file into a Config (packs loaded as data), validated; `files` gets its path and its
 * packs', `sequence` the settings of the sequence rules (validated too; they are not the steps' rules),
 * `sequenceRules` the sequence rules when the config adds its own (`sequencePacks`): built-in and its,
 * `warnings` what the file and its packs should change (options under their old names),
 * `sequenceFields` its sequence exports' column names.
 */
export function loadConfigFile(path: string, files: string[] = [], sequence: Record<string, unknown> = {}, sequenceRules: SequenceRule[] = [], warnings: ConfigWarning[] = [], sequenceFields: Record<string, string> = {}): Config {
  files.push(path)
  const name = display(path)
  let data = readData(path, name)
  if (path.endsWith('package.json')) data = (data as Record<string, unknown> | null)?.outreachLint
  if (data === null || data === undefined) data = {}
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${name}: (top level): expected an object of settings`, name)
  const own = {...(data as Record<string, unknown>)}
  takeSequenceFields(own, name, sequenceFields)
  const rules = takeSequencePacks(own, {path, name}, files)
  if (rules) sequenceRules.push(...rules)
  const raw = takeSequenceSettings(own, name, sequence, rules ?? builtinSequenceRules())
  /** The file each pack was read from, by its index, so an error in its rules names that file. */
  const packNames: string[] = []
  if (raw.packs !== undefined) {
    if (!Array.isArray(raw.packs)) throw new ConfigError(`${name}: packs: expected a list of rule pack files`, name)
    raw.packs = raw.packs.map((pack, index) => {
      if (typeof pack !== 'string') return pack
      const {path: packPath, name: packName} = dataFileOf(pack, {path, name}, `packs.${index}`, 'a rule pack')
      files.push(packPath)
      packNames[index] = packName
      const data = readData(packPath, packName) ?? {}
      const parsed = parseWith(packSchema, data, packName)
      // Read before validation, which moves each old name to its new one.
      warnings.push(...oldNameWarnings(packOldNames(data, packName)))
      // A pattern that can backtrack catastrophically is refused here, once, named by its pack:
      // compiled only when a draft was linted, it failed every draft, each named instead of the pack.
      parsed.rules?.forEach((rule, i) => {
        if (rule.check === 'pattern') compileSafeRegExp(rule.pattern, rule.flags ?? '', `${packName}: rules.${i} (${rule.id})`)
      })
      return parsed
    })
  }
  const config = parseWith(configSchema, raw, name) as Config
  // Unknown rule ids, bad rule options, unknown signals: named by the file.
  warnings.push(...resolveConfig(config, name, packNames).warnings)
  return config
}

/**
 * `--rule id=level` over a config's settings: a level changes the level and keeps the options the
 * config gave the rule (`too-long: [warn, {max: ...}]` with `--rule too-long=error` is
 * `[error, {max: ...}]`), for the step rules and the sequence rules alike; `off` is off.
 */
function keepingOptions(levels: Record<string, string>, configured: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [id, level] of Object.entries(levels)) {
    const setting = Object.hasOwn(configured, id) ? configured[id] : undefined
    out[id] = level !== 'off' && Array.isArray(setting) && setting.length === 2 ? [level, setting[1]] : level
  }
  return out
}

/**
 * The config of a file (or none) with the command line's options over it, validated as a whole;
 * `sequence` gets the sequence rules' settings, the command line's over the file's,
 * `sequenceRules` the sequence rules when the file adds its own, `warnings` the file's, and
 * `sequenceFields` its sequence exports' column names.
 */
export function loadConfig(path: string | null, overrides: Overrides, files: string[] = [], sequence: Record<string, unknown> = {}, sequenceRules: SequenceRule[] = [], warnings: ConfigWarning[] = [], sequenceFields: Record<string, string> = {}): Config {
  const base = path ? loadConfigFile(path, files, sequence, sequenceRules, warnings, sequenceFields) : {}
  const config: Config = {...base}
  const known = sequenceRules.length > 0 ? sequenceRules : builtinSequenceRules()
  const levels = overrides.rules ? keepingOptions(overrides.rules, {...base.rules, ...sequence}) : undefined
  const rules = levels ? takeSequenceSettings({rules: levels}, '--rule', sequence, known).rules : undefined
  if (overrides.channel) config.channel = overrides.channel as Config['channel']
  if (rules && Object.keys(rules).length > 0) config.rules = {...(base.rules ?? {}), ...(rules as Config['rules'])}
  if (overrides.channel || (rules && Object.keys(rules).length > 0)) resolveConfig(config, '--rule')
  return config
}
