/**
 * A configured linter compiles only what its config adds or changes (layeredCompiler in src/rules/compile.ts): the
 * built-in rules it keeps match in the phrase sets the build compiled. Here, for each kind of
 * config, the cheap linter must find exactly what a linter compiled from scratch finds, on every
 * sample draft and every example of every built-in rule, and must have compiled only what it says.
 */
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {linterFrom} from '../src/engine.js'
import {type Config, type LintInput} from '../src/index.js'
import {builtinRules} from '../src/config.js'
import {checkingCompiler, layeredCompiler} from '../src/rules/compile.js'
import {baseReplay, recordingReplay, type CompiledBase} from '../src/rules/precompiled.js'
import {resolveConfig} from '../src/rules/pack.js'
import {resolvePack} from '../src/rules/resolve.js'
import {ruleExampleInputs, sampleTexts} from './rule-inputs.js'

/** Every sample draft (with a subject, as an e-mail and as a text) and every example of every built-in rule. */
function everyInput(): LintInput[] {
  const drafts = sampleTexts().flatMap((text): LintInput[] => [{text, subject: 'Quick question!!'}, {text, channel: 'sms'}])
  return [...drafts, ...ruleExampleInputs()]
}

/** The built-in pack compiled as the build compiles it (through JSON, as it ships), read as a base. */
function compiledBase(): CompiledBase {
  const compiler = checkingCompiler()
  const resolved = resolvePack(builtinRules())
  linterFrom(resolved, compiler)
  const replay = recordingReplay(JSON.parse(JSON.stringify(compiler.precompiled())))
  linterFrom(resolvePack(builtinRules()), replay)
  return replay.base()
}

const jargon = {
  id: 'house-jargon',
  category: 'spammy',
  severity: 'warning',
  message: 'Jargon: "{match}".',
  why: 'Nobody can picture it.',
  check: 'phrase',
  patterns: ['circle back', 'touch base', '(synergy|synergies)', '(quick|short) question'],
  examples: {invalid: ['Can we touch base?'], valid: ['Can we talk?']}
} as const

/** A config of each kind, with the phrase patterns and regular expressions it adds or changes. */
const CONFIGS: Array<[string, Config, {patterns: number; regExps: number}]> = [
  ['a channel', {channel: 'sms'}, {patterns: 0, regExps: 0}],
  ['severities', {rules: {'false-urgency': 'info', 'exclamation-run': 'error', 'apologetic-opener': ['error', {}]}}, {patterns: 0, regExps: 0}],
  ['a rule off', {rules: {'apologetic-opener': 'off', 'exclamation-run': 'off'}}, {patterns: 0, regExps: 0}],
  ['options that keep the patterns', {rules: {'false-urgency': ['warn', {message: 'Pressure: "{match}".'}]}}, {patterns: 0, regExps: 0}],
  [
    'options that change patterns',
    {rules: {'false-urgency': ['error', {patterns: ['act now', 'limited time (offer|deal)', 'quick question']}], 'exclamation-run': ['warn', {pattern: '!!+'}]}},
    {patterns: 3, regExps: 1}
  ],
  ['an added pack, with a signal of the same name', {packs: [{rules: [jargon], signals: {'trigger-event': {patterns: ['(congrats|congratulations) on the move']}}}]}, {patterns: 4 + 1 + builtinRules().signals!['trigger-event'].patterns.length, regExps: 0}],
  ['the built-in pack left out', {noBuiltin: true, packs: [{rules: [jargon]}]}, {patterns: 4, regExps: 0}]
]

describe('a configured linter on the compiled built-in pack', () => {
  const base = compiledBase()
  const inputs = everyInput()

  test.each(CONFIGS)('%s: the same findings and rewrites as a linter compiled from scratch, compiling only what changed', (_name, config, expected) => {
    const layered = layeredCompiler(base)
    const cheap = linterFrom(resolveConfig(config), layered)
    const full = linterFrom(resolveConfig(config), checkingCompiler())
    expect(layered.compiled).toEqual(expected)
    expect(cheap.config).toEqual(full.config)
    expect(inputs.length).toBeGreaterThan(150)
    let findings = 0
    for (const input of inputs) {
      const result = cheap.lint(input)
      expect(result).toEqual(full.lint(input))
      findings += result.messages.length
    }
    expect(findings).toBeGreaterThan(0)
    for (const input of inputs.slice(0, 16)) expect(cheap.rewrite(input)).toEqual(full.rewrite(input))
  })

  test('a changed pattern is refused as a compiled one would be: bad phrase syntax, an unsafe regular expression', () => {
    expect(() => linterFrom(resolveConfig({rules: {'false-urgency': ['error', {patterns: ['(act now']}]}}), layeredCompiler(base))).toThrow(
      'false-urgency: patterns.0: unbalanced parentheses in "(act now"'
    )
    expect(() => linterFrom(resolveConfig({rules: {'exclamation-run': ['warn', {pattern: '(a+)+$'}]}}), layeredCompiler(base))).toThrow(
      /^exclamation-run: pattern: can backtrack catastrophically/
    )
  })

  test('the changed findings are the config\'s: a pattern it adds is found, one it drops is not', () => {
    const config: Config = {rules: {'false-urgency': ['error', {patterns: ['quick question']}]}}
    const cheap = linterFrom(resolveConfig(config), layeredCompiler(base))
    const found = (text: string) => cheap.lint(text).messages.filter((m) => m.ruleId === 'false-urgency').map((m) => m.actual)
    expect(found('Quick question: is Friday good?')).toEqual(['Quick question'])
    expect(found('Act now, this offer ends Friday.')).toEqual([])
  })
})

describe('the built-in rules as they are, on the shared base', () => {
  test('find what a compiled linter finds, and rules the base does not hold are refused', () => {
    const base = compiledBase()
    const replayed = linterFrom(resolvePack(builtinRules()), baseReplay(base))
    const full = linterFrom(resolvePack(builtinRules()), checkingCompiler())
    for (const input of everyInput()) expect(replayed.lint(input)).toEqual(full.lint(input))
    const pack = builtinRules()
    const urgency = pack.rules.find((r) => r.id === 'false-urgency')!
    const changed = {...pack, rules: pack.rules.map((r) => (r === urgency ? {...urgency, patterns: [...urgency.patterns!.slice(1)]} : r))}
    expect(() => linterFrom(resolvePack(changed), baseReplay(base))).toThrow(/precompiled rules do not match the rules \(false-urgency\).*rebuild/)
  })
})

describe('the built package', () => {
  test('createLinter(config) finds what a linter compiled from scratch finds, for every kind of config', async () => {
    const dist = (path: string) => join(import.meta.dirname, '..', 'dist', path)
    const lib = (await import(dist('config.js'))) as typeof import('../src/config.js')
    const engine = (await import(dist('engine.js'))) as typeof import('../src/engine.js')
    const compile = (await import(dist('rules/compile.js'))) as typeof import('../src/rules/compile.js')
    const pack = (await import(dist('rules/pack.js'))) as typeof import('../src/rules/pack.js')
    const inputs = everyInput()
    for (const [, config] of CONFIGS) {
      const cheap = lib.createLinter(config)
      const full = engine.linterFrom(pack.resolveConfig(config), compile.checkingCompiler())
      for (const input of inputs) expect(cheap.lint(input)).toEqual(full.lint(input))
    }
    // Two linters per config over every input: about 10 s on a quiet two-core machine, over 30 s when it
    // is shared. The bound only catches a blow-up.
  }, 180_000)
})
