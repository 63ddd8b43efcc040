/** The public API's types: what a CRM engineer's TypeScript sees. */
import {expectTypeOf, test} from 'vitest'
import {
  createLinter,
  lint,
  rewrite,
  type Category,
  type Config,
  type LintInput,
  type LintMessage,
  type LintResult,
  type Linter,
  type RewriteResult,
  type Severity
} from '../src/index.js'
import {configSchema, type Example, type LinterRule, type RuleExamples, type RuleInput, type RulePack, type RulePackInput, type RuleSpec} from '../src/config.js'
import {builtinExamples, ruleExamples} from '../src/examples.js'
import type {SuggestionSpec, Threshold, ValidConfig} from '../src/rules/format.js'
import type * as schema from '../src/rules/schema.js'
import type {z} from 'zod'

test('lint, rewrite and createLinter have the documented shapes', () => {
  expectTypeOf(lint).parameter(0).toEqualTypeOf<string | LintInput>()
  expectTypeOf(lint).returns.toEqualTypeOf<LintResult>()
  expectTypeOf(rewrite('x')).toEqualTypeOf<string>()
  expectTypeOf(rewrite({text: 'x'})).toEqualTypeOf<RewriteResult>()
  expectTypeOf(createLinter).returns.toEqualTypeOf<Linter>()
  expectTypeOf(createLinter).parameter(0).toEqualTypeOf<Config | undefined>()
  expectTypeOf<LintResult['messages']>().toEqualTypeOf<LintMessage[]>()
  expectTypeOf<LintMessage['severity']>().toEqualTypeOf<Severity>()
  expectTypeOf<Severity>().toEqualTypeOf<'error' | 'warning' | 'info'>()
  expectTypeOf<LintMessage['category']>().toEqualTypeOf<Category>()
  expectTypeOf<LintMessage>().toHaveProperty('suggestions').toEqualTypeOf<Array<{message: string; replacement: string; start: number; end: number}>>()
  expectTypeOf<LintMessage['fix']>().toEqualTypeOf<{start: number; end: number; replacement: string} | undefined>()
  expectTypeOf(configSchema.parse).returns.toHaveProperty('channel')
})

test('the format\'s types (declared without zod, src/rules/format.ts) are exactly what the schema infers', () => {
  type Rule = z.output<typeof schema.ruleSchema>
  expectTypeOf<Config>().branded.toEqualTypeOf<z.input<typeof schema.configSchema>>()
  expectTypeOf<ValidConfig>().branded.toEqualTypeOf<z.output<typeof schema.configSchema>>()
  expectTypeOf<RulePackInput>().branded.toEqualTypeOf<z.input<typeof schema.packSchema>>()
  expectTypeOf<RulePack>().branded.toEqualTypeOf<z.output<typeof schema.packSchema>>()
  expectTypeOf<RuleInput>().branded.toEqualTypeOf<z.input<typeof schema.ruleSchema>>()
  expectTypeOf<RuleSpec>().branded.toEqualTypeOf<z.output<typeof schema.ruleSchema>>()
  expectTypeOf<Example>().branded.toEqualTypeOf<z.input<typeof schema.exampleSchema>>()
  expectTypeOf<Example>().branded.toEqualTypeOf<z.output<typeof schema.exampleSchema>>()
  expectTypeOf<SuggestionSpec>().branded.toEqualTypeOf<NonNullable<Rule['suggestions']>[number]>()
  expectTypeOf<Threshold | undefined>().branded.toEqualTypeOf<Extract<Rule, {check: 'metric'}>['max']>()
  expectTypeOf<RuleExamples>().branded.toEqualTypeOf<Rule['examples']>()
})

test("a linter's rules may come without their examples; outreach-lint/examples gives the built-in ones", () => {
  expectTypeOf<Linter['rules'][number]>().toEqualTypeOf<LinterRule>()
  expectTypeOf<LinterRule['examples']>().toEqualTypeOf<RuleExamples | undefined>()
  expectTypeOf<RuleSpec['examples']>().toEqualTypeOf<RuleExamples>()
  // A validated rule is a rule a linter can hold; one without examples is not a pack's rule.
  expectTypeOf<RuleSpec>().toExtend<LinterRule>()
  expectTypeOf<LinterRule>().not.toExtend<RuleSpec>()
  expectTypeOf(ruleExamples).returns.toEqualTypeOf<RuleExamples | undefined>()
  expectTypeOf(builtinExamples).returns.toEqualTypeOf<Map<string, RuleExamples>>()
})
