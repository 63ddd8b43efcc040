/**
 * The built-in rules as the build ships them: validated and compiled at build time
 * (scripts/build-rules.mjs --validated), so a linter of them loads no zod, checks no regular
 * expression again and builds no phrase trie. The compiled phrase sets are read once per process
 * and shared by every linter made from them, with a config or without (rules/precompiled.ts). This is
 * the CLI's start when there is no config to read.
 */
import {linterFrom, type Linter} from './engine.js'
import builtin from './rules/builtin.generated.js'
import {baseReplay, recordingReplay, type CompiledBase, type Precompiled} from './rules/precompiled.js'
import {resolveBuiltin} from './rules/resolve.js'

let base: CompiledBase | null | undefined
/** The linter the base was read with, handed to the first caller that wants the built-in rules as they are. */
let first: Linter | undefined

/** The compiled built-in pack, read once; undefined when running from sources, where there is none. */
export function builtinBase(): CompiledBase | undefined {
  if (base === undefined) {
    const resolved = resolveBuiltin()
    const compiled = (builtin as {compiled?: Precompiled}).compiled
    if (resolved && compiled) {
      const replay = recordingReplay(compiled)
      first = linterFrom(resolved, replay)
      base = replay.base()
    } else base = null
  }
  return base ?? undefined
}

/** Undefined when running from sources, where the pack is neither validated nor compiled. */
export function builtinLinter(): Linter | undefined {
  const compiled = builtinBase()
  if (first) {
    const linter = first
    first = undefined
    return linter
  }
  const resolved = compiled && resolveBuiltin()
  return compiled && resolved ? linterFrom(resolved, baseReplay(compiled)) : undefined
}
