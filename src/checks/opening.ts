/**
 * The opening sentence as the checks read it: the roles' opening (roles.ts openingOf), unless a
 * guide line stands before it. A guide line ("[[What you noticed about them: ...]]") is what the
 * person writes first, about the reader; the sentence after it is no longer the message's opening.
 */
import type {TextFacts} from '../analyse/facts.js'
import {openingOf, type Roles, type SentenceRole} from '../analyse/roles.js'

export function openingSentence(roles: Roles, facts: TextFacts): SentenceRole | undefined {
  const first = openingOf(roles, facts.text)
  return first && facts.guides.some((g) => g.start < first.start) ? undefined : first
}
