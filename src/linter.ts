/**
 * createLinter of the library's core: zod-free. Without a config, the built-in rules as the build
 * ships them; with a config of settings and rule levels, the same compiled rules (nothing is
 * compiled again). Rule packs and rule options need the schema: `outreach-lint/config`
 * (src/config.ts) validates any config, and once it is loaded this createLinter does too.
 */
import {builtinBase, builtinLinter} from './builtin.js'
import {linterFrom, provideRewrite, type Linter} from './engine.js'
import {ConfigError} from './rules/errors.js'
import {baseReplay} from './rules/precompiled.js'
import {prevalidatedBuiltin} from './rules/resolve.js'
import type {Config} from './rules/format.js'
import {resolveSettings} from './rules/settings.js'
import {planPass, rewriteInput} from './engine/rewrite.js'

export {lintTree, type Linter, type RewriteResult} from './engine.js'

// Every linter of the library rewrites (linter.rewrite); the CLI's plain lint, which never comes
// here, loads none of the rewrite's code.
provideRewrite({planPass, rewriteInput})

let validating: ((config?: Config) => Linter) | undefined

/** Called by src/config.ts when it loads: from then on every config is validated by its schema. */
export function useValidation(create: (config?: Config) => Linter): void {
  validating = create
}

export function createLinter(config?: Config): Linter {
  if (validating) return validating(config)
  const base = builtinBase()
  const builtin = prevalidatedBuiltin()
  if (!base || !builtin) {
    throw new ConfigError("config: the built-in rules are not built here (npm run build), or use the createLinter of 'outreach-lint/config', which compiles them", 'config')
  }
  if (config === undefined) return builtinLinter()!
  return linterFrom(resolveSettings(builtin, config), baseReplay(base))
}
