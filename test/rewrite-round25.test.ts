/**
 * Issue 17, round 25 of the rewrite: what the eval's "points at a cut" check found on real-dev, and
 * round 16's judges on drafts nobody tuned on, as team-written drafts, each failing before the change
 * it tests. One coherence pass (src/fix/cohere.ts) mends whatever leans on a line that went, for every
 * reason of cutting: "That's what our platform does." after the line it named became a guide line
 * (r088), "Did you have time to look over it?" after the bump it asked about (r054), "If that changes,
 * ..." after the assumption it meant (r117). And the sentence that says why the sender writes stays
 * (src/fix/purpose.ts): the last note (r1290), the reason to connect (r1329), what a meeting was to
 * learn, asked outright (r1364).
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

describe('round 25: the sentence that says why the sender writes stays', () => {
  rewrites([
    [
      'the last-note clause is not cut as a guilt trip',
      'followup',
      "Hi Jo,\n\nI've reached out a few times and haven't heard back.\n\nI don't want to be a nuisance, so this will be my last note for now.\n\nIf hiring ever becomes a priority, I'd love to help.\n\nCheers,\nAna",
      "Hi Jo,\n\nI don't want to be a nuisance, so this will be my last note for now.\n\nIf hiring ever becomes a priority, I'd love to help.\n\nCheers,\nAna"
    ],
    [
      'the reason to connect is not cut as a self-introduction',
      'linkedin-connect',
      "Hey {{first_name}}, saw {{company}} is growing the team. I work with similar companies on hiring, thought it'd be worth connecting.",
      "Hey {{first_name}}, saw {{company}} is growing the team. I work with similar companies on hiring, thought it'd be worth connecting."
    ],
    [
      'what the call was to learn is the new ask',
      'linkedin-inmail',
      "Hi Priya - saw your talk on Stripe's API design reviews. I'm a staff engineer working on developer tooling. Would a 15-minute call make sense to talk through how you've set up the review board? Happy to share what I've learned in return.",
      "Hi Priya - saw your talk on Stripe's API design reviews. I'm a staff engineer working on developer tooling. How have you set up the review board?"
    ]
  ])
})
