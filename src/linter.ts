/** createLinter: a config validated (errors name the field) and resolved, then compiled by the engine. */
import {linterFrom, type Linter} from './engine.js'
import {checkingCompiler} from './rules/compile.js'
import {resolveConfig} from './rules/pack.js'
import type {Config} from './rules/schema.js'

export {lintTree, normaliseInput, type Linter, type RewriteResult} from './engine.js'

export function createLinter(config?: Config): Linter {
  return linterFrom(resolveConfig(config), checkingCompiler())
}
