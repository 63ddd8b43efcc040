/**
 * Round 21's judges' findings on what the rewrite adds and on its layout (issue 17, round 34 of the
 * rewrite), as team-written drafts, each failing before the change it tests. The ask fits what the
 * draft is for and what it already asks: an introduction keeps its hand-off, an invitation asks whether
 * they would take part, a request or a reply joined to a meeting stays without the meeting, an offer
 * the draft makes is its ask, and steps in a list are no menu. The layout stays whole: a heading asked
 * as a question is a label, a heading whose section went goes, a guide line is never glued to a
 * heading, and a cut that would leave a fragment is not made.
 */
import {describe, expect, test} from 'vitest'
import {readKind} from '../src/fix/kind.js'
import {rewrites} from './rewrite-harness.js'

describe('round 34: what the draft is for', () => {
  test('an invitation to teach or host with the writer is an invitation', () => {
    expect(readKind("I'd love to have you teach the second half of our data workshop with me.")).toBe('invitation')
    expect(readKind('We would like to have you co-host the spring meetup.')).toBe('invitation')
  })
})

describe('round 34: the ask fitted to what the draft already asks', () => {
  rewrites([
    [
      "an introduction of two people keeps its hand-off, without the meeting: that is theirs to set up, and no stock question of the writer",
      "email",
      "Hi both,\n\nPriya, meet Tom Hale, Head of Support at Fernway. Tom moved his team to a new ticketing setup last spring.\n\nTom, Priya is planning the same move at Lumen and would value hearing how it went.\n\nI'll let you two take it from here - feel free to set up a quick call when it suits you.\n\nCheers,\nAda",
      "Hi both,\n\nPriya, meet Tom Hale, Head of Support at Fernway. Tom moved his team to a new ticketing setup last spring.\n\nTom, Priya is planning the same move at Lumen and would value hearing how it went.\n\nI'll let you two take it from here.\n\nCheers,\nAda"
    ],
    [
      "a booking link or a reply: the reply is the ask, without the booking",
      "email",
      "Hi Sam,\n\nYour spring menu at Olive & Rye was the talk of our street.\n\nWe're offering a deep clean of commercial kitchens for $300 through May, and I wanted to give our past clients the first pick of dates.\n\nGrab a slot here: [booking link] or just reply to this email.\n\n[Your name]",
      "Hi Sam,\n\nYour spring menu at Olive & Rye was the talk of our street.\n\nWe're offering a deep clean of commercial kitchens for $300 through May, and I wanted to give our past clients the first pick of dates.\n\nJust reply to this email.\n\n[Your name]"
    ],
    [
      "a request joined to a meeting to plan: the request stays, the meeting goes",
      "email",
      "Hi [Name],\n\nI'd love to have you co-host our beginner Python workshop on [date] at the Leeds library.\n\nThe workshop runs in partnership with the city's adult learning service, and the lesson notes are ready.\n\nLet me know by [date] if you can join and we can set up a call to plan the day.\n\nThanks,\n[Your name]",
      "Hi [Name],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI'd love to have you co-host our beginner Python workshop on [date] at the Leeds library.\n\nThe workshop runs in partnership with the city's adult learning service, and the lesson notes are ready.\n\nLet me know by [date] if you can join.\n\nThanks,\n[Your name]"
    ],
    [
      "an invitation to take part, with \"in partnership with\" said of someone else: whether they would, not a partnership nor \"Worth a look?\"",
      "email",
      "Hi [Name],\n\nI'd love to have you co-host our beginner Python workshop on [date] at the Leeds library.\n\nThe workshop runs in partnership with the city's adult learning service, and the lesson notes are ready.\n\nWould you be up for a quick call next week?\n\nThanks,\n[Your name]",
      "Hi [Name],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI'd love to have you co-host our beginner Python workshop on [date] at the Leeds library.\n\nThe workshop runs in partnership with the city's adult learning service, and the lesson notes are ready.\n\nWould you be interested?\n\nThanks,\n[Your name]"
    ],
    [
      "a call or answers by email: the answers are the ask, not \"Worth a look?\"",
      "email",
      "Hi Priya,\n\nWe sell rye flour from a mill near Malton to bakeries across Yorkshire, and we've been doing it for twelve years.\n\nHappy to jump on a call or just answer questions over email.\n\nBest,\nOmar",
      "Hi Priya,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] We sell rye flour from a mill near Malton to bakeries across Yorkshire, and we've been doing it for twelve years.\n\nHappy to just answer questions over email.\n\nBest,\nOmar"
    ],
    [
      "a call back or answers by text: the answers are the ask, and a missed call of theirs needs no line on what was noticed",
      "sms",
      "Hi Jo, this is Sam from Brightpipe Plumbing. Sorry I missed your call this morning, I was under a sink. Happy to ring you back after lunch or answer any questions by text.",
      "Hi Jo, this is Sam from Brightpipe Plumbing. Sorry I missed your call this morning, I was under a sink. Happy to answer any questions by text."
    ],
    [
      "the draft's own offer is its ask: no stock question after it",
      "email",
      "Hi Priya,\n\nI run a small bakery supply shop in York.\n\nWe now stock rye flour from a mill near Malton. I'd love to send you a free 2kg bag to try.\n\nBest,\nOmar",
      "Hi Priya,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I run a small bakery supply shop in York.\n\nWe now stock rye flour from a mill near Malton. I'd love to send you a free 2kg bag to try.\n\nBest,\nOmar"
    ],
    [
      "an offer on their interest just before the time ask is the ask: the time ask goes, and nothing is added after the offer",
      "email",
      "Hi Lena,\n\nYour team ships the Tally mobile SDK, and its issues page asks often how offline sync works.\n\nWe turn repositories into short narrated walkthroughs, and we made one of your sync module: {{link}}\n\nIf that looks useful, happy to set you up with a free month of the API.\n\nWorth 15 minutes on a call to see if it fits?\n\n- Jonas",
      "Hi Lena,\n\nYour team ships the Tally mobile SDK, and its issues page asks often how offline sync works.\n\nWe turn repositories into short narrated walkthroughs, and we made one of your sync module: {{link}}\n\nIf that looks useful, happy to set you up with a free month of the API.\n\n- Jonas"
    ],
    [
      "an ask added to a one-line note goes before a sign-off that is a template's field, not after it",
      "sms",
      "Hi Lee — Kim here from Ashby Roofing. We fixed your gutters last spring, and the autumn storms are close. We have three inspection slots left in October for past clients, at $60 each. — [Your name]",
      "Hi Lee — Kim here from Ashby Roofing. We fixed your gutters last spring, and the autumn storms are close. We have three inspection slots left in October for past clients, at $60 each. Worth a look? — [Your name]"
    ],
    [
      "the numbered steps of what they would do are no menu: the request after them stays the ask",
      "email",
      "Hi Sam,\n\nWe're opening the Trellis beta to twenty teams next week, and we'd value your team's feedback before launch.\n\n## What You'll Do\n\n1. Build one small app with the new CLI\n2. Note anything that confused you\n\n## Interested?\n\n**Reply \"IN\"** and we'll send the setup notes on Monday.\n\nCheers,\nKim",
      "Hi Sam,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] We're opening the Trellis beta to twenty teams next week, and we'd value your team's feedback before launch.\n\n## What You'll Do\n\n1. Build one small app with the new CLI\n2. Note anything that confused you\n\n## Interested?\n\n**Reply \"IN\"** and we'll send the setup notes on Monday.\n\nCheers,\nKim"
    ]
  ])
})

