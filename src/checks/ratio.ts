/**
 * ratio: self-references (I, we, our) far above recipient-references (you, your), counted on words.
 * With `roles`, only self-references in sentences of those roles count: "I'll stop reaching out"
 * is about the sender, but it is not the sender's business or wants (LABELLING.md P4).
 */
import type {RatioRule} from '../rules/format.js'
import {SELF, termFlags} from '../analyse/signals.js'
import {openingRange} from './body-range.js'
import type {CheckContext, CheckKind} from './types.js'
import type {OptionKit} from '../rules/definition.js'

function selfIn(ctx: CheckContext, roles: Set<string>): number {
  const facts = ctx.body
  const flags = termFlags(facts, ctx.vocabulary)
  let self = 0
  for (const role of ctx.roles.sentences) {
    if (!roles.has(role.role)) continue
    const sentence = facts.sentences[role.sentence]
    for (let t = sentence.termFrom; t < sentence.termTo; t++) {
      if ((flags[t] & SELF) === 0) continue
      const word = facts.words[facts.terms[t].word]
      if (!word.quoted && word.start >= facts.bodyStart && word.start < facts.signatureStart) self++
    }
  }
  return self
}

export const ratio: CheckKind<RatioRule> = (rule) => {
  const roles = rule.roles ? new Set<string>(rule.roles) : undefined
  return (ctx) => {
    const recipient = ctx.references.recipient
    const self = roles ? selfIn(ctx, roles) : ctx.references.self
    if (self < rule.minSelf || self <= rule.maxRatio * Math.max(1, recipient)) return []
    const [start, end] = openingRange(ctx.body)
    return [{field: 'body', start, end, data: {self, recipient}}]
  }
}

/** Options renamed, by old name: `max` is a measured limit per channel (metric, link); this is a multiple. */
export const ratioOldNames = {max: 'maxRatio'} as const

/** The options of a ratio rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const ratioOptions = ({z, definition, role, withOldNames}: OptionKit) =>
  withOldNames(
    z
      .object({
        ...definition,
        check: z.literal('ratio'),
        /** Report when self-references exceed this multiple of recipient-references. */
        maxRatio: z.number().positive().optional(),
        /** @deprecated The old name of `maxRatio`. */
        max: z.number().positive().optional(),
        /** ...and there are at least this many self-references. */
        minSelf: z.number().int().nonnegative().default(3),
        /** Count only self-references in sentences of these roles (what the sender is, does or has). */
        roles: z.array(role).min(1).optional()
      })
      .strict(),
    ratioOldNames
  )
