/** createLinter: a config validated (errors name the field) and resolved, then compiled by the engine. */
import {builtinLinter} from './builtin.js'
import {linterFrom, type Linter} from './engine.js'
import {checkingCompiler} from './rules/compile.js'
import {resolveConfig} from './rules/pack.js'
import type {Config} from './rules/schema.js'

export {lintTree, normaliseInput, type Linter, type RewriteResult} from './engine.js'

export function createLinter(config?: Config): Linter {
  // No config: the built-in pack as the build ships it, validated and compiled already (a built
  // package; from sources there is none and the pack is compiled here).
  if (config === undefined) {
    const shipped = builtinLinter()
    if (shipped) return shipped
  }
  return linterFrom(resolveConfig(config), checkingCompiler())
}
