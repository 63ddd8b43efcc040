/**
 * role: report sentences by what they do, read from the grammatical layer (src/analyse/roles.ts):
 * the opening sentence is a pitch, an ask books the reader's time, most of the body is about the sender.
 */
import type {RoleRule} from '../rules/format.js'
import {isContent, type SentenceRole} from '../analyse/roles.js'
import {openingSentence} from './opening.js'
import type {CheckKind, RawFinding} from './types.js'
import type {OptionKit} from '../rules/definition.js'

export const role: CheckKind<RoleRule> = (rule) => {
  const wanted = new Set<string>(rule.roles)
  const matches = (s: SentenceRole) => wanted.has(s.role) && (rule.ask === undefined || (s.ask === rule.ask && !s.passive)) && (rule.chase === undefined || s.chase === rule.chase)
  return (ctx) => {
    const sentences = ctx.roles.sentences
    const out: RawFinding[] = []
    if (rule.where === 'opening') {
      const first = openingSentence(ctx.roles, ctx.body)
      if (first && matches(first)) out.push({field: 'body', start: first.start, end: first.end})
      return out
    }
    if (rule.where === 'majority') {
      const content = sentences.filter(isContent)
      const hits = content.filter(matches)
      if (hits.length >= rule.minSentences && hits.length * 2 > content.length) {
        out.push({field: 'body', start: hits[0].start, end: hits[hits.length - 1].end, data: {count: hits.length, total: content.length}})
      }
      return out
    }
    if (rule.where === 'several') {
      const hits = sentences.filter(matches)
      // A point told in several sentences counts once, in the finding's count too; a sentence that
      // lists two customers by their fields is two ("Teams like {{customer_1}} and {{customer_2}}").
      const points = hits.reduce((n, s) => n + (s.continues ? 0 : (s.listed ?? 0) >= 2 ? 2 : 1), 0)
      if (points >= rule.minSentences) out.push({field: 'body', start: hits[0].start, end: hits[hits.length - 1].end, data: {count: points}})
      return out
    }
    for (const s of sentences) if (matches(s)) out.push({field: 'body', start: s.start, end: s.end})
    return out
  }
}

/** Options renamed, by old name: `min` is a measured limit per channel (metric); this is a count of sentences. */
export const roleOldNames = {min: 'minSentences'} as const

/** The options of a role rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const roleOptions = ({z, definition, role, withOldNames}: OptionKit) =>
  withOldNames(
    z
      .object({
        ...definition,
        check: z.literal('role'),
        /** The sentence roles this rule reports. */
        roles: z.array(role).min(1),
        /** For `ask`: only asks of this kind (time: a call, a meeting, a duration, the reader's calendar; not a meeting only offered: one choice beside another, the writer's readiness, or on a condition of their interest, the roles' `passive`). */
        ask: z.enum(['time', 'interest', 'offer']).optional(),
        /** For `chaser`: only chases of this kind (reply: "did you see my email", "haven't heard back"; bump: "just following up"). */
        chase: z.enum(['reply', 'bump']).optional(),
        /**
         * opening: the first body sentence has one of the roles; any: every sentence that has one;
         * majority: more than half of the body's content sentences have one (and at least `minSentences`);
         * several: at least `minSentences` sentences have one, a sentence that goes on with the point
         * before it not counted again (one finding covering them).
         */
        where: z.enum(['opening', 'any', 'majority', 'several']).default('any'),
        /** For `majority` and `several`: the fewest sentences with one of the roles. */
        minSentences: z.number().int().positive().optional(),
        /** @deprecated The old name of `minSentences`. */
        min: z.number().int().positive().optional()
      })
      .strict(),
    roleOldNames,
    {minSentences: 1}
  )
