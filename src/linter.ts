/**
 * createLinter: a config validated (errors name the field) and resolved, then compiled by the
 * engine. In a built package only what the config adds or changes is compiled; the built-in rules
 * it keeps are the ones the build compiled (layeredCompiler in rules/compile.ts).
 */
import {builtinBase, builtinLinter} from './builtin.js'
import {linterFrom, type Linter} from './engine.js'
import {checkingCompiler, layeredCompiler} from './rules/compile.js'
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
  const resolved = resolveConfig(config)
  const base = builtinBase()
  return linterFrom(resolved, base ? layeredCompiler(base) : checkingCompiler())
}
