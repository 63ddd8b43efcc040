/**
 * Round 12's judges' findings on the rewrite (issue 17), as team-written drafts, each failing before
 * the change it tests:
 * - a cut that leaves text pointing at what went: a chase's "since ..." left as a fragment, "If it's
 *   #2" after the numbered list went, the bullets of a lead-in that went with the meeting;
 * - a stock ask added where it contradicts the draft: after "whenever you're ready" or "I'll stop
 *   here", after a sign-off on the last line of the body, offering to send a video already linked;
 * - a "what you noticed" guide line added beside the template's own slot for it ("[HOOK: ...]",
 *   "[reference their latest episode]").
 */
import {describe} from 'vitest'
import {OBSERVE, rewrites} from './rewrite-harness.js'

const NEW_THING = '[[One new thing for them since your last note: a fact, a resource or a question it did not have.]]'

const OBSERVE_HELP = '[[One line on what you noticed about them, then one line on how you help with it.]]'

describe('round 14: nothing left pointing at what a cut took', () => {
  rewrites([
    [
      'a chase whose rest only finishes its clause ("because ...") goes whole, not as a fragment',
      'followup',
      'Hi Dev,\n\nJust wanted to follow up on this, because it would be good to compare notes.\n\nThanks,\nMia',
      `Hi Dev,\n\n${NEW_THING}\n\nThanks,\nMia`
    ],
    [
      '"If it\'s #2" goes with the numbered list it named, and the rewrite ends on no blank line',
      'followup',
      "Dev, haven't heard back so I'm guessing it's one of these:\n1. Wrong person\n2. Wrong time\n3. No budget this year\n\nWhich one is it? If it's #2, when should I check back?",
      `Dev, ${NEW_THING}`
    ],
    [
      'the bullets of a lead-in that went with the meeting go with it',
      'email',
      'Hi Jo,\n\nWe run load tests for checkout flows, covering payment retries and coupon stacking.\n\nCould we grab 20 minutes on Thursday to walk through your release process?\n\nWhat you would get from the call:\n\n- a read on where your checkout breaks first\n- a short list of cases your current tests skip\n\nBest,\nAli',
      `Hi Jo,\n\n${OBSERVE_HELP}\n\nWould any of this help right now?\n\nBest,\nAli`
    ]
  ])
})

describe('round 14: no stock ask that contradicts the draft', () => {
  rewrites([
    [
      '"whenever you\'re ready" leaves the next move to them: no "Worth a look?" after it',
      'followup',
      "Hi Sol,\n\nFollowing up on the note below in case it got buried.\nHappy to move this forward whenever you're ready.\n\n- Dana",
      `Hi Sol,\n\n${OBSERVE}\n\nHappy to move this forward whenever you're ready.\n\n- Dana`
    ],
    [
      '"happy to pick it up again whenever suits" is the same',
      'followup',
      'Hi Mara,\n\nNo rush on this one, just wanted to check it reached you.\n\nHappy to pick it up again whenever suits.\n\nBest,\nOwen',
      `Hi Mara,\n\n${OBSERVE}\n\nNo rush on this one, just wanted to check it reached you.\n\nHappy to pick it up again whenever suits.\n\nBest,\nOwen`
    ],
    [
      '"I\'ll stop here ... I\'m around" gets no question on whether it is a priority',
      'followup',
      "I'll stop here, Kim. If onboarding churn becomes a focus, I'm around. The teardown is at example.com/teardown.",
      `${OBSERVE} I'll stop here, Kim. If onboarding churn becomes a focus, I'm around. The teardown is at example.com/teardown.`
    ],
    [
      'the ask goes before a sign-off on the body\'s last line, which gets a line of its own',
      'email',
      'Hi Ravi,\nWe cut freight audit time by 40% for mid-size 3PLs. If audits are eating your month-end, this gives back 2 days. — Ines',
      `Hi Ravi,\n${OBSERVE} We cut freight audit time by 40% for mid-size 3PLs. If audits are eating your month-end, this gives back 2 days.\n\nWorth a look?\n\n— Ines`
    ],
    [
      'no offer to send the video the draft already links',
      'email',
      'Hi Ana,\n\nI built Clipper, it makes a 2-minute narrated video from any product demo.\n\nI made one for your onboarding page:\n{{video-link}}\n\nThanks for the clear docs.\n\nSam',
      // (The opening names the sender's made thing: a pitch opening, the guide line set before it.)
      `Hi Ana,\n\n${OBSERVE} I built Clipper, it makes a 2-minute narrated video from any product demo.\n\nI made one for your onboarding page:\n{{video-link}}\n\nWorth a look?\n\nThanks for the clear docs.\n\nSam`
    ]
  ])
})

describe('round 14: no guide line for what the draft has a slot for', () => {
  rewrites([
    [
      'a "[HOOK: ...]." line: the pitch under it gets the guide line for how they help, not a second one for what was noticed',
      'email',
      'Hi [First name],\n[HOOK: one detail you saw on their site].\nWe help clinics fill cancelled slots. [Peer clinic] filled 30 more a month.\nWorth a look?\n[You]',
      'Hi [First name],\n[HOOK: one detail you saw on their site].\n[[One line on how you help with what you noticed about them.]] [Peer clinic] filled 30 more a month.\nWorth a look?\n[You]'
    ],
    [
      'a slot inside a sentence, "[reference their latest episode]", is the line about them',
      'email',
      'Hi [Host],\n\nLong-time listener / [reference their latest episode].\n\nI run Tally, a bookkeeping tool for freelancers. We just shipped 2.0 with bank feeds for 40 banks.\n\nWould bookkeeping for freelancers be a fit for the show?\n\nBest,\n[Your name]',
      'Hi [Host],\n\nLong-time listener / [reference their latest episode].\n\nI run Tally, a bookkeeping tool for freelancers. We just shipped 2.0 with bank feeds for 40 banks.\n\nWould bookkeeping for freelancers be a fit for the show?\n\nBest,\n[Your name]'
    ]
  ])
})
