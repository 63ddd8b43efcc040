/**
 * Round 14's judges' findings on rewrites that lost the ask or the purpose (issue 17, round 21 of the
 * rewrite), as team-written drafts, each failing before the change it tests. The line saying what the
 * sender does stays where no other line says it (r1154), and so does a self-introduction that carries
 * the draft's request (r1195); a launch told to people who follow the sender keeps its news and gets
 * no third ask beside its own wishes (r1166). A time ask gives way to an ask of the message's kind:
 * an integration pitch asks about the integration (r1190), a recruiter offers the role's details
 * (r1230), a request joined to the meeting stays, on its condition, before "No ask beyond that" (r1205),
 * a draft that wants their feedback asks for it (r1198), and a "20-minute audit" is offered, not sent
 * (r1154). A break-up keeps "I'll stop bugging you" and "I'll stop chasing", with no cold line above and
 * no stock question after (r1187, r1241).
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe("round 21: the line that says what the sender does, or what the message is for, stays", () => {
  rewrites([
    [
      "the only line on what the sender does, and a timed audit offered",
      'email',
      "Hi Rosa,\n\nI came across [Company] and noticed you're opening a second warehouse.\n\nI specialize in self-healing cold-chain monitoring — sensors that \nflag a warm freezer and switch to a backup before the stock spoils.\n\nI'd like to offer a free 20-minute audit of your current setup. \nNo pitch. Just a straight answer on where you're at risk.\n\nWorth a quick call?\n\n— Omar",
      "Hi Rosa,\n\nI came across [Company] and noticed you're opening a second warehouse.\n\nI specialize in self-healing cold-chain monitoring — sensors that \nflag a warm freezer and switch to a backup before the stock spoils.\n\nI'd like to offer a free 20-minute audit of your current setup. \nNo pitch. Just a straight answer on where you're at risk.\n\nWould the audit be useful?\n\n— Omar"
    ],
    [
      "a self-introduction that carries the draft's request",
      'email',
      "Hi <name>,\n\nI'm Ben Carter. My son is colour-blind, and I built a tool for him that I'd like you\nto consider for <the \"colour tools\" page / your article on free apps>.\n\nShadeSpot names the colour under your finger and marks the ones that are easy to confuse. It works offline and needs no account.\n\nTry it here: https://example.org/shadespot\n\nIf it isn't a fit for the page, I'd still value a line on why.\n\nThanks,\nBen",
      "Hi <name>,\n\n[[One line on how you help with what you noticed about them.]] My son is colour-blind, and I built a tool for him that I'd like you\nto consider for <the \"colour tools\" page / your article on free apps>.\n\nShadeSpot names the colour under your finger and marks the ones that are easy to confuse. It works offline and needs no account.\n\nTry it here: https://example.org/shadespot\n\nIf it isn't a fit for the page, I'd still value a line on why.\n\nThanks,\nBen"
    ],
    [
      "a launch told to followers keeps its news and gets no third ask",
      'email',
      "Hi {Name},\n\nThanks for following along! Tallybook is finally live 🎉\n\nWhat it does:\n• Reads your receipts from a photo\n• Sorts them into tax categories\n• Sends your accountant one export a month\n\nFirst 50 exports free: https://example.org/tallybook\n\nIf you could try it and tell me what breaks – that would be huge 🙏\n\n(And if you know a freelancer drowning in receipts – I'd be so grateful for an intro)\n\nThanks!\nMia",
      "Hi {Name},\n\nThanks for following along! Tallybook is finally live 🎉\n\nWhat it does:\n• Reads your receipts from a photo\n• Sorts them into tax categories\n• Sends your accountant one export a month\n\nFirst 50 exports free: https://example.org/tallybook\n\nIf you could try it and tell me what breaks – that would be huge 🙏\n\n(And if you know a freelancer drowning in receipts – I'd be so grateful for an intro)\n\nThanks!\nMia"
    ]
  ])
})

describe("round 21: the new ask fits the kind of message", () => {
  rewrites([
    [
      // A wish to discuss, naming no call or minutes, asks for no slot (LABELLING.md C3): it stays.
      "an integration pitch keeps its wish to discuss the integration",
      'email',
      "Hi [Name],\n\nI built PayRelay - one API for paying out to couriers in 30 countries. I think it would be a great fit for [Platform Name].\n\n**What PayRelay Offers:**\n- Payouts in 30 countries\n- Next-day settlement\n- One API for every bank\n\n**Docs:** https://example.org/payrelay/docs\n\nWould love to discuss integration!\n\nBest,\n[Your Name]",
      "Hi [Name],\n\nI built PayRelay - one API for paying out to couriers in 30 countries. I think it would be a great fit for [Platform Name].\n\n[[One line on what you noticed about them, then one line on how you help with it. Proof to keep: Payouts in 30 countries.]]\n\n**Docs:** https://example.org/payrelay/docs\n\nWould love to discuss integration!\n\nBest,\n[Your Name]"
    ],
    [
      "a recruiter's call ask offers the role's details",
      'email',
      "Hi [Name],\n\nI read your talk on [Talk Title] and liked how you cut [Metric].\n\nAt [Company], we're building [Product] and looking for someone with your experience in [Skill Area]. We offer [Benefits].\n\nWould you be open to a quick call to learn more?\n\nBest,\n[Your Name]",
      "Hi [Name],\n\nI read your talk on [Talk Title] and liked how you cut [Metric].\n\nAt [Company], we're building [Product] and looking for someone with your experience in [Skill Area]. We offer [Benefits].\n\nWant me to send over the details of the role?\n\nBest,\n[Your Name]"
    ],
    [
      "a request joined to the meeting stays, before \"No ask beyond that\"",
      'email',
      "Hi Dana,\n\nI maintain Quayside (https://example.org/quayside), a small open-source library that checks shipping manifests against customs codes.\n\nWe opened one PR to add it to your list of trade tools, following the list's format.\n\nIf that fits where your list is heading, I'd value a short call — and I'd welcome a second pair of eyes on our test data from anyone on your team.\n\nNo ask beyond that for now. If it isn't a fit, no worries.\n\nThanks,\nLee",
      "Hi Dana,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I maintain Quayside (https://example.org/quayside), a small open-source library that checks shipping manifests against customs codes.\n\nWe opened one PR to add it to your list of trade tools, following the list's format.\n\nIf that fits where your list is heading, I'd welcome a second pair of eyes on our test data from anyone on your team.\n\nNo ask beyond that for now. If it isn't a fit, no worries.\n\nThanks,\nLee"
    ],
    [
      "a call ask in a draft that wants their feedback asks for the feedback",
      'email',
      "Hi Sam,\n\nHow do you check what an agent is allowed to do once it connects to your server?\n\nI built an open test suite for that: each case runs an attack against a real server and logs what the defence blocked. Repo: github.com/example/gatecheck.\n\nWorth a 15-min call if you've looked at this? I'd most value \"here's a case you missed\" feedback.\n\nThanks,\nAli",
      "Hi Sam,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nHow do you check what an agent is allowed to do once it connects to your server?\n\nI built an open test suite for that: each case runs an attack against a real server and logs what the defence blocked. Repo: github.com/example/gatecheck.\n\nWould you be open to sharing some feedback? I'd most value \"here's a case you missed\" feedback.\n\nThanks,\nAli"
    ]
  ])
})

describe("round 21: a break-up keeps its close, and no stock question follows it", () => {
  rewrites([
    [
      "a break-up's close stays, and no stock question after it",
      'followup',
      "Hi [Name],\n\nI'll keep this short — following up one last time about [topic].\n\nIf you're interested: [one clear next step]\n\nIf not, no problem at all — I'll stop bugging you!\n\nEither way, thanks for reading.\n\nBest,\n[Your Name]",
      "Hi [Name],\n\nIf you're interested: [one clear next step]\n\nIf not, no problem at all — I'll stop bugging you!\n\nEither way, thanks for reading.\n\nBest,\n[Your Name]"
    ],
    [
      "a one-line break-up keeps \"I'll stop chasing\" and gains no ask",
      'followup',
      "Hi {FirstName}, I’ll stop chasing for now. If it ever makes sense to talk about payroll or contractor payments, we’re here to help.",
      "Hi {FirstName}, I’ll stop chasing for now. If it ever makes sense to talk about payroll or contractor payments, we’re here to help."
    ]
  ])
})
