/**
 * Round 21's judges on the rewrite that cuts too much (issue 17, round 33 of the rewrite), as
 * team-written drafts, each failing before the change it tests. A line is cut only when it carries
 * nothing the rest needs: where the next line names it ("that sheet", "How's that going?", "That
 * happens"), the cut line stays, said without its chase where it was one ("You mentioned the ...",
 * "I sent the quote ..."); a chase with nothing of their exchange in it still goes, with what leaned on it.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 33: a line the next one names stays', () => {
  rewrites([
    [
      'a pitch that names the line before it by "that sheet"',
      'email',
      "Hi Ana,\n\nWe track every contract renewal in a shared sheet. Tallyo turns that sheet into reminders for each account owner.\n\nHappy to load last year's renewals into it for you.\n\nBest,\nLiv",
      "Hi Ana,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] We track every contract renewal in a shared sheet. Tallyo turns that sheet into reminders for each account owner.\n\nHappy to load last year's renewals into it for you.\n\nBest,\nLiv"
    ],
    [
      'a check-in on the project they mentioned, before "How\'s that going?"',
      'followup',
      "Hi Tom,\n\nI wanted to check in on the warehouse scanner rollout you mentioned - I know you were waiting on the pilot results. How's that going?\n\nHappy to send the checklist other depots used if it helps.\n\nBest,\nRia",
      "Hi Tom,\n\nYou mentioned the warehouse scanner rollout - I know you were waiting on the pilot results. How's that going?\n\nHappy to send the checklist other depots used if it helps.\n\nBest,\nRia"
    ],
    [
      'the quote sent, before "That happens"',
      'followup',
      "Hi Jen,\n\nI haven't heard back since sending the quote for the roof repair, so I'm guessing plans changed. That happens.\n\nIf it's still on your list, just reply and I'll hold the price until May.\n\nThanks,\nOwen",
      "Hi Jen,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI sent the quote for the roof repair, so I'm guessing plans changed. That happens.\n\nIf it's still on your list, just reply and I'll hold the price until May.\n\nThanks,\nOwen"
    ],
    [
      'a chase with nothing of their exchange goes, with the "That happens" after it',
      'followup',
      "Hi Jen,\n\nI haven't heard back since my last email. That happens.\n\nIf it's still on your list, just reply.\n\nThanks,\nOwen",
      "Hi Jen,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nIf it's still on your list, just reply.\n\nThanks,\nOwen"
    ]
  ])
})
