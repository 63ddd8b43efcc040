/** pattern: a regular expression over the raw text, for what words cannot express ("!!!", "Re:"). */
import type {z} from 'zod'
import {buildEdits} from '../fix/suggest.js'
import type {patternRuleSchema} from '../rules/schema.js'
import {compileSafeRegExp} from '../rules/safe-regex.js'
import type {CheckKind, RawFinding} from './types.js'

type PatternRule = z.infer<typeof patternRuleSchema>

export const pattern: CheckKind<PatternRule> = (rule) => {
  const re = compileSafeRegExp(rule.pattern, rule.flags, rule.id)
  return (ctx) => {
    const facts = rule.target === 'subject' ? ctx.subject : ctx.body
    if (!facts) return []
    const findings: RawFinding[] = []
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(facts.text))) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      const start = m.index
      const end = start + m[0].length
      findings.push({field: rule.target, start, end, data: {match: m[0]}, ...buildEdits(facts, rule.suggestions, start, end, m[0])})
    }
    return findings
  }
}
