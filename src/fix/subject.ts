/** A subject from the draft, for a draft whose subject says nothing about the reader. */
import type {TextFacts} from '../analyse/facts.js'
import type {Roles} from '../analyse/roles.js'
import type {Token} from '../analyse/grammar.js'

/** Things every reader has: a subject of one of them says nothing about this reader. */
const EVERYONE_HAS = new Set(['inbox', 'website', 'site', 'email', 'e-mail', 'business', 'company', 'team', 'time', 'day', 'week', 'profile', 'page', 'work', 'role', 'job', 'customers', 'clients', 'product', 'brand', 'message', 'calendar', 'thoughts', 'feedback', 'opinion'])


/**
 * A subject for a draft whose subject says nothing ("Quick question"): the reader's own thing the
 * draft observes ("your Leeds depot" -> "Your Leeds depot"), from the first observation that names one.
 */
export function subjectFromDraft(facts: TextFacts, roles: Roles, tokens: Token[], old = ''): string | undefined {
  const subject = observedThing(facts, roles, tokens)
  // (Never one that loses what only the old subject had, its merge field or its figure: "Quick question about {address}"
  // keeps its address (round 16's judges, r1457). A bracketed note to the writer, "[Compelling headline]", is neither.)
  const detail = /\{\{?[^{}\n]+\}\}?|\d+/g
  return subject !== undefined && [...old.matchAll(detail)].every((m) => subject.includes(m[0])) ? subject : undefined
}

function observedThing(facts: TextFacts, roles: Roles, tokens: Token[]): string | undefined {
  for (const s of roles.sentences) {
    if (s.role !== 'observation') continue
    const inside = tokens.filter((t) => t.start >= s.start && t.end <= s.end)
    const at = inside.findIndex((t) => t.norm === 'your')
    if (at < 0) continue
    const phrase: Token[] = []
    for (const t of inside.slice(at + 1)) {
      if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM') break
      phrase.push(t)
      if (phrase.length === 4) break
    }
    // A verb the model read as a plural noun ("your website loads in nine seconds") ends no phrase.
    const next = inside[at + 1 + phrase.length]
    if (phrase.length >= 2 && /s$/.test(phrase[phrase.length - 1].norm) && (next?.pos === 'ADP' || next?.pos === 'DET' || next?.pos === 'ADV')) phrase.pop()
    // The phrase ends on its noun: "your Leeds depot", not "your Leeds".
    while (phrase.length > 0 && phrase[phrase.length - 1].pos !== 'NOUN') phrase.pop()
    // One word every reader has ("Your inbox", "Your website") names nothing of theirs: it reads as spam.
    if (phrase.length === 0 || (phrase.length === 1 && EVERYONE_HAS.has(phrase[0].norm))) continue
    // (With the merge field that says which, "your property at {address}": that is what is theirs.)
    const end = phrase[phrase.length - 1].end
    const which = /^ (?:at|in|on) (\{\{?[^{}\n]+\}\}?)/.exec(facts.text.slice(end, end + 60))
    return 'Your ' + facts.text.slice(phrase[0].start, which ? end + which[0].length : end)
  }
  return undefined
}
