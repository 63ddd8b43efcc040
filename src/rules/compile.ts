/**
 * Compiling rules as they come (a config's packs and options, or the built-in pack from sources):
 * every pattern goes into new phrase sets, every regular expression is checked for catastrophic
 * backtracking first. What it compiled can be kept as data, which is how the build ships the
 * built-in pack compiled (see precompiled.ts).
 */
import {PatternError, PhraseSet} from '../analyse/phrases.js'
import type {Compiler} from '../engine.js'
import {ConfigError} from './errors.js'
import type {Precompiled} from './precompiled.js'
import {compileSafeRegExp} from './safe-regex.js'

export interface CheckingCompiler extends Compiler {
  /** The phrase sets and their owners as data, for replaying the same compile later. */
  precompiled(): Precompiled
}

export function checkingCompiler(): CheckingCompiler {
  const sets = {body: new PhraseSet(), subject: new PhraseSet()}
  const owners: Precompiled['owners'] = []
  return {
    sets,
    phrases(patterns, field, source) {
      const owner = owners.push([source, field, patterns.length]) - 1
      patterns.forEach((pattern, index) => {
        try {
          sets[field].add(owner, index, pattern)
        } catch (error) {
          if (error instanceof PatternError) throw new ConfigError(`${source}: patterns.${index}: ${error.message}`)
          throw error
        }
      })
      return owner
    },
    regExp: compileSafeRegExp,
    precompiled: () => ({owners, sets: {body: sets.body.toData(), subject: sets.subject.toData()}})
  }
}
