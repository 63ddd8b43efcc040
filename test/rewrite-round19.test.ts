/**
 * Rewrites that still failed the lint, and offers of a call (issue 17), as team-written drafts, each
 * failing before the change it tests:
 * - an offer of a call beside something else ("Happy to send the demo link or jump on a short call")
 *   asks for nothing (LABELLING.md C3: a passive offer with no ask does not count), so
 *   premature-meeting-ask no longer reports it (`skipStated`); the rewrite still takes the call out
 *   of it on its own, from the roles, as it did when the finding was there;
 * - options to answer with, one of them a meeting ("1 — Interested, let's talk", "• Curious, let's
 *   book 15 minutes this week"), were kept whole for what the other options say ("check back in 3
 *   months"), the meeting with them: the option stays as its answer, the meeting goes ("Reply with
 *   the number" after them says how to answer, no second ask);
 * - a choice between a meeting and something sent ("Worth a 15-min call, or should I send a
 *   1-pager?") was kept for the fact in the offer: the offer is asked on its own;
 * - a heading that is only pressure ("**Limited-Time Offer:**") was kept with the offer under it
 *   for the offer's facts: the heading goes, the offer stays.
 */
import {describe, expect, test} from 'vitest'
import {linter, rewrites, rewritten} from './rewrite-harness.js'

describe('round 19: an offer of a call is no meeting ask, and the rewrite still drops the call', () => {
  test.each<[string, string, string]>([
    [
      'a demo link or a short call',
      'Hi Sam,\n\nSaw your Leeds depot doubled its pick volume in May. We plan rotas for depots that grow fast.\n\nHappy to send the demo link or jump on a short call.\n\nAna',
      'Hi Sam,\n\nSaw your Leeds depot doubled its pick volume in May. We plan rotas for depots that grow fast.\n\nWant me to send over a short recorded demo?\n\nAna'
    ],
    [
      'more, or a quick chat set up',
      'Hi Priya,\n\nYour team moved the Leeds warehouse to two shifts last month. Rotaly plans two-shift rotas in minutes.\n\nHappy to share more or set up a quick chat.\n\nBen',
      'Hi Priya,\n\nYour team moved the Leeds warehouse to two shifts last month. Rotaly plans two-shift rotas in minutes.\n\nWorth a look?\n\nBen'
    ]
  ])('%s', (_name, draft, expected) => {
    expect(linter.lint({text: draft, channel: 'email'}).messages.filter((m) => m.category === 'cold-interruption').map((m) => m.ruleId)).toEqual([])
    expect(rewritten(draft, 'email')).toBe(expected)
  })

  test('a meeting asked for, not offered, is still reported', () => {
    const draft = 'Hi Sam,\n\nSaw your Leeds depot doubled its pick volume in May. Could we jump on a short call this week?\n\nAna'
    expect(linter.lint({text: draft, channel: 'email'}).messages.filter((m) => m.ruleId === 'premature-meeting-ask').map((m) => m.actual)).toEqual(['short call'])
  })
})

describe('round 19: a meeting among the options, or beside an offer, goes; the rest stays', () => {
  rewrites([
    [
      'a numbered option with its meeting after a comma',
      'email',
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May, and weekend cover is where rotas break first.\n\nReply with a number:\n\n1 — Interested, let\'s talk\n2 — Not now, check back in 3 months\n3 — Not for us\n\nAna',
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May, and weekend cover is where rotas break first.\n\nReply with a number:\n\n1 — Interested\n2 — Not now, check back in 3 months\n3 — Not for us\n\nAna'
    ],
    [
      'a bulleted option with its meeting, and how to answer after the options',
      'email',
      "Hi Jo,\n\nNoticed your clinic added Saturday hours in March. We built a booking tool for clinics with weekend hours.\n\nIf you're:\n• Happy with your booking tool, I'll stop here\n• Busy this quarter, I can check back in 3 months\n• Curious, let's book 15 minutes this week\n\nReply with the number.\n\nSam",
      "Hi Jo,\n\nNoticed your clinic added Saturday hours in March. We built a booking tool for clinics with weekend hours.\n\nIf you're:\n• Happy with your booking tool, I'll stop here\n• Busy this quarter, I can check back in 3 months\n• Curious\n\nReply with the number.\n\nSam"
    ],
    [
      'a call or a one-pager: the one-pager is asked for',
      'email',
      'Hi Priya,\n\nYour team moved the Leeds warehouse to two shifts last month. Rotaly plans two-shift rotas in minutes.\n\nWorth a 15-min call, or should I send a 1-pager?\n\nBen',
      'Hi Priya,\n\nYour team moved the Leeds warehouse to two shifts last month. Rotaly plans two-shift rotas in minutes.\n\nShould I send a 1-pager?\n\nBen'
    ],
    [
      'a heading that is only pressure, over an offer with its price',
      'email',
      "Hi Sam,\n\nYour Leeds depot doubled its volume in May.\n\n**Limited-Time Offer:**\nWe're launching a founding partner programme (90-day pilot at £750/month) with full reporting.\n\nWorth a look?\n\nAna",
      "Hi Sam,\n\nYour Leeds depot doubled its volume in May.\n\nWe're launching a founding partner programme (90-day pilot at £750/month) with full reporting.\n\nWorth a look?\n\nAna"
    ]
  ])
})
