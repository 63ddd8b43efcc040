/**
 * A linter of the built-in rules as the build ships them: validated and compiled at build time
 * (scripts/build-rules.mjs --validated), so making it loads no zod, checks no regular expression
 * again and builds no phrase trie. This is the CLI's start when there is no config to read.
 */
import {linterFrom, type Linter} from './engine.js'
import builtin from './rules/builtin.generated.js'
import {replayCompiler, type Precompiled} from './rules/precompiled.js'
import {resolveBuiltin} from './rules/resolve.js'

/** Undefined when running from sources, where the pack is neither validated nor compiled. */
export function builtinLinter(): Linter | undefined {
  const resolved = resolveBuiltin()
  const compiled = (builtin as {compiled?: Precompiled}).compiled
  return resolved && compiled ? linterFrom(resolved, replayCompiler(compiled)) : undefined
}
