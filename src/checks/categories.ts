/**
 * categories: a verdict on the draft as a whole, read from what the other rules found. A draft with
 * findings in `minCategories` or more of the named categories (about the sender, a cold interruption, nothing
 * about the reader, spam) is the interrupt-then-pitch message LABELLING.md calls "bad", even when
 * each finding alone is only a warning. A category of `countTwice` counts twice when two different
 * rules found something in it: a logo list and a sender-first opening are two habits of one kind
 * (LABELLING.md section 8 counts instances, not kinds). The engine runs these rules last (engine.ts).
 */
import type {CategoriesRule} from '../rules/format.js'
import type {CheckKind, Field, RawFinding} from './types.js'
import type {OptionKit} from '../rules/definition.js'

/** What each mission category means to the person who wrote the draft. */
const PLAIN: Partial<Record<string, string>> = {
  'product-centric': 'it is about you',
  'cold-interruption': 'it interrupts cold',
  'missing-relevance': 'nothing in it is about them',
  spammy: 'it looks like a mass mailing'
}

export const categories: CheckKind<CategoriesRule> = (rule) => {
  const wanted = new Set<string>(rule.categories)
  const twice = new Set<string>(rule.countTwice)
  return (ctx) => {
    const out: RawFinding[] = []
    /** The rules that found something, by category. */
    const seen = new Map<string, Set<string>>()
    // The finding covers the body's findings of those categories, or the subject's when all are there.
    const range: Record<Field, [number, number]> = {body: [Infinity, -1], subject: [Infinity, -1]}
    for (const m of ctx.findings ?? []) {
      if (!wanted.has(m.category)) continue
      const rules = seen.get(m.category) ?? new Set<string>()
      rules.add(m.ruleId)
      seen.set(m.category, rules)
      const r = range[m.field]
      r[0] = Math.min(r[0], m.start)
      r[1] = Math.max(r[1], m.end)
    }
    const doubled = (c: string) => twice.has(c) && (seen.get(c)?.size ?? 0) >= 2
    let count = 0
    for (const c of seen.keys()) count += doubled(c) ? 2 : 1
    if (count < rule.minCategories) return out
    const field: Field = range.body[1] >= 0 ? 'body' : 'subject'
    const named = rule.categories.filter((c) => seen.has(c))
    const words = named.map((c) => (PLAIN[c] ?? c) + (doubled(c) && named.length === 1 ? ' in more than one way' : ''))
    const problems = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words.join('')
    out.push({field, start: range[field][0], end: range[field][1], data: {categories: named.join(', '), count: named.length, problems}})
    return out
  }
}

/** Options renamed, by old name: `min` is a measured limit per channel (metric); this is a count of categories. */
export const categoriesOldNames = {min: 'minCategories'} as const

/** The options of a categories rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const categoriesOptions = ({z, definition, category, withOldNames}: OptionKit) =>
  withOldNames(
    z
      .object({
        ...definition,
        check: z.literal('categories'),
        /** The categories whose findings count; the rule fires when `minCategories` of them have one. */
        categories: z.array(category).min(2),
        minCategories: z.number().int().min(2).optional(),
        /** Categories that count twice when two different rules found something in them. */
        countTwice: z.array(category).default([]),
        /** @deprecated The old name of `minCategories`. */
        min: z.number().int().min(2).optional()
      })
      .strict(),
    categoriesOldNames,
    {minCategories: 2}
  )
