/**
 * Rules compiled earlier, replayed: the build compiles the built-in pack once (checkingCompiler, at
 * `scripts/build-rules.mjs --validated`) and ships its phrase sets as data. Replaying hands each
 * check the owner id it got then, without parsing, stemming or adding a pattern again, and compiles
 * regular expressions without the safety check, which they passed at build time. Loads neither zod
 * nor the regex checker.
 */
import {PhraseSet, type PhraseSetData} from '../analyse/phrases.js'
import type {Field} from '../checks/types.js'
import type {Compiler} from '../engine.js'

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
      if (source !== expected || field !== expectedField || patterns.length !== count) {
        throw new Error(`outreach-lint: the precompiled rules do not match the rules (${source}); rebuild with npm run build`)
      }
      return owner
    },
    // The flags are validated (i, m and u only) and the pattern passed the safety check at build time.
    regExp: (source, flags) => new RegExp(source, flags + 'g')
  }
}
