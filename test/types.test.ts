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
import {configSchema} from '../src/config.js'

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
