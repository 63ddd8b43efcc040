/**
 * Finding configuration. `--config FILE`, else the nearest `.outreachlintrc.json`,
 * `.outreachlintrc.yaml` / `.yml`, or an `outreachLint` key in package.json, walking up from each file's
 * folder. A config found (or a --rule / --channel option) is read and validated by config-file.ts,
 * loaded on demand; with neither, a run uses the built-in rules as the build validated them, and loads
 * no schema library at all.
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {ConfigError, type ConfigWarning} from '../rules/errors.js'
import {resolveBuiltin, type ResolvedConfig} from '../rules/resolve.js'
import type {Config} from '../rules/format.js'
import type {Overrides} from './config-file.js'
import type {SequenceRule} from '../sequence/rules.js'

const CONFIG_FILES = ['.outreachlintrc.json', '.outreachlintrc.yaml', '.outreachlintrc.yml', 'package.json'] as const

/** The warnings said in this run: a pack that several configs name is warned about once. */
const said = new Set<string>()

/**
 * Say each warning of a config on standard error, once per run (never on standard output, where a
 * JSON or SARIF report may go): one line each, naming the file, the rules and what to write.
 */
function sayWarnings(warnings: readonly ConfigWarning[]): void {
  for (const {message} of warnings) {
    if (said.has(message)) continue
    said.add(message)
    process.stderr.write(`outreach-lint: warning: ${message}\n`)
  }
}

export interface LoadedConfig {
  /** Identifies the config for caching linters (the config file, or '' for none). */
  key: string
  /** The validated config; undefined: the built-in rules with their defaults. */
  config?: Config
  /** The config file and the rule packs it names (absolute paths). */
  files?: string[]
  /** The settings of the sequence rules (`rules` entries whose id starts with `sequence-`), validated. */
  sequenceRules?: Record<string, unknown>
  /** The sequence rules when the config adds its own (`sequencePacks`): the built-in ones and its. */
  sequenceRuleSet?: SequenceRule[]
  /** The column names of its sequence exports (`sequenceFields`), for `outreach-lint sequence`. */
  sequenceFields?: Record<string, string>
}

/** The rules a config gives; the built-in ones as the build ships them need no validation. */
export async function resolveRules(config: Config | undefined): Promise<ResolvedConfig> {
  const builtin = config === undefined ? resolveBuiltin() : undefined
  return builtin ?? (await import('../rules/pack.js')).resolveConfig(config)
}

export class ConfigResolver {
  private byDir = new Map<string, string | null>()
  private loaded = new Map<string, LoadedConfig | ConfigError>()
  private explicit?: string

  constructor(
    private overrides: Overrides,
    explicitPath?: string
  ) {
    if (explicitPath) this.explicit = resolve(explicitPath)
  }

  /** The nearest config file for a folder, or null. */
  private find(dir: string): string | null {
    const known = this.byDir.get(dir)
    if (known !== undefined) return known
    let found: string | null = null
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name)
      if (!existsSync(candidate)) continue
      if (name === 'package.json') {
        try {
          const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as Record<string, unknown>
          if (!pkg || typeof pkg !== 'object' || !('outreachLint' in pkg)) continue
        } catch {
          continue
        }
      }
      found = candidate
      break
    }
    if (found === null) {
      const parent = dirname(dir)
      if (parent !== dir) found = this.find(parent)
    }
    this.byDir.set(dir, found)
    return found
  }

  /** The files the configs read so far consist of: themselves and their rule packs. */
  dataFiles(): string[] {
    return [...this.loaded.values()].flatMap((entry) => (entry instanceof ConfigError ? [] : (entry.files ?? [])))
  }

  /** The config for a file in `dir` (rejects with a ConfigError, cached per config file). */
  async forDirectory(dir: string): Promise<LoadedConfig> {
    const path = this.explicit ?? this.find(resolve(dir))
    const key = path ?? ''
    let entry = this.loaded.get(key)
    if (!entry) {
      try {
        const plain = path === null && !this.overrides.channel && !this.overrides.rules
        const files: string[] = []
        const sequenceRules: Record<string, unknown> = {}
        const ruleSet: SequenceRule[] = []
        const warnings: ConfigWarning[] = []
        const fields: Record<string, string> = {}
        entry = plain ? {key} : {key, config: (await import('./config-file.js')).loadConfig(path, this.overrides, files, sequenceRules, ruleSet, warnings, fields), files, sequenceRules}
        if (ruleSet.length > 0) entry.sequenceRuleSet = ruleSet
        if (Object.keys(fields).length > 0) entry.sequenceFields = fields
        sayWarnings(warnings)
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        entry = error
      }
      this.loaded.set(key, entry)
    }
    if (entry instanceof ConfigError) throw entry
    return entry
  }
}
