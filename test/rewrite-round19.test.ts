/**
 * Offers of a call (issue 17), as team-written drafts, each failing before the change it tests:
 * - an offer of a call beside something else ("Happy to send the demo link or jump on a short call")
 *   asks for nothing (LABELLING.md C3: a passive offer with no ask does not count), so
 *   premature-meeting-ask no longer reports it (`skipStated`); the rewrite still takes the call out
 *   of it on its own, from the roles, as it did when the finding was there.
 */
import {describe, expect, test} from 'vitest'
import {linter, rewritten} from './rewrite-harness.js'

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
