/**
 * Options mean one thing each: `max`/`min` are a measured limit (metric, link), `where` is which
 * sentences a rule reads, `scope` is what a suggestion replaces. The other meanings they had carry
 * names of their own; the old names still load, with the same meaning, for packs written before.
 */
import {describe, expect, test} from 'vitest'
import {builtinRules, createLinter, ruleSchema, type RuleInput} from '../src/config.js'

const base = {id: 'r', category: 'spammy', severity: 'warning', message: '{match}', why: 'because', examples: {invalid: ['x'], valid: ['y']}} as const

function only(rule: Record<string, unknown>) {
  const {signals, vocabulary} = builtinRules()
  return createLinter({noBuiltin: true, packs: [{rules: [{...base, ...rule} as RuleInput], signals, vocabulary}]})
}
const found = (linter: ReturnType<typeof only>, text: string) => linter.lint(text).messages.map((m) => [m.actual, m.start])
const error = (run: () => unknown): string => {
  try {
    run()
  } catch (e) {
    return (e as Error).message
  }
  return 'no error'
}

describe('each meaning has its own name', () => {
  test('phrase `where`: which sentences it reads (here the last)', () => {
    const text = 'We frobnicate here. We frobnicate there.'
    expect(found(only({check: 'phrase', patterns: ['frobnicate'], where: 'closing'}), text)).toEqual([['frobnicate', 23]])
    expect(found(only({check: 'phrase', patterns: ['frobnicate']}), text)).toEqual([
      ['frobnicate', 3],
      ['frobnicate', 23]
    ])
  })

  test('ratio `maxRatio`: how many times the sender may be mentioned for each mention of the reader', () => {
    const text = 'We built it. Our team and I made it for us.'
    expect(found(only({check: 'ratio', maxRatio: 2}), text)).toHaveLength(1)
    expect(found(only({check: 'ratio', maxRatio: 6}), text)).toEqual([])
  })

  test('required-signal `minSignals`: how many of its signals must show', () => {
    const text = 'Do you need shoes?'
    expect(found(only({check: 'required-signal', signals: ['question-mark', 'web-link']}), text)).toEqual([])
    expect(found(only({check: 'required-signal', signals: ['question-mark', 'web-link'], minSignals: 2}), text)).toEqual([['Do you need shoes?', 0]])
  })

  test('role `minSentences` and categories `minCategories`, with their defaults', () => {
    const role = ruleSchema.parse({...base, check: 'role', roles: ['pitch'], where: 'majority'})
    const categories = ruleSchema.parse({...base, check: 'categories', categories: ['spammy', 'product-centric']})
    expect(role).toMatchObject({where: 'majority', minSentences: 1})
    expect(categories).toMatchObject({minCategories: 2})
    expect(ruleSchema.parse({...base, check: 'role', roles: ['pitch'], where: 'majority', minSentences: 3})).toMatchObject({minSentences: 3})
  })

  test('the built-in rules use the new names', () => {
    const byId = new Map(builtinRules().rules.map((r) => [r.id, r as unknown as Record<string, unknown>]))
    expect(byId.get('self-centred')).toMatchObject({maxRatio: 2})
    expect(byId.get('pitch-heavy-body')).toMatchObject({minSentences: 2})
    expect(byId.get('interrupt-then-pitch')).toMatchObject({minCategories: 2})
    expect(byId.get('no-clear-ask')).toMatchObject({minSignals: 1})
    expect(byId.get('sender-first-opening')).toMatchObject({where: 'opening'})
    for (const rule of byId.values()) {
      if (rule.check !== 'metric' && rule.check !== 'link') expect([rule.id, 'max' in rule, 'min' in rule]).toEqual([rule.id, false, false])
      expect([rule.id, 'scope' in rule]).toEqual([rule.id, false])
    }
  })
})

describe('old names still load, with the meaning they had', () => {
  test('in a pack: each old name moves to its new name', () => {
    const old = (rule: Record<string, unknown>) => ruleSchema.parse({...base, ...rule}) as unknown as Record<string, unknown>
    expect(old({check: 'phrase', patterns: ['frobnicate'], scope: 'closing'})).toMatchObject({where: 'closing'})
    expect(old({check: 'ratio', max: 3})).toMatchObject({maxRatio: 3})
    expect(old({check: 'required-signal', signals: ['question-mark'], min: 2})).toMatchObject({minSignals: 2})
    expect(old({check: 'role', roles: ['pitch'], where: 'majority', min: 3})).toMatchObject({minSentences: 3})
    expect(old({check: 'categories', categories: ['spammy', 'product-centric'], min: 2})).toMatchObject({minCategories: 2})
    for (const rule of [old({check: 'phrase', patterns: ['x'], scope: 'opening'}), old({check: 'ratio', max: 3}), old({check: 'role', roles: ['pitch'], min: 2})]) {
      expect(Object.keys(rule)).not.toContain('scope')
      expect(Object.keys(rule)).not.toContain('max')
      expect(Object.keys(rule)).not.toContain('min')
    }
  })

  test('an old name finds what the new name finds', () => {
    const text = 'We frobnicate here. We frobnicate there.'
    expect(found(only({check: 'phrase', patterns: ['frobnicate'], scope: 'closing'}), text)).toEqual([['frobnicate', 23]])
    const self = 'We built it. Our team and I made it for us.'
    expect(found(only({check: 'ratio', max: 2}), self)).toEqual(found(only({check: 'ratio', maxRatio: 2}), self))
    expect(found(only({check: 'ratio', max: 6}), self)).toEqual([])
    expect(found(only({check: 'required-signal', signals: ['question-mark', 'web-link'], min: 2}), 'Do you need shoes?')).toEqual([['Do you need shoes?', 0]])
  })

  test("in a config's options for a built-in rule, the old name replaces the rule's value", () => {
    const linter = createLinter({
      rules: {
        'self-centred': ['warn', {max: 3}],
        'pitch-heavy-body': ['warn', {min: 4}],
        'interrupt-then-pitch': ['warn', {min: 3}],
        'no-clear-ask': ['warn', {min: 2}],
        'sender-first-opening': ['warn', {scope: 'any'}]
      }
    })
    const byId = new Map(linter.rules.map((r) => [r.id, r as unknown as Record<string, unknown>]))
    expect(byId.get('self-centred')).toMatchObject({maxRatio: 3})
    expect(byId.get('pitch-heavy-body')).toMatchObject({minSentences: 4})
    expect(byId.get('interrupt-then-pitch')).toMatchObject({minCategories: 3})
    expect(byId.get('no-clear-ask')).toMatchObject({minSignals: 2})
    expect(byId.get('sender-first-opening')).toMatchObject({where: 'any'})
  })
})

