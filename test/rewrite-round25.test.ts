/**
 * Issue 17, round 25 of the rewrite: what the eval's "points at a cut" check found on real-dev, and
 * round 16's judges on drafts nobody tuned on, as team-written drafts, each failing before the change
 * it tests. One coherence pass (src/fix/cohere.ts) mends whatever leans on a line that went, for every
 * reason of cutting: "That's what our platform does." after the line it named became a guide line
 * (r088), "Did you have time to look over it?" after the bump it asked about (r054), "If that changes,
 * ..." after the assumption it meant (r117).
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 25: nothing kept leans on a line that went, whatever cut it', () => {
  rewrites([
    [
      "a that-sentence after the line it named became a guide line",
      'email',
      "Hi Mara,\n\nRight now, your managers are likely spending evenings filling shifts by text. Imagine every rota published on autopilot, managers spending 100% of their time on residents. That's what our platform does. Care groups like Elmfield saw agency spend drop 30% within a quarter. Can I show you how?\n\nTom",
      "Hi Mara,\n\nRight now, your managers are likely spending evenings filling shifts by text. [[One line on how you help with what you noticed about them. Proof to keep: managers spending 100% of their time on residents.]] Care groups like Elmfield saw agency spend drop 30% within a quarter. Can I show you how?\n\nTom"
    ],
    [
      'a short question about the bump that went',
      'followup',
      "Hey Sam!\n\nI hope your week is going well! I'm following up on a note I sent you on Monday. Did you have time to look over it?",
      "Hey Sam!\n\n[[One new thing for them since your last note: a fact, a resource or a question it did not have.]]"
    ],
    [
      '"if that changes" after the assumption it meant went',
      'email',
      "Hi Jo,\n\nI've reached out a few times and heard nothing back, so I'll assume hiring isn't a focus right now. If that changes, I'm easy to find.\n\nTom",
      "Hi Jo,\n\n[[One new thing for them since your last note: a fact, a resource or a question it did not have.]]\n\nTom"
    ]
  ])
})
