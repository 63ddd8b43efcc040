/**
 * The build ships the built-in pack compiled (scripts/build-rules.mjs --validated) and the CLI lints
 * with it replayed (src/builtin.ts). Here the same steps run from sources: the replayed linter must
 * find exactly what createLinter finds, and a replay must refuse rules it was not compiled from.
 */
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {linterFrom} from '../src/engine.js'
import {createLinter, type LintInput} from '../src/index.js'
import {builtinRules} from '../src/config.js'
import {checkingCompiler} from '../src/rules/compile.js'
import {replayCompiler, type Precompiled} from '../src/rules/precompiled.js'
import {resolvePack} from '../src/rules/resolve.js'
import {ruleExampleInputs, sampleTexts} from './rule-inputs.js'

/** Every sample draft and every example of every built-in rule, as lint inputs. */
function everyInput(): LintInput[] {
  return [...sampleTexts().map((text) => ({text, subject: 'Quick question'})), ...ruleExampleInputs()]
}

function precompile(): Precompiled {
  const compiler = checkingCompiler()
  linterFrom(resolvePack(builtinRules()), compiler)
  // Through JSON, as the build writes it.
  return JSON.parse(JSON.stringify(compiler.precompiled()))
}

describe('the built-in pack, precompiled', () => {
  test('replayed, it finds what createLinter finds: every sample and every rule example', () => {
    const replayed = linterFrom(resolvePack(builtinRules()), replayCompiler(precompile()))
    const linter = createLinter()
    const inputs = everyInput()
    expect(inputs.length).toBeGreaterThan(150)
    for (const input of inputs) {
      expect(replayed.lint(input)).toEqual(linter.lint(input))
      expect(replayed.rewrite(input)).toEqual(linter.rewrite(input))
    }
    // Lint and rewrite of every input by two linters: seconds on a quiet machine, over 30 s (the suite's
    // default) on a shared one. The bound only catches a blow-up.
  }, 180_000)

  test('a replay refuses rules it was not compiled from', () => {
    const pack = builtinRules()
    const fewer = resolvePack({...pack, rules: pack.rules.slice(1)})
    expect(() => linterFrom(fewer, replayCompiler(precompile()))).toThrow(/precompiled rules do not match.*rebuild/)
  })

  test('the built package: createLinter() with no config is the shipped linter, and finds what a compiled one finds', async () => {
    const dist = join(import.meta.dirname, '..', 'dist', 'index.js')
    const lib = (await import(dist)) as typeof import('../src/index.js')
    const shipped = lib.createLinter()
    const compiled = lib.createLinter({})
    expect(shipped.config).toEqual(compiled.config)
    const inputs = everyInput()
    for (const input of inputs) {
      expect(shipped.lint(input)).toEqual(compiled.lint(input))
      expect(shipped.rewrite(input)).toEqual(compiled.rewrite(input))
    }
    // As above: two linters over every input, 65 s once on a machine shared with eight builds.
  }, 180_000)
})
