/**
 * Round 14's judges' findings on the ask (issue 17, round 20 of the rewrite), as team-written drafts,
 * each failing before the change it tests: the draft's only request cut with nothing in its place
 * where a question about the reader opens the draft (r1155, r1180, r1196, r1198, r1233). That question
 * starts the conversation and asks for nothing: a call ask after the pitch still gets its low-friction
 * form (and the showing it promised, "I'll show you exactly how it works.", is what the new ask offers
 * to send), a request that is no question ("Reply \"yes\" and I'll send the report within 48 hours.",
 * a turnaround the sender promises, no deadline on the reader) and a closing question stay.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 20: a question about them that opens the draft leaves the request after the pitch its one ask', () => {
  rewrites([
    [
      "a call ask after an opening question about them",
      'email',
      "Hi Maya,\n\nQuick question: how does your team track missed deliveries today?\n\nWe built Routeline to flag a missed drop the minute it happens and text the customer a new slot. Two courier firms in Leeds cut repeat visits by a third with it.\n\nWorth a 15-minute call to see if it fits your depots?\n\nTom",
      "Hi Maya,\n\nQuick question: how does your team track missed deliveries today?\n\nWe built Routeline to flag a missed drop the minute it happens and text the customer a new slot. Two courier firms in Leeds cut repeat visits by a third with it.\n\nDoes it fit your depots?\n\nTom"
    ],
    [
      "a call ask after a question over a list, and the showing it promised",
      'email',
      "Hi {first_name},\n\nQuick question: How many hours a week does your team lose to:\n- Rebuilding the weekly rota?\n- Chasing shift swaps?\n- Fixing payroll after late changes?\n\nWe built Rotawise for small care homes with exactly these headaches. One screen for the rota, swaps approved from a phone.\n\nWorth a 20-minute chat? I'll show you exactly how it works.\n\nBest,\n{your_name}",
      "Hi {first_name},\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nQuick question: How many hours a week does your team lose to:\n- Rebuilding the weekly rota?\n- Chasing shift swaps?\n- Fixing payroll after late changes?\n\nWe built Rotawise for small care homes with exactly these headaches. One screen for the rota, swaps approved from a phone.\n\nWant me to send a short note on how it works?\n\nBest,\n{your_name}"
    ],
    [
      "a reply ask that promises a turnaround, after an opening question",
      'email',
      "Hi [Name],\n\nHow are you checking which of your listings lost rankings after the last update at [Agency]?\n\nI built a small crawler that compares each listing's position week by week. Happy to run it on your top 50 pages for free.\n\nReply \"yes\" and I'll send the report within 48 hours.\n\n[Your Name]",
      "Hi [Name],\n\nHow are you checking which of your listings lost rankings after the last update at [Agency]?\n\nI built a small crawler that compares each listing's position week by week. Happy to run it on your top 50 pages for free.\n\nReply \"yes\" and I'll send the report within 48 hours.\n\n[Your Name]"
    ],
    [
      "the closing question after an opening question and a pitch",
      'email',
      "Hey — quick question about your checkout: when a card payment fails, what tells the customer to try again?\n\nI've been collecting failed-payment flows from 40 online shops and writing up which retry messages bring people back.\n\nNo pressure; if it isn't a fit, just ignore this. If it is — which payment provider gives you the most failed payments?",
      "Hey — quick question about your checkout: when a card payment fails, what tells the customer to try again?\n\nI've been collecting failed-payment flows from 40 online shops and writing up which retry messages bring people back.\n\nNo pressure; if it isn't a fit, just ignore this. If it is — which payment provider gives you the most failed payments?"
    ]
  ])
})