describe('an old name still loads, with a warning the linter gives: one per source and option, naming the rules', () => {
  test("a pack given as data and a config's options for a rule", () => {
    const linter = createLinter({
      packs: [{rules: [{...base, id: 'a', check: 'ratio', max: 2}, {...base, id: 'b', check: 'ratio', max: 3}, {...base, id: 'c', check: 'phrase', patterns: ['frobnicate'], scope: 'opening'}]}],
      rules: {'no-clear-ask': ['warn', {min: 2}], 'pitch-heavy-body': ['warn', {min: 4}], 'self-centred': ['off', {max: 3}]}
    })
    expect(linter.config.warnings).toEqual([
      {source: 'config', message: 'config: packs.0.rules.0 (a), packs.0.rules.1 (b): "max" is the old name of "maxRatio" (deprecated): write "maxRatio"'},
      {source: 'config', message: 'config: packs.0.rules.2 (c): "scope" is the old name of "where" (deprecated): write "where"'},
      {source: 'config', message: 'config: rules.no-clear-ask: "min" is the old name of "minSignals" (deprecated): write "minSignals"'},
      {source: 'config', message: 'config: rules.pitch-heavy-body: "min" is the old name of "minSentences" (deprecated): write "minSentences"'}
    ])
  })

  test('the new names: no warning, and the same findings as the old', () => {
    const text = 'We built it. Our team and I made it for us. Do you have 15 minutes?'
    const old = createLinter({rules: {'self-centred': ['warn', {max: 1}], 'no-clear-ask': ['warn', {min: 2}]}})
    const renamed = createLinter({rules: {'self-centred': ['warn', {maxRatio: 1}], 'no-clear-ask': ['warn', {minSignals: 2}]}})
    expect(renamed.config.warnings).toEqual([])
    expect(createLinter().config.warnings).toEqual([])
    expect(old.lint(text)).toEqual(renamed.lint(text))
    // minSignals 2 (a question alone is not enough) makes no-clear-ask find what it does not by default.
    expect(old.lint(text).messages.map((m) => m.ruleId)).toContain('no-clear-ask')
    expect(createLinter().lint(text).messages.map((m) => m.ruleId)).not.toContain('no-clear-ask')
  })
})

describe('a wrong option is one line naming the source and the field', () => {
  const phrase = {...base, check: 'phrase', patterns: ['frobnicate']} as const

  test('a value out of its set, under the new name or the old', () => {
    expect(error(() => createLinter({packs: [{rules: [{...phrase, where: 'middle'} as never]}]}))).toBe(
      'config: packs.0.rules.0.where: Invalid option: expected one of "any"|"opening"|"closing"|"preamble"'
    )
    expect(error(() => createLinter({packs: [{rules: [{...phrase, scope: 'middle'} as never]}]}))).toBe(
      'config: packs.0.rules.0.scope: Invalid option: expected one of "any"|"opening"|"closing"|"preamble"'
    )
    expect(error(() => createLinter({rules: {'pitch-heavy-body': ['warn', {minSentences: 0}]}}))).toBe('config: rules.pitch-heavy-body: minSentences: Too small: expected number to be >0')
  })

  test('both names at once: no silent choice between two values', () => {
    expect(error(() => createLinter({packs: [{rules: [{...phrase, scope: 'opening', where: 'closing'}]}]}))).toBe(
      'config: packs.0.rules.0.scope: "scope" is the old name of "where": give only "where"'
    )
    expect(error(() => createLinter({rules: {'self-centred': ['warn', {max: 3, maxRatio: 3}]}}))).toBe(
      'config: rules.self-centred: max: "max" is the old name of "maxRatio": give only "maxRatio"'
    )
  })

  test('a required option missing under both names, and an unknown option', () => {
    expect(error(() => createLinter({packs: [{rules: [{...base, check: 'ratio'} as never]}]}))).toBe('config: packs.0.rules.0.maxRatio: required (or its old name "max")')
    expect(error(() => createLinter({packs: [{rules: [{...base, check: 'ratio', maxRatio: 2, maxRatios: 2} as never]}]}))).toBe('config: packs.0.rules.0: Unrecognized key: "maxRatios"')
  })
})
