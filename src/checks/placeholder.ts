/** placeholder: broken merge fields, fields left in a rendered message, mixed merge-field syntaxes. */
import type {z} from 'zod'
import type {placeholderRuleSchema} from '../rules/schema.js'
import type {Placeholder} from '../parse/placeholders.js'
import type {TextFacts} from '../analyse/facts.js'
import type {CheckKind, Field, RawFinding} from './types.js'

type PlaceholderRule = z.infer<typeof placeholderRuleSchema>

function fieldsOf(ctx: {body: TextFacts; subject?: TextFacts}): Array<[Field, TextFacts]> {
  return ctx.subject ? [['subject', ctx.subject], ['body', ctx.body]] : [['body', ctx.body]]
}

export const placeholder: CheckKind<PlaceholderRule> = (rule) => (ctx) => {
  const findings: RawFinding[] = []
  if (rule.mode === 'broken') {
    for (const [field, facts] of fieldsOf(ctx)) {
      for (const b of facts.broken) findings.push({field, start: b.start, end: b.end, data: {match: b.raw}})
    }
  } else if (rule.mode === 'unfilled') {
    if (!ctx.rendered) return []
    for (const [field, facts] of fieldsOf(ctx)) {
      for (const p of facts.placeholders) findings.push({field, start: p.start, end: p.end, data: {match: p.raw}})
    }
  } else {
    const all: Array<[Field, Placeholder]> = []
    for (const [field, facts] of fieldsOf(ctx)) for (const p of facts.placeholders) all.push([field, p])
    const counts = new Map<string, number>()
    for (const [, p] of all) counts.set(p.syntax, (counts.get(p.syntax) ?? 0) + 1)
    if (counts.size < 2) return []
    // The most used syntax is the template's own; report the others. Ties go to the first seen.
    let main = ''
    let best = -1
    for (const [syntax, n] of counts) if (n > best) [main, best] = [syntax, n]
    for (const [field, p] of all) {
      if (p.syntax !== main) findings.push({field, start: p.start, end: p.end, data: {match: p.raw, expected: main}})
    }
  }
  return findings
}
