/**
 * Compiling rules as they come (a config's packs and options, or the built-in pack from sources):
 * every pattern goes into new phrase sets, every regular expression is checked for catastrophic
 * backtracking first. What it compiled can be kept as data, which is how the build ships the
 * built-in pack compiled (see precompiled.ts).
 */
import {PatternError, PhraseBuilder} from '../analyse/phrase-builder.js'
import type {PhraseMatch, PhraseSet, Term} from '../analyse/phrases.js'
import type {Compiler, Field} from '../checks/types.js'
import {ConfigError} from './errors.js'
import {baseOwner, type CompiledBase, type Precompiled} from './precompiled.js'
import {compileSafeRegExp} from './safe-regex.js'

function addPatterns(set: PhraseBuilder, owner: number, patterns: string[], source: string): void {
  patterns.forEach((pattern, index) => {
    try {
      set.add(owner, index, pattern)
    } catch (error) {
      if (error instanceof PatternError) throw new ConfigError(`${source}: patterns.${index}: ${error.message}`)
      throw error
    }
  })
}

export interface CheckingCompiler extends Compiler {
  /** The phrase sets and their owners as data, for replaying the same compile later. */
  precompiled(): Precompiled
}

export function checkingCompiler(): CheckingCompiler {
  const sets = {body: new PhraseBuilder(), subject: new PhraseBuilder()}
  const owners: Precompiled['owners'] = []
  return {
    sets,
    phrases(patterns, field, source) {
      const owner = owners.push([source, field, patterns.length]) - 1
      addPatterns(sets[field], owner, patterns, source)
      return owner
    },
    regExp: compileSafeRegExp,
    precompiled: () => ({owners, sets: {body: sets.body.toData(), subject: sets.subject.toData()}})
  }
}

/** The shared set of the base, matched only when a rule of this linter reads it, then this linter's own patterns. */
class LayeredSet extends PhraseBuilder {
  useBase = false

  constructor(private readonly base: PhraseSet) {
    super()
  }

  override matchRange(terms: Term[], from: number, to: number, out: PhraseMatch[]): void {
    if (this.useBase) this.base.matchRange(terms, from, to, out)
    super.matchRange(terms, from, to, out)
  }
}

export interface LayeredCompiler extends Compiler {
  /** What this compiler compiled itself: phrase patterns added, regular expressions checked. */
  readonly compiled: {patterns: number; regExps: number}
}

/**
 * A config on top of the built-in pack as the build compiled it. A config mostly keeps the built-in
 * rules (another channel, a severity, a rule off, a message reworded): their phrase patterns are in
 * the base's sets already and their regular expressions passed the safety check at build time. So
 * this linter matches in the base's sets, shared by every linter of the process, and compiles only
 * what the config adds or changes (a pack's rules, a rule's new patterns, a signal with more
 * patterns) into a small set of its own, checked as above. Its owner ids start after the base's,
 * so a match always says which registration it is of; base owners no rule asks for are never read.
 */
export function layeredCompiler(base: CompiledBase): LayeredCompiler {
  const sets = {body: new LayeredSet(base.sets.body), subject: new LayeredSet(base.sets.subject)}
  const compiled = {patterns: 0, regExps: 0}
  let next = base.count
  return {
    sets,
    compiled,
    phrases(patterns, field: Field, source) {
      const known = baseOwner(base, patterns, field, source)
      if (known !== undefined) {
        sets[field].useBase = true
        return known
      }
      const owner = next++
      addPatterns(sets[field], owner, patterns, source)
      compiled.patterns += patterns.length
      return owner
    },
    regExp(source, flags, owner) {
      if (base.checked.has(`${flags}/${source}`)) return new RegExp(source, flags + 'g')
      compiled.regExps++
      return compileSafeRegExp(source, flags, owner)
    }
  }
}
