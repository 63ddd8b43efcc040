/**
 * outreach-lint/examples: the built-in rules' own examples, the drafts each rule must flag
 * (`invalid`) and must leave alone (`valid`). They document and test the rules and take no part in
 * linting, so they are an entry of their own: the core (`outreach-lint`) holds the built-in rules
 * without them, and a page that only lints does not carry them. A pack's rules keep their own
 * examples (`linter.rules[i].examples`); these are the built-in ones.
 */
import examples from './rules/examples.generated.js'
import type {RuleExamples} from './rules/format.js'

// Validated with their rules by the build (scripts/build-rules.mjs --validated); from sources,
// when the rules are (rules/pack.ts).
const byId = examples as Record<string, RuleExamples>

/** The examples of the built-in rule `ruleId`; undefined when no built-in rule has that id. */
export function ruleExamples(ruleId: string): RuleExamples | undefined {
  return Object.hasOwn(byId, ruleId) ? byId[ruleId] : undefined
}

/** Every built-in rule's examples, by rule id, in the order of the rule ids. */
export function builtinExamples(): Map<string, RuleExamples> {
  return new Map(Object.entries(byId))
}

export type {Example, RuleExamples} from './rules/format.js'
