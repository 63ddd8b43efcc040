/**
 * Round 17's judges' findings (issue 17, round 27 of the rewrite), as team-written drafts, each failing
 * before the change it tests. A new ask does not offer what a kept sentence of the draft already
 * offers to send ("Want me to send over the one-pager?" beside "I'll send a one-pager that might
 * help."): that offer is the ask. A self-introduction by name that a later "X and I" leans on stays,
 * and that sentence is not moved ahead of it. A last note ("this will be my last note") asks nothing
 * new. A word that opens a sentence ("That is what we build.") is never taken for the product's name
 * in a guide line. A note in lower case, read as one sentence, loses only its last question (the call).
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe("round 27: the draft's own offer is its ask, and a last note asks nothing new", () => {
  rewrites([
    [
      "the draft's own offer to send a checklist is its ask: no \"Want me to send over the checklist?\" beside it",
      "email",
      "Hi Maya,\n\nSaw you took over the support team at Brightline last month. The first quarter in that seat is mostly triage.\n\nI coach new support leads through exactly this stretch. Curious what has been hardest so far. 20 min sometime next week?\n\nEither way, reply with whatever is slowing the team down. I'll send a checklist that might help.\n\nSam",
      "Hi Maya,\n\nSaw you took over the support team at Brightline last month. The first quarter in that seat is mostly triage.\n\nI coach new support leads through exactly this stretch. Curious what has been hardest so far.\n\nReply with whatever is slowing the team down. I'll send a checklist that might help.\n\nSam"
    ],
    [
      "(a guard, passing before) an offer to send something else beside the time ask: the new ask is about the partnership, and the offer stays",
      "email",
      "Hi [Brand Name] Team,\n\nI create cooking videos for 40,000 followers and often feature kitchen tools like yours.\n\nI'd like to propose a partnership where a recipe series features [brand name].\n\nWould you be open to a 15-minute call next week?\n\nI can send my media kit as well.\n\nBest,\nZoe",
      "Hi [Brand Name] Team,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I create cooking videos for 40,000 followers and often feature kitchen tools like yours.\n\nI'd like to propose a partnership where a recipe series features [brand name].\n\nWould a partnership be something you'd consider?\n\nI can send my media kit as well.\n\nBest,\nZoe"
    ],
    [
      "a last note asks nothing new: no \"Worth a look?\" after the goodbye",
      "followup",
      "Hi Sam,\n\nI've followed up a few times and haven't heard back.\n\nI don't want to crowd your inbox, so this will be my last note for now.\n\nIf payroll ever becomes a headache, I'd love to help.\n\nBest,\nLiv",
      "Hi Sam,\n\nI don't want to crowd your inbox, so this will be my last note for now.\n\nIf payroll ever becomes a headache, I'd love to help.\n\nBest,\nLiv"
    ]
  ])
})

describe('round 27: what a later sentence leans on stays, and a guide line names no sentence start', () => {
  rewrites([
    [
      "a self-introduction by name that \"{{ chair2 }} and I\" leans on stays, and that sentence stays after it",
      "email",
      "Hello {{ name }},\n\nI am {{ chair1 }}. {{ chair2 }} and I are the co-chairs of the 2026 Data Tools Workshop in Leeds. I am writing to invite you to chair a session on {{ topic }}.\n\nYou were recommended by several colleagues as a strong voice in the {{ topic }} community.\n\nAs session chair, you would pick four talks from the submissions and lead the discussion.\n\nPlease let us know if you have any questions.\n\nBest,\n{{ chair1 }} & {{ chair2 }}",
      "Hello {{ name }},\n\nYou were recommended by several colleagues as a strong voice in the {{ topic }} community.\n\nI am {{ chair1 }}. {{ chair2 }} and I are the co-chairs of the 2026 Data Tools Workshop in Leeds. I am writing to invite you to chair a session on {{ topic }}.\n\nAs session chair, you would pick four talks from the submissions and lead the discussion.\n\nPlease let us know if you have any questions.\n\nBest,\n{{ chair1 }} & {{ chair2 }}"
    ],
    [
      "a word that opens a sentence (\"That is what we build.\") is no product name for the guide line",
      "linkedin-inmail",
      "Congrats on opening the Leeds warehouse. A network that ships 40,000 orders a week deserves a revolutionary picking system: fast, accurate and easy to train. That is what we build. Worth a 20-minute call?",
      "Congrats on opening the Leeds warehouse. [[One line on what you noticed about them, then one line on how you help with it. Proof to keep: A network that ships 40,000 orders a week deserves a picking system: fast.]] Would any of this help right now?"
    ]
  ])
})

describe('round 27: a note in lower case loses only its time ask', () => {
  rewrites([
    [
      "an SMS in lower case reads as one sentence: only its last question, the call, goes",
      "sms",
      "hey Priya! it's been ages — did the studio move go ok? i thought of you because i've been setting up automated booking reminders for yoga studios, and you had a few friends who run studios. worth a quick call sometime this week?",
      "hey Priya! it's been ages — did the studio move go ok? i thought of you because i've been setting up automated booking reminders for yoga studios, and you had a few friends who run studios. Worth a look?"
    ]
  ])
})
