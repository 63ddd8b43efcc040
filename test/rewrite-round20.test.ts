/**
 * Round 14's judges' findings on the ask (issue 17, round 20 of the rewrite), as team-written drafts,
 * each failing before the change it tests: the draft's only request cut with nothing in its place
 * where a question about the reader opens the draft (r1155, r1180, r1196, r1198, r1233). That question
 * starts the conversation and asks for nothing: a call ask after the pitch still gets its low-friction
 * form (and the showing it promised, "I'll show you exactly how it works.", is what the new ask offers
 * to send), a request that is no question ("Reply \"yes\" and I'll send the report within 48 hours.",
 * a turnaround the sender promises, no deadline on the reader) and a closing question stay.
 * Then the new ask fits (r1178's call to review the findings offers to send them, r1254's call to
 * see if a pilot makes sense asks that outright), a reassurance is not left after a call ask that
 * went (r1244), and a link keeps its lower case after a guide line put before it (r1161). No
 * "Worth a look?" is added to a note that says the sender stops ("I'll stop bugging you", r1187, r1241).
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 20: a question about them that opens the draft leaves the request after the pitch its one ask', () => {
  rewrites([
    [
      "a call ask after an opening question about them",
      'email',
      "Hi Maya,\n\nQuick question: how does your team track missed deliveries today?\n\nWe built Routeline to flag a missed drop the minute it happens and text the customer a new slot. Two courier firms in Leeds cut repeat visits by a third with it.\n\nWorth a 15-minute call to see if it fits your depots?\n\nTom",
      // (The guide line: the draft says nothing of theirs; "Leeds" is where the customers are, round 14's detection.)
      "Hi Maya,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nQuick question: how does your team track missed deliveries today?\n\nWe built Routeline to flag a missed drop the minute it happens and text the customer a new slot. Two courier firms in Leeds cut repeat visits by a third with it.\n\nDoes it fit your depots?\n\nTom"
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

describe('round 20: a replacement ask that fits, and nothing left pointing at the ask that went', () => {
  rewrites([
    [
      "a link on its own line keeps its lower case after the guide line put before it",
      'followup',
      "Hello Dana,\n\nJust following up on the cold-room sensor guide:\n\nhttps://example.org/cold-room-guide\n\nThe short version is that it shows how to log cold-room temperatures every minute with two cheap sensors. I am looking for the right contact for a pilot in one of your depots.\n\nIf this is not your area, could you point me to the right person?\n\nBest,\nLee",
      "Hello Dana,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nhttps://example.org/cold-room-guide\n\nThe short version is that it shows how to log cold-room temperatures every minute with two cheap sensors. I am looking for the right contact for a pilot in one of your depots.\n\nIf this is not your area, could you point me to the right person?\n\nBest,\nLee"
    ],
    [
      "the reassurance after a call ask that went, the ask being one before it",
      'email',
      "Hi Sam,\n\nWould a shared rota for your drivers be useful?\n\nOur app puts every driver's shifts on one screen, and swaps go through in a tap. Three depots in Hull moved to it last spring.\n\nWould you be open to a 15-minute call next week?\nNo pressure, no obligation.\n\nBest,\nAna",
      "Hi Sam,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nWould a shared rota for your drivers be useful?\n\nOur app puts every driver's shifts on one screen, and swaps go through in a tap. Three depots in Hull moved to it last spring.\n\nBest,\nAna"
    ],
    [
      "a call to review the findings: the findings are what the new ask offers",
      'email',
      "Hi [Name],\n\nWe ran a quick check of [company.com] and found three login pages without rate limits.\n\nMost teams only find these after someone abuses them.\n\nWould you be open to a 15-min call to review the findings?\n\nBest,\n[Your Name]",
      "Hi [Name],\n\nWe ran a quick check of [company.com] and found three login pages without rate limits.\n\nMost teams only find these after someone abuses them.\n\nWant me to send over the findings?\n\nBest,\n[Your Name]"
    ],
    [
      "a call to see if a pilot makes sense asks that outright",
      'email',
      "Hi Priya,\n\nWe help regional bakeries cut waste by forecasting each shop's orders from the weather and local events.\n\nI think there's a win-win:\n- For your shops: fewer unsold loaves\n- For us: a first partner in the north\n\nWould you be open to a 20-min call next week to see if a small pilot makes sense?",
      "Hi Priya,\n\n[[One line on what you noticed about them, then one line on how you help with it.]]\n\nI think there's a win-win:\n- For your shops: fewer unsold loaves\n- For us: a first partner in the north\n\nWould a small pilot make sense?"
    ]
  ])
})

describe('round 20: no stock question after a note that says the sender stops', () => {
  rewrites([
    [
      "no stock question after \"say so and I'll stop bugging you\"",
      'followup',
      "Hi Jo, a quick check on the rota pilot. Two cases:\n\n- **Still keen, just busy**: say so and I'll hold your place until [date].\n- **No fit**: also fine, say so and I'll stop bugging you.\n\nThanks either way,\nBen",
      // (No cold line above it either: the note says the sender stops, round 21.)
      "Hi Jo, a quick check on the rota pilot. Two cases:\n\n- **Still keen, just busy**: say so and I'll hold your place until [date].\n- **No fit**: also fine, say so and I'll stop bugging you.\n\nThanks either way,\nBen"
    ]
  ])
})
