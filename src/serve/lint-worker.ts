/**
 * A worker thread of the service's pool (tinypool): lints a slice of a batch with the service's
 * config, so a large batch runs beside the main thread instead of stalling every other request.
 */
import {createLinter as createValidatingLinter} from '../config.js'
import {createLinter} from '../linter.js'
import type {Linter} from '../engine.js'
import type {Config} from '../rules/format.js'
import type {LintInput, LintResult} from '../types.js'

export interface LintTask {
  /** The service's config as JSON ('' for the built-in rules): the same for every task of a pool. */
  config: string
  messages: LintInput[]
}

let made: {config: string; linter: Linter} | undefined

export default function lintSlice({config, messages}: LintTask): LintResult[] {
  // A config (its rule packs and options) takes the validating createLinter, as the main thread's does.
  if (made?.config !== config) made = {config, linter: config ? createValidatingLinter(JSON.parse(config) as Config) : createLinter()}
  const linter = made.linter
  return messages.map((m) => linter.lint(m))
}
