/**
 * Every rule's own examples, run the way ESLint's RuleTester runs `valid` and `invalid`:
 * each invalid example must produce findings of that rule (exactly the `match` texts when given, and
 * the `output` after rewrite when given); each valid example must produce none. The examples are
 * read as a consumer reads them, from `outreach-lint/examples` (src/examples.ts).
 */
import {describe, expect, test} from 'vitest'
import {createLinter, type Example, type LintInput, type RuleSpec} from '../src/index.js'
import {builtinRules} from '../src/config.js'
import {builtinExamples, ruleExamples} from '../src/examples.js'

const pack = builtinRules()

function inputOf(example: Example, rule: RuleSpec): LintInput {
  const e = typeof example === 'string' ? {text: example} : example
  const {match: _match, output: _output, ...input} = e
  return {channel: rule.channels?.[0] ?? 'email', ...input}
}

function soloLinter(rule: RuleSpec) {
  return createLinter({noBuiltin: true, packs: [{rules: [rule], signals: pack.signals, vocabulary: pack.vocabulary}]})
}

// A rule about the draft as a whole (check: categories) reads the other rules' findings, so its
// examples run with the whole built-in pack.
describe.each(pack.rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  const linter = rule.check === 'categories' ? createLinter() : soloLinter(rule)
  const examples = ruleExamples(rule.id)!
  test.each(examples.invalid.map((e, i) => [i, e] as const))('invalid example %i triggers it', (_i, example) => {
    const input = inputOf(example, rule)
    const found = linter.lint(input).messages.filter((m) => m.ruleId === rule.id)
    expect(found.length, JSON.stringify(input.text)).toBeGreaterThan(0)
    // Every slot of the message is filled: no literal "{match}" reaches a user.
    for (const m of found) expect(m.message).not.toMatch(/(?<!\{)\{[a-z]+\}(?!\})/)
    if (typeof example !== 'string' && example.match !== undefined) {
      expect(found.map((m) => m.actual)).toEqual([example.match].flat())
    }
    if (typeof example !== 'string' && example.output !== undefined) {
      expect(linter.rewrite(input).text).toBe(example.output)
    }
  })
  test.each(examples.valid.map((e, i) => [i, e] as const))('valid example %i does not', (_i, example) => {
    const input = inputOf(example, rule)
    const found = linter.lint(input).messages.filter((m) => m.ruleId === rule.id)
    expect(found.map((m) => m.actual), JSON.stringify(input.text)).toEqual([])
  })
})

test("outreach-lint/examples has every built-in rule's examples, and the core's linters hold none of them", () => {
  const linter = createLinter()
  const ids = linter.rules.map((r) => r.id)
  expect([...builtinExamples().keys()]).toEqual([...ids].sort())
  for (const [id, examples] of builtinExamples()) {
    expect(examples.invalid.length, id).toBeGreaterThan(0)
    expect(examples.valid.length, id).toBeGreaterThan(0)
    expect(ruleExamples(id)).toBe(examples)
  }
  expect(ruleExamples('no-such-rule')).toBeUndefined()
  expect(ruleExamples('constructor')).toBeUndefined()
  expect(linter.rules.filter((r) => r.examples !== undefined).map((r) => r.id)).toEqual([])
  // The config entry's pack is the rules with their examples: a pack the schema accepts as it is.
  expect(pack.rules.map((r) => [r.id, r.examples])).toEqual(pack.rules.map((r) => [r.id, ruleExamples(r.id)]))
})

test('the built-in pack has at least 25 rules in every category', () => {
  expect(pack.rules.length).toBeGreaterThanOrEqual(25)
  const categories = new Set(pack.rules.map((r) => r.category))
  expect([...categories].sort()).toEqual(
    ['cold-interruption', 'missing-relevance', 'overall', 'product-centric', 'readability', 'spammy', 'subject-line', 'template-hygiene'].sort()
  )
})
