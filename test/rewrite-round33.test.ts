/**
 * Round 21's judges on the rewrite that cuts too much (issue 17, round 33 of the rewrite), as
 * team-written drafts, each failing before the change it tests. A line is cut only when it carries
 * nothing the rest needs: where the next line names it ("that sheet", "How's that going?", "That
 * happens"), the cut line stays, said without its chase where it was one ("You mentioned the ...",
 * "I sent the quote ..."); a chase with nothing of their exchange in it still goes, with what leaned on it.
 * What happened between them stays, without the writer's name before it ("We met at ...", "We serviced
 * your boiler ..."), as does what a follow-up follows up on ("Tallywise is ...") and what is new since;
 * and the draft's own reply ask stays its one ask, without the meeting or the booking beside it.
 * A stock lead-in goes from the purpose it introduces ("I'd like to invite you to ..."), not with it;
 * how to answer ("Just reply YES and we'll send ...") and where to get the thing ("free on the App
 * Store: [link]") are no second ask and no meeting talk.
 */
import {describe, expect, test} from 'vitest'
import {linter, rewrites} from './rewrite-harness.js'

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

describe('round 33: what happened between them, and their own reply ask, stay', () => {
  rewrites([
    [
      "a self-introduction by name that goes on to where they met: the name goes, the meeting stays",
      'email',
      "Dear Priya,\n\nI hope you're well. My name is Carl Mendes, and we met at the Harbour Logistics Expo last Thursday. I enjoyed hearing how your team plans its cold-chain routes.\n\nWould you be open to a call next week to compare notes?\n\nBest,\nCarl",
      "Dear Priya,\n\nWe met at the Harbour Logistics Expo last Thursday. I enjoyed hearing how your team plans its cold-chain routes.\n\nWorth a look?\n\nBest,\nCarl"
    ],
    [
      "an applicant's name before the application it made: the application stays",
      'email',
      "Dear Ms. Okafor,\n\nMy name is Lena Park, and I recently applied for the Data Analyst position (ref 4471) at Brightline. I would welcome the chance to discuss my application.\n\nBest regards,\nLena Park",
      "Dear Ms. Okafor,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I recently applied for the Data Analyst position (ref 4471) at Brightline. I would welcome the chance to discuss my application.\n\nBest regards,\nLena Park"
    ],
    [
      "\"It's [name] from [company] — we serviced your boiler\": the past job stays",
      'email',
      "Hi [Name],\n\nIt's [Your name] from [Company] — we serviced your boiler back in [month].\n\nWinter is close, and a check now avoids a cold week later.\n\nWe're offering a tune-up for $[price] through [date].\n\n[Your name]",
      "Hi [Name],\n\nWe serviced your boiler back in [month].\n\nWinter is close, and a check now avoids a cold week later.\n\nWe're offering a tune-up for $[price] through [date].\n\nWorth a look?\n\n[Your name]"
    ],
    [
      "a follow-up on the email about a product, named with what it is: the name stays",
      'followup',
      "Hi Sam,\n\nJust following up on my previous email about Tallywise (the shared expense tracker for flatmates).\n\nIf flatmate money is a topic for your channel, I'd love to send you an early build.\n\nNo worries if not.\n\nBest,\nNoor",
      "Hi Sam,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nTallywise is the shared expense tracker for flatmates.\n\nIf flatmate money is a topic for your channel, I'd love to send you an early build.\n\nNo worries if not.\n\nBest,\nNoor"
    ],
    [
      "\"Since I reached out, we've shipped:\" before its list: the update stays, without its lead-in",
      'followup',
      "Hi Sam,\n\nSince I reached out, we've shipped:\n- Split by percentage\n- Receipt scanning\n\nHere's a short clip of it: [link]\n\nThanks,\nNoor",
      "Hi Sam,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nWe've shipped:\n- Split by percentage\n- Receipt scanning\n\nWould any of this help right now?\n\nHere's a short clip of it: [link]\n\nThanks,\nNoor"
    ],
    [
      "\"Let me know ... and we can set up a time\": the reply ask stays, without the meeting",
      'email',
      "Hi Ravi,\n\nI'd love to have you judge the robotics fair on [date]. The brief is attached.\n\nLet me know by Friday if you can make it and we can set up a time to walk through the rubric.\n\nThanks,\nMei",
      "Hi Ravi,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI'd love to have you judge the robotics fair on [date]. The brief is attached.\n\nLet me know by Friday if you can make it.\n\nThanks,\nMei"
    ],
    [
      "\"Book here: [booking link] or just reply\": the reply stays the one ask",
      'email',
      "Hi [Name],\n\nWe fitted your windows in [year]; the seals are due a check.\n\nWe're offering a seal check for $[price] this month.\n\nBook here: [booking link] or just reply to this email.\n\n[Your name]",
      "Hi [Name],\n\nWe fitted your windows in [year]; the seals are due a check.\n\nWe're offering a seal check for $[price] this month.\n\nJust reply to this email.\n\n[Your name]"
    ],
    [
      "an introduction's hand-off to the two: it stays, without the time it leaves them to find, and no stock ask in its place",
      'email',
      "Ana, Ben,\n\nAna, meet Ben, who runs payments at Tiller. Ben, Ana is choosing a payments partner this quarter and wanted to talk to someone who has scaled one.\n\nI'll let you two take it from here - feel free to find a time that works for you both.\n\nCheers,\nDev",
      "Ana, Ben,\n\nAna, meet Ben, who runs payments at Tiller. Ben, Ana is choosing a payments partner this quarter and wanted to talk to someone who has scaled one.\n\nI'll let you two take it from here.\n\nCheers,\nDev"
    ]
  ])
})

