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
import {configSchema, type Example, type RuleInput, type RulePack, type RulePackInput, type RuleSpec} from '../src/config.js'
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
})
