/**
 * Regular expressions from rule packs are data from users: each is checked for catastrophic
 * backtracking (star height > 1, via safe-regex2) and for length before it is compiled.
 */
import safeRegex from 'safe-regex2'
import {ConfigError} from './schema.js'

const MAX_PATTERN_LENGTH = 500

export function compileSafeRegExp(source: string, flags: string, owner: string): RegExp {
  if (source.length > MAX_PATTERN_LENGTH) throw new ConfigError(`${owner}: pattern: longer than ${MAX_PATTERN_LENGTH} characters`)
  let re: RegExp
  try {
    re = new RegExp(source, flags.replace(/g/g, '') + 'g')
  } catch (error) {
    throw new ConfigError(`${owner}: pattern: not a valid regular expression (${(error as Error).message})`)
  }
  if (!safeRegex(re)) throw new ConfigError(`${owner}: pattern: can backtrack catastrophically (nested repetition); rewrite it without nested quantifiers`)
  return re
}
