/**
 * Finding and reading configuration. `--config FILE`, else the nearest `.outreachlintrc.json`,
 * `.outreachlintrc.yaml` / `.yml`, or an `outreachLint` key in package.json, walking up from each file's
 * folder. Rule packs named in a config are data files (YAML or JSON) read by path relative to the
 * config: never code, never imported. Every config is validated by the core's zod schema, and errors
 * name the file and the field.
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {createRequire} from 'node:module'
import {ConfigError, configSchema, packSchema, parseWith, type Config} from '../rules/schema.js'
import {resolveConfig} from '../rules/pack.js'

// The YAML parser is loaded only when a YAML file is read: most runs have a JSON config or none,
// and loading it costs about a tenth of a cold start.
const require = createRequire(import.meta.url)
function parseYaml(text: string, options: {prettyErrors: boolean}): unknown {
  return (require('yaml') as typeof import('yaml')).parse(text, options)
}

export const CONFIG_FILES = ['.outreachlintrc.json', '.outreachlintrc.yaml', '.outreachlintrc.yml', 'package.json'] as const

export interface Overrides {
  channel?: string
  rules?: Record<string, string>
}

export interface LoadedConfig {
  /** Identifies the config for caching linters (the config file, or '' for none). */
  key: string
  config: Config
}

function display(path: string): string {
  const rel = relative(process.cwd(), path)
  return (rel && !rel.startsWith('..') ? rel : path).split('\\').join('/')
}

function readData(path: string, name: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    throw new ConfigError(`${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, name)
  }
  try {
    if (path.endsWith('.json')) return JSON.parse(text)
    return parseYaml(text, {prettyErrors: false})
  } catch (error) {
    const e = error as Error & {linePos?: Array<{line: number}>}
    const line = e.linePos?.[0]?.line
    throw new ConfigError(`${name}: ${line ? `line ${line}: ` : ''}${e.message.split('\n')[0]}`, name)
  }
}

/** Read one config file into a Config (packs loaded as data), validated. */
export function loadConfigFile(path: string): Config {
  const name = display(path)
  let data = readData(path, name)
  if (path.endsWith('package.json')) data = (data as Record<string, unknown> | null)?.outreachLint
  if (data === null || data === undefined) data = {}
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${name}: (top level): expected an object of settings`, name)
  const raw = {...(data as Record<string, unknown>)}
  if (raw.packs !== undefined) {
    if (!Array.isArray(raw.packs)) throw new ConfigError(`${name}: packs: expected a list of rule pack files`, name)
    raw.packs = raw.packs.map((pack, index) => {
      if (typeof pack !== 'string') return pack
      if (!/\.(ya?ml|json)$/i.test(pack)) throw new ConfigError(`${name}: packs.${index}: a rule pack is a .yaml, .yml or .json data file`, name)
      const packPath = resolve(dirname(path), pack)
      const packName = display(packPath)
      if (!existsSync(packPath)) throw new ConfigError(`${name}: packs.${index}: no such file ${packName}`, name)
      return parseWith(packSchema, readData(packPath, packName) ?? {}, packName)
    })
  }
  const config = parseWith(configSchema, raw, name) as Config
  resolveConfig(config, name) // unknown rule ids, bad rule options: named by this file
  return config
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

  /** The config for a file in `dir` (throws ConfigError, cached per config file). */
  forDirectory(dir: string): LoadedConfig {
    const path = this.explicit ?? this.find(resolve(dir))
    const key = path ?? ''
    let entry = this.loaded.get(key)
    if (!entry) {
      try {
        const base = path ? loadConfigFile(path) : {}
        const config: Config = {...base}
        if (this.overrides.channel) config.channel = this.overrides.channel as Config['channel']
        if (this.overrides.rules) config.rules = {...(base.rules ?? {}), ...(this.overrides.rules as Config['rules'])}
        if (this.overrides.channel || this.overrides.rules) resolveConfig(config, '--rule')
        entry = {key, config}
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
