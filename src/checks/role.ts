/**
 * role: report sentences by what they do, read from the grammatical layer (src/analyse/roles.ts):
 * the opening sentence is a pitch, an ask books the reader's time, most of the body is about the sender.
 */
import type {RoleRule} from '../rules/format.js'
import {isContent, openingOf, type SentenceRole} from '../analyse/roles.js'
import type {CheckKind, RawFinding} from './types.js'

export const role: CheckKind<RoleRule> = (rule) => {
  const wanted = new Set<string>(rule.roles)
  const matches = (s: SentenceRole) => wanted.has(s.role) && (rule.ask === undefined || s.ask === rule.ask)
  return (ctx) => {
    const sentences = ctx.roles.sentences
    const out: RawFinding[] = []
    if (rule.where === 'opening') {
      const first = openingOf(ctx.roles, ctx.body.text)
      if (first && matches(first)) out.push({field: 'body', start: first.start, end: first.end})
      return out
    }
    if (rule.where === 'majority') {
      const content = sentences.filter(isContent)
      const hits = content.filter(matches)
      if (hits.length >= rule.min && hits.length * 2 > content.length) {
        out.push({field: 'body', start: hits[0].start, end: hits[hits.length - 1].end, data: {count: hits.length, total: content.length}})
      }
      return out
    }
    for (const s of sentences) if (matches(s)) out.push({field: 'body', start: s.start, end: s.end})
    return out
  }
}
