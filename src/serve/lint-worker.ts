/**
 * A worker thread of the service's pool (tinypool): lints a slice of a batch with the service's
 * config, so a large batch runs beside the main thread instead of stalling every other request.
 */
import {createLinter} from '../linter.js'
import type {Linter} from '../engine.js'
import type {Config} from '../rules/schema.js'
import type {LintInput, LintResult} from '../types.js'

export interface LintTask {
  /** The service's config as JSON ('' for the built-in rules): the same for every task of a pool. */
  config: string
  messages: LintInput[]
}

let made: {config: string; linter: Linter} | undefined

export default function lintSlice({config, messages}: LintTask): LintResult[] {
  if (made?.config !== config) made = {config, linter: createLinter(config ? (JSON.parse(config) as Config) : undefined)}
  const linter = made.linter
  return messages.map((m) => linter.lint(m))
}
