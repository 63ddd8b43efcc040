/**
 * `input-too-large`: the one finding of a message longer than the config's `maxLength`, which is not
 * analysed. Not a rule of any pack; the linter reports it and the CLI's reports describe it.
 */
import type {LintMessage} from '../types.js'

export const INPUT_TOO_LARGE = {
  id: 'input-too-large',
  category: 'readability',
  severity: 'error',
  why: 'Nobody reads an outreach message this long, and analysing it would cost more than it tells.'
} as const

/** The finding of a message of `length` characters, over `limit`. */
export function inputTooLarge(length: number, limit: number): LintMessage {
  return {
    ruleId: INPUT_TOO_LARGE.id,
    category: INPUT_TOO_LARGE.category,
    severity: INPUT_TOO_LARGE.severity,
    message: `The message is ${length} characters, above the limit of ${limit}; it was not analysed.`,
    why: INPUT_TOO_LARGE.why,
    field: 'body',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    start: 0,
    end: 0,
    actual: '',
    suggestions: []
  }
}
