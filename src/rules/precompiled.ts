/**
 * Rules compiled earlier, replayed: the build compiles the built-in pack once (checkingCompiler, at
 * `scripts/build-rules.mjs --validated`) and ships its phrase sets as data. Replaying hands each
 * check the owner id it got then, without parsing, stemming or adding a pattern again, and compiles
 * regular expressions without the safety check, which they passed at build time. Loads neither zod
 * nor the regex checker.
 *
 * The shipped sets are read once per process into a base (recordingReplay) that every later linter
 * shares: of the built-in rules as they are (baseReplay), or of a config on top of them
 * (layeredCompiler in compile.ts, which compiles only what the config adds or changes).
 */
import {PhraseSet, type PhraseSetData} from '../analyse/phrases.js'
import type {Compiler, Field} from '../checks/types.js'

export interface Precompiled {
  /** Per owner id, in order: who registered the patterns, for which field, and how many. */
  owners: Array<[source: string, field: Field, patterns: number]>
  sets: Record<Field, PhraseSetData>
}

export function replayCompiler(data: Precompiled): Compiler {
  let next = 0
  return {
    sets: {body: PhraseSet.fromData(data.sets.body), subject: PhraseSet.fromData(data.sets.subject)},
    phrases(patterns, field, source) {
      const owner = next++
      const [expected, expectedField, count] = data.owners[owner] ?? []
      if (source !== expected || field !== expectedField || patterns.length !== count) throw mismatch(source)
      return owner
    },
    // The flags are validated (i, m and u only) and the pattern passed the safety check at build time.
    regExp: (source, flags) => new RegExp(source, flags + 'g')
  }
}

/** The compiled built-in pack, read once: its phrase sets, what each owner id holds, the expressions it checked. */
export interface CompiledBase {
  sets: Record<Field, PhraseSet>
  /** By `field source`: the owner id and its patterns. */
  owners: Map<string, {owner: number; patterns: readonly string[]}>
  /** Owner ids in the sets: 0 to count - 1. */
  count: number
  /** `flags/source` of every regular expression the build checked. */
  checked: Set<string>
}

function mismatch(source: string): Error {
  return new Error(`outreach-lint: the precompiled rules do not match the rules (${source}); rebuild with npm run build`)
}

/**
 * A replay of `data` that also records what each owner holds: pass it to linterFrom with the
 * resolved rules `data` was compiled from, then read the base with `base()`.
 */
export function recordingReplay(data: Precompiled): Compiler & {base(): CompiledBase} {
  const owners: CompiledBase['owners'] = new Map()
  const checked = new Set<string>()
  const sets = {body: PhraseSet.fromData(data.sets.body), subject: PhraseSet.fromData(data.sets.subject)}
  let next = 0
  return {
    sets,
    phrases(patterns, field, source) {
      const owner = next++
      const [expected, expectedField, count] = data.owners[owner] ?? []
      if (source !== expected || field !== expectedField || patterns.length !== count) throw mismatch(source)
      owners.set(`${field} ${source}`, {owner, patterns})
      return owner
    },
    regExp(source, flags) {
      checked.add(`${flags}/${source}`)
      return new RegExp(source, flags + 'g')
    },
    base: () => ({sets, owners, count: data.owners.length, checked})
  }
}

/** The patterns a base holds for `source` in `field`, when they are `patterns`: its owner id, else undefined. */
export function baseOwner(base: CompiledBase, patterns: readonly string[], field: Field, source: string): number | undefined {
  const known = base.owners.get(`${field} ${source}`)
  if (!known) return undefined
  const had = known.patterns
  if (had !== patterns && (had.length !== patterns.length || had.some((p, i) => p !== patterns[i]))) return undefined
  return known.owner
}

/** The built-in rules as they are, on the shared sets of a base read earlier. */
export function baseReplay(base: CompiledBase): Compiler {
  return {
    sets: base.sets,
    phrases(patterns, field, source) {
      const owner = baseOwner(base, patterns, field, source)
      if (owner === undefined) throw mismatch(source)
      return owner
    },
    regExp: (source, flags) => new RegExp(source, flags + 'g')
  }
}
