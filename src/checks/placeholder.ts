/**
 * placeholder: broken merge fields, fields left in a rendered message, mixed merge-field syntaxes,
 * misspelt field names.
 */
import type {PlaceholderRule} from '../rules/format.js'
import type {Placeholder} from '../parse/placeholders.js'
import type {TextFacts} from '../analyse/facts.js'
import type {CheckKind, CompiledCheck, Field, RawFinding} from './types.js'
import {buildEdits} from '../fix/suggest.js'
import {knownFields, misspeltField, respell, type KnownField} from './field-names.js'
import type {OptionKit} from '../rules/definition.js'

function fieldsOf(ctx: {body: TextFacts; subject?: TextFacts}): Array<[Field, TextFacts]> {
  return ctx.subject ? [['subject', ctx.subject], ['body', ctx.body]] : [['body', ctx.body]]
}

const broken: CompiledCheck = (ctx) => {
  const findings: RawFinding[] = []
  for (const [field, facts] of fieldsOf(ctx)) {
    for (const b of facts.broken) findings.push({field, start: b.start, end: b.end, data: {match: b.raw}})
  }
  return findings
}

const unfilled: CompiledCheck = (ctx) => {
  const findings: RawFinding[] = []
  if (!ctx.rendered) return findings
  for (const [field, facts] of fieldsOf(ctx)) {
    for (const p of facts.placeholders) findings.push({field, start: p.start, end: p.end, data: {match: p.raw}})
  }
  return findings
}

const mixedSyntax: CompiledCheck = (ctx) => {
  const findings: RawFinding[] = []
  const all: Array<[Field, Placeholder]> = []
  for (const [field, facts] of fieldsOf(ctx)) for (const p of facts.placeholders) all.push([field, p])
  const counts = new Map<string, number>()
  for (const [, p] of all) counts.set(p.syntax, (counts.get(p.syntax) ?? 0) + 1)
  if (counts.size < 2) return findings
  // The most used syntax is the template's own; report the others. Ties go to the first seen.
  let main = ''
  let best = -1
  for (const [syntax, n] of counts) if (n > best) [main, best] = [syntax, n]
  for (const [field, p] of all) {
    if (p.syntax !== main) findings.push({field, start: p.start, end: p.end, data: {match: p.raw, expected: main}})
  }
  return findings
}

function misspelt(rule: PlaceholderRule): CompiledCheck {
  const known = knownFields(rule.fields ?? [])
  // The field each spelling misspells (null: none), worked out once per spelling: a template's few
  // fields come back in every draft, and each is compared with every known field's name.
  const meantBy = new Map<string, KnownField | null>()
  const meantOf = (p: Placeholder): KnownField | null => {
    // (Keyed by the spelling alone: the field's name is read from it.)
    let meant = meantBy.get(p.raw)
    if (meant === undefined) {
      meant = misspeltField(p.name, known, p.raw) ?? null
      if (meantBy.size >= 5_000) meantBy.clear()
      meantBy.set(p.raw, meant)
    }
    return meant
  }
  return (ctx) => {
    const findings: RawFinding[] = []
    for (const [field, facts] of fieldsOf(ctx)) {
      for (const p of facts.placeholders) {
        const meant = meantOf(p)
        if (!meant) continue
        const data = {match: p.raw, expected: respell(p.raw, meant)}
        findings.push({field, start: p.start, end: p.end, data, ...buildEdits(facts, rule.suggestions, p.start, p.end, p.raw, data)})
      }
    }
    return findings
  }
}

export const placeholder: CheckKind<PlaceholderRule> = (rule) =>
  rule.mode === 'broken' ? broken : rule.mode === 'unfilled' ? unfilled : rule.mode === 'mixed-syntax' ? mixedSyntax : misspelt(rule)

/** The options of a placeholder rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const placeholderOptions = ({z, definition}: OptionKit) =>
  z
    .object({
      ...definition,
      check: z.literal('placeholder'),
      mode: z.enum(['broken', 'unfilled', 'mixed-syntax', 'misspelt']),
      /**
       * For `misspelt`: the field names a template may use, as written ("first_name"). A field one
       * edit away from one of these (two for long names) is reported as its misspelling.
       */
      fields: z.array(z.string().regex(/[A-Za-z]/, 'must name a field')).min(1).optional()
    })
    .strict()
    .refine((rule) => rule.mode !== 'misspelt' || rule.fields !== undefined, {
      message: 'mode "misspelt" needs the list of known `fields`',
      path: ['fields']
    })
