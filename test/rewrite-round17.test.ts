/**
 * Round 13's judges' findings on the draft's one ask (issue 17: "the draft's purpose survives ... kept
 * as the message's one ask, made low-friction, not replaced by a stock line"), as team-written drafts,
 * each failing before the change it tests:
 * - the draft's only request went as a "second ask" after a pointer to read or try something, or
 *   after the question the writer says they are out to answer; nothing was left asking anything;
 * - a stock "Worth a look?" where the draft offers nothing to look at: an event asks whether they
 *   would come (and an invitation said as a wish is the ask already), a wish for advice asks for a
 *   few questions by email, a demo asked for as a meeting is offered recorded;
 * - "Is [specific outcome] a priority?" where the slot holds a doing, which would not read once filled;
 * - hours of access to a machine read as a meeting asked for;
 * - a stock question added after a break-up note that leaves the next move to them.
 */
import {describe} from 'vitest'
import {OBSERVE, rewrites} from './rewrite-harness.js'

describe('round 17: the draft\'s one ask is kept, or fitted, never stock', () => {
  rewrites([
    [
      "a pointer to read, then the request: the request stays, with its way out",
      'email',
      "Dear Dr. Okafor,\n\nI edit the Journal of Field Robotics Software, and a submission on swarm mapping has come in.\n\nReviews take place in the open, on a GitHub issue. See https://jfrs.example.org/review-guide\n\nWould you be able to review this submission? If not, could you recommend someone from your group?\n\nKind regards,\nAmara",
      `Dear Dr. Okafor,\n\n${OBSERVE} I edit the Journal of Field Robotics Software, and a submission on swarm mapping has come in.\n\nReviews take place in the open, on a GitHub issue. See https://jfrs.example.org/review-guide\n\nWould you be able to review this submission? If not, could you recommend someone from your group?\n\nKind regards,\nAmara`
    ],
    [
      "a try-it pointer, then the question about their use: the question stays",
      'email',
      "Hi {{first_name}},\n\nHere is the bot we built for a Leeds dental clinic: https://demo.example.com/dental\n\nTry \"Do you take NHS patients?\" and every answer cites the clinic's own page.\n\nWhich pages would you load first: your price list, your FAQ, or both?",
      "Hi {{first_name}},\n\nHere is the bot we built for a Leeds dental clinic: https://demo.example.com/dental\n\nTry \"Do you take NHS patients?\" and every answer cites the clinic's own page.\n\nWhich pages would you load first: your price list, your FAQ, or both?"
    ],
    [
      "the question the writer is out to answer is theirs: the time ask still gets its one ask, on its condition",
      'email',
      "I am talking to payroll teams that run month-end on spreadsheets.\n\nThe question I'm trying to answer is simple: is reconciliation the slow part, or the approvals?\n\nIf you run month-end at {{company}}, would you be open to a 20-minute call? I'm looking for honest signal, not a sale.",
      "[[One line on what you noticed about them, then one line on how you help with it.]]\n\nThe question I'm trying to answer is simple: is reconciliation the slow part, or the approvals?\n\nIf you run month-end at {{company}}, would you be open to answering a few questions by email? I'm looking for honest signal, not a sale."
    ],
    [
      "a student asking for an advice call: a few questions by email, not \"Worth a look?\"",
      'email',
      "Hi Dana,\n\nYour move from nursing into clinical data at Bupa caught my attention, and I'd love to hear how you made the switch.\n\nWould you be open to a 15-minute call? I'm trying to learn from people who changed fields and would value your advice.\n\nThanks,\nOmar",
      "Hi Dana,\n\nYour move from nursing into clinical data at Bupa caught my attention, and I'd love to hear how you made the switch.\n\nWould you be open to answering a few questions by email? I'm trying to learn from people who changed fields and would value your advice.\n\nThanks,\nOmar"
    ],
    [
      "an invitation said as a wish is the ask: no stock question after it",
      'sms',
      "Hi Jo, Sam here from Leeds Product Circle. I'm hosting a supper for product leads in Leeds on 12 March, six people, no slides. Would love to have you there: https://lpc.example.org/supper",
      // (No guide line either: an invitation to an event is no pitch to put an observation in front of, round 18.)
      "Hi Jo, Sam here from Leeds Product Circle. I'm hosting a supper for product leads in Leeds on 12 March, six people, no slides. Would love to have you there: https://lpc.example.org/supper"
    ],
    [
      "an event with a call asked for: whether they would come",
      'email',
      "Hi Priya,\n\nWe're hosting a roundtable for heads of data at fintechs in Manchester on 4 June, eight seats.\n\nDo you have 15 minutes for a call next week so I can tell you more?\n\nBen",
      `Hi Priya,\n\n${OBSERVE} We're hosting a roundtable for heads of data at fintechs in Manchester on 4 June, eight seats.\n\nWould you like to come?\n\nBen`
    ],
    [
      "a demo asked for as a meeting, none to look at: the demo, recorded",
      'email',
      "Hi Kev,\n\nYour Bristol garage takes bookings by phone only, from what I saw on the site.\n\nWe built a booking page that fills the workshop diary and texts reminders. 40 garages in the South West use it.\n\nCould I show you a quick live demo this week?\n\nTom",
      "Hi Kev,\n\nYour Bristol garage takes bookings by phone only, from what I saw on the site.\n\nWe built a booking page that fills the workshop diary and texts reminders. 40 garages in the South West use it.\n\nWant me to send over a short recorded demo?\n\nTom"
    ],
    [
      "what the sender helps them do, a slot for a doing: a question that reads once filled",
      'email',
      "Hi [First Name],\n\nThe short version: we help teams like yours [specific outcome].\n\nWould 10 minutes work this week?\n\nBest,\n[Your Name]",
      `Hi [First Name],\n\n${OBSERVE} The short version: we help teams like yours [specific outcome].\n\nWould it help you to [specific outcome]?\n\nBest,\n[Your Name]`
    ],
    [
      "hours of access to a machine are no meeting: the request stays",
      'email',
      "Hi Dr. Lee,\n\nYour lab's paper on sparse attention is why I am writing.\n\nCould your lab spare 20 hours of access to a GPU node this month? Test plan: docs/gpu-plan.md.\n\nRiya",
      "Hi Dr. Lee,\n\nYour lab's paper on sparse attention is why I am writing.\n\nCould your lab spare 20 hours of access to a GPU node this month? Test plan: docs/gpu-plan.md.\n\nRiya"
    ],
    [
      "a break-up note that leaves the next move to them gets no stock question",
      'email',
      "Hey Sam — just circling back on this. No worries if you're slammed. Would love to pick this up when timing's better.",
      "Hey Sam — no worries if you're slammed. Would love to pick this up when timing's better."
    ],
    [
      "nor one that asks them to get in touch if they are ever interested",
      'email',
      "Hi Jo,\n\nI wanted to reach out and introduce myself. I'm a bookkeeper who works with small cafes.\n\nIf you're ever looking for help with the books, I'd love to hear from you.\n\nBest,\nAnna",
      `Hi Jo,\n\n${OBSERVE}\n\nIf you're ever looking for help with the books, I'd love to hear from you.\n\nBest,\nAnna`
    ]
  ])
})