describe('round 33: the draft\'s purpose, its way to answer and its link stay', () => {
  rewrites([
    [
      "\"I'm reaching out to invite you to ...\": the invitation stays, said as the writer's wish",
      'email',
      "Hi Marta,\n\nI'm Jonas, a second-year design student. I'm reaching out to invite you to judge our student poster night on [date].\n\nThe posters are on urban heat islands, and the judging takes about an hour.\n\nThanks,\nJonas",
      "Hi Marta,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] I'd like to invite you to judge our student poster night on [date].\n\nThe posters are on urban heat islands, and the judging takes about an hour.\n\nWould you be interested?\n\nThanks,\nJonas"
    ],
    [
      "\"[Colleague] suggested I reach out to you about ...\": the referral stays, in plain words",
      'email',
      "Hi [Hiring manager],\n\n[Colleague] suggested I reach out to you about the QA Lead opening. I applied on [date] and have run release testing for two fintech apps.\n\nThanks for your time.\n\nBest,\n[Name]",
      "Hi [Hiring manager],\n\n[Colleague] suggested I write to you about the QA Lead opening. I applied on [date] and have run release testing for two fintech apps.\n\nThanks for your time.\n\nBest,\n[Name]"
    ],
    [
      "\"Just reply YES and we'll send ...\" under its heading question: how to answer it, no second ask",
      'email',
      "Hi {{first_name}},\n\nWe're opening the beta of Ledgerly's new import tool next week, and we'd love your feedback.\n\n## Interested?\n\n**Just reply \"YES\"** and we'll send you the setup guide on Monday!\n\nSpots are limited to the first 30 replies.\n\nCheers,\nThe Ledgerly team",
      "Hi {{first_name}},\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] We're opening the beta of Ledgerly's new import tool next week, and we'd love your feedback.\n\n## Interested?\n\n**Just reply \"YES\"** and we'll send you the setup guide on Monday!\n\nSpots are limited to the first 30 replies.\n\nCheers,\nThe Ledgerly team"
    ],
    [
      "\"It's free on the App Store: [link]\" after a call that went: where to get the app stays",
      'email',
      "Hi [Name],\n\nI built a small iOS app, Stillnote, that mutes notifications while you read.\n\nWould you like to try it this week? I'm happy to hop on a call if you have questions.\n\nIt's free on the App Store: [link]\n\nThanks,\nIan",
      "Hi [Name],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I built a small iOS app, Stillnote, that mutes notifications while you read.\n\nWould you like to try it this week?\n\nIt's free on the App Store: [link]\n\nThanks,\nIan"
    ],
    [
      "a capital the draft writes after its greeting's comma stays",
      'followup',
      "Hi Rosa,  Hope your week is going well! It's been a month since my interview for the [role] position, and I'm keen to hear if there is any news.\n\nThanks,\nEli",
      "Hi Rosa,  It's been a month since my interview for the [role] position, and I'm keen to hear if there is any news.\n\nThanks,\nEli"
    ]
  ])
})

test('round 33: a line said again without its chase is one change, not two', () => {
  const text = "Hi Tom,\n\nI wanted to check in on the warehouse scanner rollout you mentioned - I know you were waiting on the pilot results. How's that going?\n\nHappy to send the checklist other depots used if it helps.\n\nBest,\nRia"
  const said = linter.rewrite({text, channel: 'followup'}).changes.map((c) => `${c.kind}|${c.before}|${c.after}`)
  expect(said.filter((c) => c.startsWith('replaced|I wanted to check in'))).toHaveLength(1)
  expect(new Set(said).size).toBe(said.length)
})
