/**
 * outreach-lint: lint sales outreach drafts for interrupt-then-pitch habits.
 * The library core is pure and synchronous and imports nothing from `node:`, and no zod: rule packs
 * and rule options are validated by `outreach-lint/config` (src/config.ts).
 */
import {createLinter, type Linter, type RewriteResult} from './linter.js'
import type {LintInput, LintResult} from './types.js'

export {createLinter}
export type {Linter, RewriteResult}
export {default as outreachLint, type PluginOptions} from './plugin.js'
export {default as retextPlaceholders, scanPlaceholders, type Placeholder, type PlaceholderSyntax} from './parse/placeholders.js'
// Types only: validating a config or a rule pack is `outreach-lint/config`'s (it loads zod); the
// built-in rules' examples are `outreach-lint/examples`' (src/examples.ts).
export type {Config, RulePack, RulePackInput, RuleSpec, LinterRule, RuleInput, Example, RuleExamples} from './rules/format.js'
export {ConfigError} from './rules/errors.js'
export {applyEdits, type Edit} from './fix/apply.js'
export * from './types.js'

let shared: Linter | undefined
function defaultLinter(): Linter {
  shared ??= createLinter()
  return shared
}

/** Lint with the default rules (the compiled rules are made once and reused). */
export function lint(input: string | LintInput): LintResult {
  return defaultLinter().lint(input)
}

/** Rewrite with the default rules: safe fixes and each finding's first suggestion, until stable. */
export function rewrite(input: string): string
export function rewrite(input: LintInput): RewriteResult
export function rewrite(input: string | LintInput): string | RewriteResult {
  return typeof input === 'string' ? defaultLinter().rewrite(input) : defaultLinter().rewrite(input)
}
// Sequences (lintSequence and the sequence rules) are the entry `outreach-lint/sequence` (src/sequence.ts).
