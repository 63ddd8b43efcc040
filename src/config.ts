/**
 * outreach-lint/config: configs and rule packs validated by the schema (zod), for a linter with a
 * team's own rules. `createLinter` here accepts every config; the core's (`outreach-lint`) accepts
 * settings and rule levels only, so a page that gives no pack loads no zod. Loading this entry
 * makes the core's createLinter (and the retext plugin's `config`) validate every config too.
 */
import {builtinBase, builtinLinter} from './builtin.js'
import {linterFrom, type Linter} from './engine.js'
import {useValidation} from './linter.js'
import {checkingCompiler, layeredCompiler} from './rules/compile.js'
import {resolveConfig} from './rules/pack.js'
import type {Config, Example, RulePack, RuleSpec, Schema, ValidConfig} from './rules/format.js'
import * as schema from './rules/schema.js'

/** A linter of the built-in rules and the config's: packs, rule options, levels and settings, all validated. */
export function createLinter(config?: Config): Linter {
  // No config: the built-in pack as the build ships it, validated and compiled already (a built
  // package; from sources there is none and the pack is compiled here).
  if (config === undefined) {
    const shipped = builtinLinter()
    if (shipped) return shipped
  }
  const resolved = resolveConfig(config)
  // Only what the config adds or changes is compiled; the built-in rules it keeps are the build's.
  const base = builtinBase()
  return linterFrom(resolved, base ? layeredCompiler(base) : checkingCompiler())
}

useValidation(createLinter)

// The schemas, typed by what they validate (format.ts: their type names no zod, so neither does the package's).
export const configSchema: Schema<ValidConfig> = schema.configSchema
export const packSchema: Schema<RulePack> = schema.packSchema
export const ruleSchema: Schema<RuleSpec> = schema.ruleSchema
export const exampleSchema: Schema<Example> = schema.exampleSchema
export {parseWith} from './rules/validate.js'
export {ConfigError, type ConfigWarning} from './rules/errors.js'
export type {Config, RulePack, RulePackInput, RuleSpec, LinterRule, RuleInput, Example, RuleExamples, Schema} from './rules/format.js'
export {builtinRules} from './rules/pack.js'
export type {Linter}
