/**
 * Options written under their old names (schema.ts `oldOptionNames`: `scope` of a phrase rule is now
 * `where`, `max` of a ratio rule `maxRatio`, `min` of the others `minSignals`, `minSentences` or
 * `minCategories`). They are still accepted, and said: a warning per file and renamed option, naming
 * the rules that use it, which a linter gives as `linter.config.warnings` and the CLI prints on
 * standard error. Read from what was written, before validation moves each old name to its new one.
 */
import {configWarning, type ConfigWarning} from './errors.js'
import {oldOptionNames} from './schema.js'

/** One rule's option under its old name: in `source`, at `where` ("rules.2 (self-centred)"). */
export interface OldNameUse {
  source: string
  where: string
  old: string
  name: string
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The old names among `fields`, for a rule of check kind `check`: [old, new] pairs. */
function renamed(check: unknown, fields: Record<string, unknown>): Array<[old: string, name: string]> {
  const names = typeof check === 'string' && Object.hasOwn(oldOptionNames, check) ? oldOptionNames[check as keyof typeof oldOptionNames] : undefined
  return Object.entries(names ?? {}).filter(([old]) => Object.hasOwn(fields, old) && fields[old] !== undefined)
}

/** The rules of a pack as written that use old names; `at` is where the pack sits in `source` ('' when the file is the pack). */
export function packOldNames(pack: unknown, source: string, at = ''): OldNameUse[] {
  if (!isObject(pack) || !Array.isArray(pack.rules)) return []
  return pack.rules.flatMap((rule: unknown, i) => {
    if (!isObject(rule)) return []
    const where = `${at}rules.${i}${typeof rule.id === 'string' ? ` (${rule.id})` : ''}`
    return renamed(rule.check, rule).map(([old, name]) => ({source, where, old, name}))
  })
}

/** A config's options for rule `id`, a rule of check kind `check`, that use old names. */
export function optionOldNames(id: string, check: string, options: Record<string, unknown> | undefined, source: string): OldNameUse[] {
  return options ? renamed(check, options).map(([old, name]) => ({source, where: `rules.${id}`, old, name})) : []
}

/** One warning per file and renamed option, naming every rule that uses it, in the order first met. */
export function oldNameWarnings(uses: readonly OldNameUse[]): ConfigWarning[] {
  const byKey = new Map<string, {use: OldNameUse; where: string[]}>()
  for (const use of uses) {
    const key = JSON.stringify([use.source, use.old, use.name])
    const known = byKey.get(key)
    if (known) {
      if (!known.where.includes(use.where)) known.where.push(use.where)
    } else byKey.set(key, {use, where: [use.where]})
  }
  return [...byKey.values()].map(({use: {source, old, name}, where}) => configWarning(`${source}: ${where.join(', ')}: "${old}" is the old name of "${name}" (deprecated): write "${name}"`, source))
}
