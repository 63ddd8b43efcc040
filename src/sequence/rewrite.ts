/**
 * The rewrite of a bump: a follow-up that adds nothing is replaced by guide lines ([[...]], which the
 * writer fills in) for what the whole sequence is still missing: something about the reader, a
 * result, a resource, a question they can answer in a line.
 */
import type {Suggestion} from '../types.js'
import {contentRange, type CheckStep} from './analyse.js'
import {CHASE_ROLE, OFFER_ASK, PROOF_ROLE, ASK_ROLE, TIME_ASK} from './roles.js'

interface Missing {
  what: string
  line: string
}

const GUIDES: Array<Missing & {has: (step: CheckStep) => boolean}> = [
  {
    what: 'something about them',
    line: '[[Something about them no earlier step said: a post, a hire, a number from their world.]]',
    has: (s) => s.facts!.recipientFact || s.facts!.sentences.some((x) => x.aboutThem)
  },
  {
    what: 'a result',
    line: '[[One result a team like theirs got, with its number.]]',
    has: (s) => s.facts!.sentences.some((x) => x.role === PROOF_ROLE)
  },
  {
    what: 'a resource',
    line: '[[A resource they can use without a call: a checklist, a benchmark, a short teardown. Offer to send it.]]',
    has: (s) => s.facts!.links.length > 0 || s.facts!.sentences.some((x) => x.role === ASK_ROLE && x.ask === OFFER_ASK)
  },
  {
    what: 'a question they can answer in a line',
    line: '[[One question about their work they can answer in a line.]]',
    has: (s) => s.facts!.sentences.some((x) => x.question && x.role !== CHASE_ROLE && x.ask !== TIME_ASK)
  }
]

/**
 * When the sequence lacks none of those (or earlier bumps took them), a new angle: the first is the
 * general one, the others each one angle, so that two bumps do not get the same line.
 */
const ANGLES: Missing[] = [
  {what: 'a new angle', line: "[[A new angle no earlier step took: a different problem of theirs, a recent change at their company, a peer's result.]]"},
  {what: 'a problem of theirs no step named', line: '[[A different problem of theirs, one no earlier step named.]]'},
  {what: 'a recent change at their company', line: '[[A recent change at their company, and what it means for their work.]]'},
  {what: "a peer's result", line: "[[What a peer of theirs changed, and the result, with its number.]]"}
]

/** What no step of the sequence has yet, in the order a follow-up should add it. */
function missingFromSequence(steps: CheckStep[]): Missing[] {
  const texts = steps.filter((s) => s.facts)
  return GUIDES.filter((g) => !texts.some((s) => g.has(s))).map(({what, line}) => ({what, line}))
}

/**
 * The suggestion for a bump step: its message proper replaced by at most two guide lines. `earlier`
 * bumps of the same sequence took the first things missing, two each; this one gets the next, or an
 * angle of its own.
 */
export function bumpSuggestion(steps: CheckStep[], step: CheckStep, earlier = 0): Suggestion | undefined {
  if (!step.facts) return undefined
  const missing = missingFromSequence(steps)
  const taken = Math.ceil(missing.length / 2)
  const lines = earlier < taken ? missing.slice(earlier * 2, earlier * 2 + 2) : [ANGLES[(earlier - taken) % ANGLES.length]]
  const [start, end] = contentRange(step.facts)
  return {
    message: `Replace the bump with what the sequence has not given them yet: ${lines.map((m) => m.what).join(' and ')}.`,
    replacement: lines.map((m) => m.line).join('\n\n'),
    start,
    end
  }
}
