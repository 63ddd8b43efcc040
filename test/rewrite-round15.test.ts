/**
 * Round 12's judges' findings on the rewrite (issue 17) that round 14's changes left standing, as
 * team-written drafts, each failing before the change it tests:
 * - a stock "Worth a look?" in place of a call ask when nothing is offered to look at: the ask keeps
 *   what the call was for (what it was to find out, to learn, the connection, the proposal, the
 *   thing the sender wished to show);
 * - the draft's one request of the reader cut as a second ask beside a question it asks itself, or the
 *   meeting's purpose cut because a line asking when to meet later was kept as the ask;
 * - text that contradicts the new line about them left in place: a bump that excuses their silence,
 *   "Bumping this" before what it brings, a guilt trip, a mass send said out loud;
 * - a reorder that splits a thought: a line about them moved away from the sentence leaning on it.
 */
import {describe} from 'vitest'
import {OBSERVE, rewrites} from './rewrite-harness.js'

const OBSERVE_HELP = '[[One line on what you noticed about them, then one line on how you help with it.]]'

describe('round 15: the new ask keeps what the call was for', () => {
  rewrites([
    [
      "\"to see if it's useful\" is asked outright, not as \"Worth a look to see if ...\"",
      'email',
      "Hi Rosa,\n\nSaw that Fernway opened two new depots this spring. Route planning usually gets harder before anyone notices.\n\nWe help fleet teams plan routes without spreadsheets.\n\nWorth a quick call to see if it's useful for the new depots?\n\nBest,\nTom",
      "Hi Rosa,\n\nSaw that Fernway opened two new depots this spring. Route planning usually gets harder before anyone notices.\n\nWe help fleet teams plan routes without spreadsheets.\n\nIs it useful for the new depots?\n\nBest,\nTom"
    ],
    [
      "\"to see if this fits\" becomes \"Does this fit ...?\"",
      'email',
      "Hi Lee,\n\nIf Norvale is moving its payroll to a new provider this year, there is an audit step most teams miss.\n\nWe built an open-source checker that compares two payroll runs line by line.\n\nWorth a 15-minute call to see if this fits your migration plan?\n\nKim",
      "Hi Lee,\n\nIf Norvale is moving its payroll to a new provider this year, there is an audit step most teams miss.\n\nWe built an open-source checker that compares two payroll runs line by line.\n\nDoes this fit your migration plan?\n\nKim"
    ],
    [
      "a call to understand how they do something becomes the question itself",
      'email',
      "Hi Sam,\n\nI am testing a small CLI that flags risky database migrations before they ship.\n\nCould I get 20 minutes to understand how you review schema changes today? I am looking for the cases a generic linter misses.\n\nThanks,\nAli",
      `Hi Sam,\n\n${OBSERVE_HELP}\n\nHow do you review schema changes today? I am looking for the cases a generic linter misses.\n\nThanks,\nAli`
    ],
    [
      "a connection note asks to connect, without the demo joined to it",
      'linkedin-connect',
      "Hi Ana — I work with bakeries on ordering forecasts that cut daily waste. Would love to connect and share a quick demo.",
      `Hi Ana — ${OBSERVE_HELP} Would love to connect.`
    ],
    [
      "the wish to show, just after the call ask, is what the new ask offers to send",
      'email',
      "Hi,\n\nI just read your newsletter on indoor climbing – great piece on grip training!  We help coaches like you sell training plans with no up-front cost.  Would you be open to a quick chat next week? I'd love to show you a few ways we could help.\n\nBest, Ola",
      "Hi,\n\nI just read your newsletter on indoor climbing – great piece on grip training!  We help coaches like you sell training plans with no up-front cost.  Want me to send over a few ways we could help?\n\nBest, Ola"
    ],
    [
      "a draft that sets out \"What We Propose\" asks about the proposal",
      'email',
      "Hi [Name],\n\nWe run a payments API for game studios.\n\n**What We Propose:**\n1. **Integration:** We build a plugin for your engine\n2. **Launch:** A joint tutorial\n\n**Next Steps:**\nWould you be open to a 15-minute chat next week to explore possibilities?\n\nBest,\nNia",
      `Hi [Name],\n\n${OBSERVE_HELP}\n\n**What We Propose:**\n1. **Integration:** We build a plugin for your engine\n2. **Launch:** A joint tutorial\n\nWould the proposal be something you'd consider?\n\nBest,\nNia`
    ],
  ])
})

