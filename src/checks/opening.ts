/**
 * The opening sentence as the checks read it: the roles' opening (roles.ts openingOf), unless a
 * guide line stands before it. A guide line ("[[What you noticed about them: ...]]") is what the
 * person writes first, about the reader; the sentence after it is no longer the message's opening.
 */
import {GUIDE_LINES} from '../analyse/facts.js'
import {openingOf, type Roles, type SentenceRole} from '../analyse/roles.js'

export function openingSentence(roles: Roles, text: string): SentenceRole | undefined {
  const first = openingOf(roles, text)
  if (!first || !text.includes('[[')) return first
  for (const m of text.matchAll(GUIDE_LINES)) if (m.index < first.start) return undefined
  return first
}
