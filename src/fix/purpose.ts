/**
 * The sentence that says why the sender writes is kept: without it the rewrite no longer says why it
 * was sent (round 16's judges, on drafts nobody tuned on). A purpose is said as
 *
 * - the last note of a sequence: "so this will be my last note for now" (r1290);
 * - the reason to connect: "I work with similar companies on outbound, thought it'd be worth
 *   connecting." (r1329);
 * - what the sender wants to learn from them: "I'd love to learn how you run on-call."
 *
 * Where no kept sentence says one, the first that went as pitch or filler comes back, whole, or with
 * the clause of it that went (a clause the plan cut as a guilt trip, when it was the last-note line),
 * unless what comes back holds an error of the mission's categories: that cut is what the mission needs.
 * Not a time ask or a question: those are the ask, which the new ask says on its own (ask.ts keeps
 * what a meeting was to learn, "How have you structured the team?", r1364).
 */
import type {SentenceRole} from '../analyse/roles.js'
import type {Draft, State} from './draft.js'
import {keepLine} from './cohere.js'
import {SAYS_LAST} from './sentence.js'

/** Why the sender writes, said as such: a last note (not "my last email", the one before), a reason to connect, a wish to learn how they do something. */
const PURPOSE = new RegExp(
  [
    SAYS_LAST.source,
    String.raw`\b(?:thought (?:it['’]d|it would|I['’]d)|(?:would|['’]d) (?:love|like)|wanted|hoping|worth)\s+(?:be\s+)?(?:worth\s+|good\s+|great\s+)?(?:to\s+)?connect(?:ing)?\b`,
    String.raw`\b(?:love|like|want|wanted|hoping|trying) to (?:learn|understand|hear) (?:how|what|why) you\b`
  ].join('|'),
  'i'
)

/** The categories of the linter's mission: what the rewrite is there to mend. */
const MISSION = new Set(['product-centric', 'cold-interruption', 'missing-relevance'])

export function keepPurpose(d: Draft, st: State): void {
  const {text, body} = d
  const said = (s: SentenceRole) => PURPOSE.exec(text.slice(s.start, s.end))
  /** The edit inside the sentence that takes out what says its purpose, if any. */
  const cutClause = (s: SentenceRole, from: number, to: number) => st.leadIns.findIndex((e) => e.start <= from && e.end >= to && e.start >= s.start && e.end <= s.end)
  const candidates: Array<{s: SentenceRole; clause: number}> = []
  for (const s of body) {
    const m = said(s)
    if (!m || d.isGuide(s) || st.timeAsks.includes(s) || /\?/.test(text.slice(s.start, s.end))) continue
    const from = s.start + m.index
    const clause = cutClause(s, from, from + m[0].length)
    const decision = st.decided.get(s)
    // A kept sentence that says it whole: the rewrite says why it was sent.
    if ((decision === 'keep' || decision === 'move') && clause < 0) return
    // (Not one that holds an error of the mission, "I've reached out a few times, so this is my last
    // email": brought back, it brings the habit back; nor a clause that does.)
    const [back, to] = clause >= 0 ? [st.leadIns[clause].start, st.leadIns[clause].end] : [s.start, s.end]
    if ((decision === 'remove' || clause >= 0) && !d.rulesIn(s).some((f) => f.severity === 'error' && MISSION.has(f.category) && f.start < to && f.end > back)) candidates.push({s, clause})
  }
  const first = candidates[0]
  if (first === undefined) return
  if (first.clause < 0) {
    keepLine(d, st, first.s)
    return
  }
  // (The change that named the clause goes too: at the sentence's start it named the clause without what joined it on.)
  const [edit] = st.leadIns.splice(first.clause, 1)
  const cut = text.slice(edit.start, edit.end)
  st.changes = st.changes.filter((c) => c.kind !== 'removed' || c.before === '' || !cut.includes(c.before))
}