describe('round 15: the request that is the purpose stays', () => {
  rewrites([
    [
      "the request of the reader is kept after a question the draft asks itself",
      'email',
      "Hello Lab team,\n\nI maintain an open-source sparse-attention kernel, verified against the reference on 40,000 random inputs.\n\n[your lab's relevant GPU cluster or paper] looks like it could answer what I can't alone: does the kernel hold up on real multi-GPU nodes?\n\nCould your team offer remote access to a multi-GPU node for a week? Test plan: `docs/gpu-plan.md`.\n\nRiya",
      "Hello Lab team,\n\n[[One line on how you help with what you noticed about them. Proof to keep: verified against the reference on 40,000 random inputs.]]\n\n[your lab's relevant GPU cluster or paper] looks like it could answer what I can't alone: does the kernel hold up on real multi-GPU nodes?\n\nCould your team offer remote access to a multi-GPU node for a week? Test plan: `docs/gpu-plan.md`.\n\nRiya"
    ],
  ])
})

describe('round 15: nothing left that contradicts the line about them', () => {
  rewrites([
    [
      "a bump that excuses their silence goes whole, and the new thing after it stays",
      'followup',
      "Hey Sam,\n\nQuick follow-up — I know inboxes are brutal.\n\nOne thing I left out: our planner now reads shift swaps from Deputy, so the Leeds rota updates on its own.\n\nStill happy to send the setup notes if useful.\n\nAna",
      `Hey Sam,\n\n${OBSERVE}\n\nOne thing I left out: our planner now reads shift swaps from Deputy, so the Leeds rota updates on its own.\n\nStill happy to send the setup notes if useful.\n\nAna`
    ],
    [
      "\"Bumping this\" goes, and what it brings is the sentence",
      'followup',
      "Bumping this — a short example: [customer story].",
      `${OBSERVE} A short example: [customer story].`
    ],
    [
      "\"clearly I'm not reaching the right person\" goes as a guilt trip",
      'followup',
      "[Name], clearly I'm not reaching the right person at [Company].\n\nShould I be talking to someone else about rota planning? Happy to redirect.",
      `[Name],\n\n${OBSERVE}\n\nShould I be talking to someone else about rota planning? Happy to redirect.`
    ],
    [
      "a mass send said out loud (\"Reaching out to all the past clients we have on file!\") goes whole",
      'sms',
      "Reaching out to all the past clients we have on file! Our spring cleaning slots for Leeds homes open Monday, reply YES for the list.",
      `${OBSERVE} Our spring cleaning slots for Leeds homes open Monday, reply YES for the list.`
    ],
  ])
})

describe('round 15: a reorder does not split a thought', () => {
  rewrites([
    [
      "a line about them is not moved away from the sentence after it that leans on it (\"They're ...\")",
      'email',
      "Hi [Name],\n\nI'm reaching out because [Platform] has built an impressive depot network, but there's a real planning gap your site managers are facing.\n\nThe Problem: Your Fortune 500 clients are shipping from twelve depots at once but have no shared way to see driver hours, rest breaks or cover. They're relying on spreadsheets and phone calls — which don't scale past a few sites.\n\nThe Solution: Shiftwise provides the first rota engine built for multi-depot fleets. We've built planning rules that check hours, breaks and cover in real time.\n\nWhy this matters for [Platform]:\n• 30% fewer uncovered shifts\n• Lower compliance risk on driver hours\n\nWe're already working with [similar fleet] and seeing strong demand.\n\nWould you be open to a 15-minute call to discuss how Shiftwise could support [Platform]'s depots?\n\nBest regards,\n[Name]",
      "Hi [Name],\n\n[Platform] has built an impressive depot network, but there's a real planning gap your site managers are facing.\n\nThe Problem: Your Fortune 500 clients are shipping from twelve depots at once but have no shared way to see driver hours, rest breaks or cover. They're relying on spreadsheets and phone calls — which don't scale past a few sites.\n\nThe Solution: Shiftwise provides the first rota engine built for multi-depot fleets. We've built planning rules that check hours, breaks and cover in real time.\n\nWhy this matters for [Platform]:\n• 30% fewer uncovered shifts\n• Lower compliance risk on driver hours\n\nWe're already working with [similar fleet] and seeing strong demand.\n\nWant me to send a short note on how Shiftwise could support [Platform]'s depots?\n\nBest regards,\n[Name]"
    ],
  ])
})

describe('round 15: the purpose of a meeting that went stays', () => {
  rewrites([
    [
      "the meeting's purpose stays as the ask, and \"let me know when it might be better\" goes with the meeting",
      'followup',
      "Hi {{ $json.first_name }},\n\nI wanted to quickly follow up on my previous email.\n\nI'd love to schedule a short chat to explore how we could support {{ $('Lead Sheet').item.json['Company'] }} in your spring hiring push.\n\nIf now's not a good time, no worries — just let me know when it might be better for you.\n\nBest regards,\nSam",
      `Hi {{ $json.first_name }},\n\n${OBSERVE}\n\nWant me to send a short note on how we could support {{ $('Lead Sheet').item.json['Company'] }} in your spring hiring push?\n\nBest regards,\nSam`
    ],
  ])
})