describe('round 34: the layout kept whole', () => {
  rewrites([
    [
      "headings asked as questions label their lists: they stay, and the request after them is the ask",
      "email",
      "Hi [Name],\n\nI'm reaching out because you run one of the busiest school libraries in the county.\n\n**What is Shelfwise?**\n\nShelfwise tracks which books pupils borrow and suggests what to order next.\n\n**What's the commitment?**\n\n- One 20-minute setup\n- A short survey at the end of term\n\n**What's in it for you?**\n\n- A free year of the paid plan\n- A say in what we build next\n\nReply with your school's name if you'd like a place.\n\nThanks,\nRuth",
      "Hi [Name],\n\nYou run one of the busiest school libraries in the county.\n\n**What is Shelfwise?**\n\nShelfwise tracks which books pupils borrow and suggests what to order next.\n\n**What's the commitment?**\n\n- One 20-minute setup\n- A short survey at the end of term\n\n**What's in it for you?**\n\n- A free year of the paid plan\n- A say in what we build next\n\nReply with your school's name if you'd like a place.\n\nThanks,\nRuth"
    ],
    [
      "a heading whose list went goes with it",
      "email",
      "Hi [Name] Team,\n\nI'm writing to see if two or three of your nurses would like to pilot a new triage notes tool.\n\n**Pilot details:**\n\n- **Length:** four weeks in March\n- **Time:** a 15-minute setup and two short check-ins\n\n**What pilots get:**\n\n✅ A say in what gets built\n✅ Connect with innovative clinics\n✅ Early access before launch\n✅ A direct line to the founders\n\n**Privacy:**\n\n- Notes never leave your network\n- No patient names are stored\n\nIf you'd like to take part, reply with the names of the nurses who'd join.\n\nThanks,\nRuth",
      "Hi [Name] Team,\n\n**Pilot details:**\n\n- **Length:** four weeks in March\n- **Time:** a 15-minute setup and two short check-ins\n\n**Privacy:**\n\n- Notes never leave your network\n- No patient names are stored\n\nIf you'd like to take part, reply with the names of the nurses who'd join.\n\nThanks,\nRuth"
    ],
    [
      "a guide line in front of a heading is a paragraph of its own",
      "email",
      "Hey [Name],\n\nBig fan of your woodworking videos.\n\nI made a free app that plans cut lists for flat-pack furniture. It's called Kerfly, and it has already saved me a lot of plywood.\n\n**How it works:**\n1. Enter the panel sizes\n2. Pick the sheet size\n3. Get a cut plan with the least waste\n\nWould you be interested in trying it?\n\nThanks,\nJonas",
      "Hey [Name],\n\nBig fan of your woodworking videos.\n\nI made a free app that plans cut lists for flat-pack furniture. It's called Kerfly, and it has already saved me a lot of plywood.\n\n[[One line on what you noticed about them, then one line on how you help with it.]]\n\n**How it works:**\n1. Enter the panel sizes\n2. Pick the sheet size\n3. Get a cut plan with the least waste\n\nWould you be interested in trying it?\n\nThanks,\nJonas"
    ],
    [
      "a cut that would leave \"Personally because ...\" takes the \"because\" too: the reason says it on its own",
      "email",
      "Hi Mei,\n\nI wanted to reach out personally because I think your maths club would enjoy a puzzle league we're starting.\n\nTeams of four solve one puzzle a week for six weeks, and each team submits by Friday.\n\nLet me know if your club would like a place.\n\nBest,\nTom",
      "Hi Mei,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI think your maths club would enjoy a puzzle league we're starting.\n\nTeams of four solve one puzzle a week for six weeks, and each team submits by Friday.\n\nLet me know if your club would like a place.\n\nBest,\nTom"
    ],
    [
      "an invitation said with a stock lead-in comes back without it: it is why the note was sent",
      "email",
      "Hi Ravi,\n\nI wanted to reach out to invite you to join a reading group some of us are starting for new engineering managers.\n\nWe meet once a month over lunch and take turns picking a book.\n\nLet me know if you'd like to come along.\n\nBest,\nNadia",
      "Hi Ravi,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI'd like to invite you to join a reading group some of us are starting for new engineering managers.\n\nWe meet once a month over lunch and take turns picking a book.\n\nLet me know if you'd like to come along.\n\nBest,\nNadia"
    ]
  ])
})
