/**
 * Round 14's judges' findings on what a cut leaves behind (issue 17, round 22 of the rewrite), as
 * team-written drafts, each failing before the change it tests. Nothing is left pointing at a line
 * that went: a pitch that says "that checklist" keeps the line it names, with the guide line in front
 * of it (r1168); "In case it was helpful," goes with the follow-up line "it" meant (r1158); a P.S.
 * about "our demo call" goes with the demo ask (r1156); a list the next line asks about ("Any of these
 * concerning to you?") stays a list (r1182). A guide line put after a greeting's dash that carried
 * the sentence's subject gives it back ("Hi — [[...]] I'm building ...", r1197). And the draft's facts
 * stay: a list ticked with an emoji keeps its figure in the guide line, a long list every figure that
 * fits (c018's "10,000+"), and a name of three words is kept whole in the guide line.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 22: nothing left pointing at what a cut removed', () => {
  rewrites([
    [
      // (Once a known regression: "Renewly turns that spreadsheet" read as a name and its verb, the opening
      // line it names went as the sender-first pitch it was cut for. It stays now, after the guide line.)
      'a pitch that names the line before it by "that"',
      'email',
      "{name} —\n\nWe keep a spreadsheet of every renewal date by hand. Renewly turns that spreadsheet into alerts + a weekly digest for the account owner.\n\nHappy to run it on last quarter's renewals. If it is useless you will know in one call.\n\n— Omar",
      "{name} —\n\n[[One line on what you noticed about them, then one line on how you help with it.]] We keep a spreadsheet of every renewal date by hand. Renewly turns that spreadsheet into alerts + a weekly digest for the account owner.\n\nHappy to run it on last quarter's renewals. If it is useless you will know in one call.\n\nWould any of this help right now?\n\n— Omar"
    ],
    [
      '"In case it was helpful" after the follow-up line it leaned on',
      'followup',
      'Hi [Name],\n\nFollowing up on my email about the Harbor Freight Planner. In case it was helpful, I wanted to share two short resources:\n\n- [Case study link]\n- [Walkthrough video]\n\nNo pressure at all.\n\nBest,\n[Your Name]',
      'Hi [Name],\n\n[[One new thing for them about the Harbor Freight Planner since your last note: a fact, a resource or a question it did not have.]] I wanted to share two short resources:\n\n- [Case study link]\n- [Walkthrough video]\n\nNo pressure at all.\n\nBest,\n[Your Name]'
    ],
    [
      'a P.S. about the demo call after the demo ask went',
      'email',
      "Hi Dr. Lee,\n\nYour lab's paper on protein folding benchmarks caught my attention.\n\nWe built Foldbench, an open-source harness that reruns folding benchmarks on every model release.\n\nWould you be open to a 15-minute demo call next week?\n\nBest,\nSam\n\nP.S. The harness is free for academic use. Happy to discuss during our demo call.",
      "Hi Dr. Lee,\n\nYour lab's paper on protein folding benchmarks caught my attention.\n\nWe built Foldbench, an open-source harness that reruns folding benchmarks on every model release.\n\nWant me to send over a short recorded demo?\n\nBest,\nSam\n\nP.S. The harness is free for academic use."
    ],
    [
      "a question about all the list's items after the list",
      'email',
      "Hi Sarah,\n\nQuick scan we ran on [Company]'s public hosts:\n\nHost scan results:\n✓ api.example.com → 10.x.x.x (private IP exposed!)\n✓ staging.example.com → staging DB exposed\n✓ dev.example.com → dev environment open\n\nAny of these concerning to you?\n\nLet's talk through remediation.",
      "Hi Sarah,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nQuick scan we ran on [Company]'s public hosts:\n\nHost scan results:\n✓ api.example.com → 10.x.x.x (private IP exposed!)\n✓ staging.example.com → staging DB exposed\n✓ dev.example.com → dev environment open\n\nAny of these concerning to you?"
    ]
  ])
})

describe('round 22: a guide line before a sentence whose subject the greeting carried', () => {
  rewrites([
    [
      "a guide line after a greeting's dash that carried the subject",
      'email',
      "Hi — building an open test harness for 40+ payment webhook providers and looking for reviewers. Each round writes a claim, then we try to break it. 12 rounds closed so far, 3 with fixes shipped.\n\nRepo: github.com/example/hookcheck\n\nIf you have 20 min to read one round and find one thing I got wrong, I'll send a $40 gift card.",
      "Hi — [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm building an open test harness for 40+ payment webhook providers and looking for reviewers. Each round writes a claim, then we try to break it. 12 rounds closed so far, 3 with fixes shipped.\n\nRepo: github.com/example/hookcheck\n\nIf you have 20 min to read one round and find one thing I got wrong, I'll send a $40 gift card."
    ]
  ])
})

describe("round 22: the draft's names and figures stay", () => {
  rewrites([
    [
      "a ticked list's figure kept in its guide line",
      'email',
      'Hi there,\n\nGet 30% off our verified lead lists!\n\n✅ 25,000+ verified contacts\n✅ Free CSV export\n✅ Cancel anytime\n\nPricing: https://example.com/pricing',
      'Hi [name],\n\nGet 30% off our verified lead lists!\n\n[[The one point of this list that fits them, and what you noticed about them that makes it fit. Proof to keep: 25,000+ verified contacts.]]\n\nWorth a look?\n\nPricing: https://example.com/pricing'
    ],
    [
      "a long list's figures kept in its guide line",
      'email',
      'Hi Jo,\n\nOur platform gives your team:\n- 40% faster month-end close\n- 3 ledgers reconciled at once\n- 99.9% uptime\n- Support in 12 languages\n\nWorth a look?\n\nBest,\nKim',
      'Hi Jo,\n\n[[One line on what you noticed about them, then one line on how you help with it. Proof to keep: 40% faster month-end close; 3 ledgers reconciled at once; 99.9% uptime; Support in 12 languages.]]\n\nWorth a look?\n\nBest,\nKim'
    ],
    [
      'a company name of three words kept whole',
      'email',
      "Hi Jo,\n\nI'm Dana from Harbor Data Labs. We clean CRM records for sales teams and cut bounced emails by 30%.\n\nWould you be open to a quick call next week?\n\nDana\nHarbor Data Labs",
      'Hi Jo,\n\n[[One line on what you noticed about them, then how Harbor Data Labs helps with it.]] We clean CRM records for sales teams and cut bounced emails by 30%.\n\nWorth a look?\n\nDana\nHarbor Data Labs'
    ]
  ])
})
