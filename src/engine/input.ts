/** What the linter accepts: a string, or an input object checked field by field before any rule runs. */
import {CHANNELS, type LintInput} from '../types.js'

export function normaliseInput(input: string | LintInput): LintInput {
  if (typeof input === 'string') return {text: input}
  if (input === null || typeof input !== 'object' || typeof input.text !== 'string') {
    throw new TypeError('outreach-lint: expected a string or an object with a string `text`')
  }
  const problem = inputProblem(input)
  if (problem) throw new TypeError(`outreach-lint: ${problem}`)
  return input
}

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value)

/**
 * What is wrong with an input object, in one line naming the field, or undefined. A channel the
 * linter does not know ('SMS', 'fax') would silently change which rules run, and a wrong type deep
 * in `recipient` would throw from inside a rule.
 */
function inputProblem(input: LintInput): string | undefined {
  const {subject, channel, recipient, step, rendered} = input
  if (subject !== undefined && subject !== null && typeof subject !== 'string') return `input.subject: expected a string or null, got ${describe(subject)}`
  if (channel !== undefined && !(CHANNELS as readonly unknown[]).includes(channel)) return `input.channel: unknown channel ${describe(channel)} (one of ${CHANNELS.join(', ')})`
  if (step !== undefined && !(Number.isInteger(step) && step >= 1)) return `input.step: expected a whole number from 1, got ${describe(step)}`
  if (rendered !== undefined && typeof rendered !== 'boolean') return `input.rendered: expected true or false, got ${describe(rendered)}`
  if (recipient === undefined) return undefined
  if (recipient === null || typeof recipient !== 'object' || Array.isArray(recipient)) return `input.recipient: expected an object, got ${describe(recipient)}`
  for (const key of ['name', 'company', 'role'] as const) {
    const value = recipient[key]
    if (value !== undefined && typeof value !== 'string') return `input.recipient.${key}: expected a string, got ${describe(value)}`
  }
  const facts = recipient.facts
  if (facts !== undefined && (!Array.isArray(facts) || facts.some((f) => typeof f !== 'string'))) return `input.recipient.facts: expected an array of strings, got ${describe(facts)}`
  return undefined
}
