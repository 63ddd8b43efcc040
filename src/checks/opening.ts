/**
 * The opening sentence as the checks read it: the roles' opening (roles.ts openingOf), unless a
 * guide line stands before it. A guide line ("[[What you noticed about them: ...]]") is what the
 * person writes first, about the reader; the sentence after it is no longer the message's opening.
 * So is a line that is only a merge field about the reader ("{{personalized_opener}}",
 * "[Personalized observation]"): filled in, it is the opening.
 */
import type {TextFacts} from '../analyse/facts.js'
import {onlyField, openingOf, type Roles, type SentenceRole} from '../analyse/roles.js'

export function openingSentence(roles: Roles, facts: TextFacts): SentenceRole | undefined {
  const first = openingOf(roles, facts.text)
  if (!first) return undefined
  if (facts.guides.some((g) => g.start < first.start)) return undefined
  return readerFieldLineBefore(roles, facts, first.start) ? undefined : first
}

function readerFieldLineBefore(roles: Roles, facts: TextFacts, before: number): boolean {
  for (const s of roles.sentences) {
    if (s.start >= before) return false
    if (s.role === 'greeting' || !onlyField(facts.text, s)) continue
    const i = facts.placeholders.findIndex((p) => p.start >= s.start && p.end <= s.end)
    if (i >= 0 && roles.fields[i]?.role === 'recipient-detail') return true
  }
  return false
}
