/**
 * The rewrite of a bump: a follow-up that adds nothing is replaced by guide lines ([[...]], which the
 * writer fills in) for what the whole sequence is still missing: something about the reader, a
 * result, a resource, a question they can answer in a line.
 */
import type {Suggestion} from '../types.js'
import type {CheckStep} from './checks.js'
import {contentRange} from './checks.js'

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
    has: (s) => s.facts!.sentences.some((x) => x.role === 'proof')
  },
  {
    what: 'a resource',
    line: '[[A resource they can use without a call: a checklist, a benchmark, a short teardown. Offer to send it.]]',
    has: (s) => s.facts!.links.length > 0 || s.facts!.sentences.some((x) => x.role === 'ask' && x.ask === 'offer')
  },
  {
    what: 'a question they can answer in a line',
    line: '[[One question about their work they can answer in a line.]]',
    has: (s) => s.facts!.sentences.some((x) => x.question && x.role !== 'chase' && x.ask !== 'time')
  }
]

/** What no step of the sequence has yet, in the order a follow-up should add it. */
function missingFromSequence(steps: CheckStep[]): Missing[] {
  const texts = steps.filter((s) => s.facts)
  return GUIDES.filter((g) => !texts.some((s) => g.has(s))).map(({what, line}) => ({what, line}))
}

/** The suggestion for a bump step: its message proper replaced by at most two guide lines. */
export function bumpSuggestion(steps: CheckStep[], step: CheckStep): Suggestion | undefined {
  if (!step.facts) return undefined
  const missing = missingFromSequence(steps).slice(0, 2)
  const lines = missing.length > 0 ? missing : [{what: 'a new angle', line: '[[A new angle no earlier step took: a different problem of theirs, a recent change at their company, a peer\'s result.]]'}]
  const [start, end] = contentRange(step.facts)
  return {
    message: `Replace the bump with what the sequence has not given them yet: ${lines.map((m) => m.what).join(' and ')}.`,
    replacement: lines.map((m) => m.line).join('\n\n'),
    start,
    end
  }
}
