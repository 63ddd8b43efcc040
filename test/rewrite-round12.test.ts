/**
 * Round 10's judges' findings on the rewrite (issue 17), as team-written drafts, each failing before
 * the change it tests:
 * - the ask: a stock line in place of what the draft asks for (to lend something, a note on how
 *   others do it, a candidate put forward, a job seeker's role, a partnership set out in a list), and
 *   an offer of what the reader is on ("my target list");
 * - structure: a guide line inside a greeting of fields or before a name that opens the message, a
 *   numbered list cut to start at "2.", a question in a list item taking the draft's ask, a cut bullet
 *   joining the heading after it, time options left after their meeting, the same ask twice;
 * - what a manager would not send: spam and blame left in place, a doubled question mark.
 */
import {describe, expect, test} from 'vitest'
import type {Channel} from '../src/types.js'
import {linter, rewritten} from './rewrite-harness.js'

describe("round 12: the ask keeps the draft's purpose", () => {
  test.each<[string, Channel, string, string]>([
    [
      "a request for something other than their time (lend a kit) stays the one ask",
      "email",
      "Hello Riverside Library team! CodeCamp is a one-day coding event for teenagers in Hull. We want to show them how robots are built.\n\nI know your library has a robotics kit, would you be willing to lend the kit for 3 hours on Sunday, May 4th?",
      "Hello Riverside Library team! CodeCamp is a one-day coding event for teenagers in Hull. We want to show them how robots are built.\n\nI know your library has a robotics kit, would you be willing to lend the kit for 3 hours on Sunday, May 4th?"
    ],
    [
      "a meeting about how others do it becomes an offer of a short note on that",
      "email",
      "Mira, congratulations on the COO role at Halden Foods. With the move into two new regions, the rota rules get harder.\n\nWorth a quick conversation about how other food distributors keep rotas legal during expansion?",
      "Mira, congratulations on the COO role at Halden Foods. With the move into two new regions, the rota rules get harder.\n\nWant me to send a short note on how other food distributors keep rotas legal during expansion?"
    ],
    [
      "a recruiter putting a candidate forward asks about the candidate, not \"my application\"",
      "email",
      "Hi Priya,\n\nI would like to recommend a strong candidate for the depot manager role.\n\nTom Reyes has run two depots for six years. I have attached their resume for your review. Would you be interested in scheduling an interview?\n\nBest,\nAna",
      "Hi Priya,\n\nI would like to recommend a strong candidate for the depot manager role.\n\nTom Reyes has run two depots for six years. I have attached their resume for your review. Would you consider them for the role?\n\nBest,\nAna"
    ],
    [
      "a job seeker's follow-up asks about the role it names, not \"any of this\"",
      "followup",
      "Hi Dana,\n\nFollowing up on my note below in case it slipped through. I am still interested in the Planning Analyst role and would value a quick call to confirm fit.\n\nIf you are not the right person, I would appreciate a pointer.\n\nBest,\nSam",
      // (The opening applied for is something of theirs, so no guide line asks for one: ADJUDICATION.md round 7.)
      "Hi Dana,\n\nWould you be open to a few questions about the Planning Analyst role by email?\n\nIf you are not the right person, I would appreciate a pointer.\n\nBest,\nSam"
    ],
    [
      "what the reader is on (\"my target list\") is nothing to send; time options in angle brackets go with the meeting",
      "linkedin-inmail",
      "Hi Dana,\n\nThanks for connecting. I am exploring analyst opportunities and Rotaly is on my target list. If you are open to it, I would appreciate 15 minutes to ask about your team.\n\nIf that works, I can do <two time options> (GMT). If easier, I can also send questions by message.\n\nBest,\nSam",
      // (The offer to send the questions instead says the new ask again: it goes, round 13.)
      // (Since round 29, an InMail's questions are asked by message, its own channel: round 18's judges, r1387.)
      "Hi Dana,\n\nThanks for connecting. I am exploring analyst opportunities and Rotaly is on my target list. Would you be open to a few questions about the role by message?\n\nBest,\nSam"
    ],
    [
      "a partnership set out in a list is the ask, not \"any of this\"",
      "email",
      "Hi Rotaly team,\n\nWe are adding a marketplace of rota tools and Rotaly fits it well:\n\n- Our users already export shifts to payroll\n- Your scheduling fills the gap\n\nWhat we propose:\n\n- A listing in our marketplace\n- An affiliate partnership with 20% commission\n\nCan we schedule 30 minutes this week to discuss?\n\nBest,\nAna",
      "Hi Rotaly team,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] We are adding a marketplace of rota tools and Rotaly fits it well:\n\n- Our users already export shifts to payroll\n- Your scheduling fills the gap\n\nWhat we propose:\n\n- A listing in our marketplace\n- An affiliate partnership with 20% commission\n\nWould a partnership be something you'd consider?\n\nBest,\nAna"
    ]
  ])('%s', (_, channel, draft, expected) => {
    expect(rewritten(draft, channel)).toBe(expected)
  })
})

describe("round 12: structure around the guide line, lists and the ask", () => {
  test.each<[string, Channel, string, string]>([
    [
      "a greeting line of fields and \"and team\" stays the greeting, the guide line under it",
      "email",
      "Hello [Title] [Last Name] and team,\n\nI run a volunteer rota group in [City] with 40 members.\n\nIf someone on your staff handles volunteering, I would appreciate their contact.\n\nThank you,\n[Your name]",
      "Hello [Title] [Last Name] and team,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI run a volunteer rota group in [City] with 40 members.\n\nIf someone on your staff handles volunteering, I would appreciate their contact.\n\nThank you,\n[Your name]"
    ],
    [
      "a name opening the message is its address: the guide line goes after it",
      "followup",
      "Marta, one more note and then I will stop.\n\nI put together a short guide on how two depots cut overtime by 12%.\n\nWant me to send it over?",
      "Marta, [[What you noticed about them: one line that would be wrong if sent to anyone else.]] One more note and then I will stop.\n\nI put together a short guide on how two depots cut overtime by 12%.\n\nWant me to send it over?"
    ],
    [
      "a numbered item is not cut (no list counting from 2.), and a question inside a list item does not take the ask after the list",
      "email",
      "Hi Rotaly team,\n\nQuick intro: I am building **Shiftly** (shiftly.io) - a scheduling app for depots. We keep our data in **Rotaly**.\n\nWe are launching a partner directory for our users (800+ depot managers), and I want to feature Rotaly because:\n\n1. **We run on Rotaly ourselves** (a genuine recommendation!)\n2. **Our users need payroll exports** for their depots\n3. **Perfect fit:** rotas and payroll in one place\n\n**What I need:**\n\n- Partner programme details (assuming 20% commission?)\n- A logo and a short description\n\n**About us:**\n\n- Launching in May with 800+ beta users\n- Target: depots and warehouses\n\nAs a happy Rotaly customer, I would love to refer others. Can we set up a partnership?\n\nBest,\nAna",
      "Hi Rotaly team,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] We keep our data in **Rotaly**.\n\nWe are launching a partner directory for our users (800+ depot managers), and I want to feature Rotaly because:\n\n1. **We run on Rotaly ourselves** (a genuine recommendation!)\n2. **Our users need payroll exports** for their depots\n3. **Perfect fit:** rotas and payroll in one place\n\n**What I need:**\n\n- Partner programme details (assuming 20% commission?)\n- A logo and a short description\n\n**About us:**\n\n- Launching in May with 800+ beta users\n- Target: depots and warehouses\n\nAs a happy Rotaly customer, I would love to refer others. Can we set up a partnership?\n\nBest,\nAna"
    ],
    [
      // ("We cut admin time and you provide ...": with a comma there, "Complementary value: We cut
      // admin time," now that "Complementary" is tagged an adjective, is read as a fronted phrase up
      // to the comma and "you provide amazing payroll" as the clause, an observation of the reader's:
      // docs/taggers.md. It passed while the tagger called "Complementary" a name.)
      "a cut bullet at the end of a list leaves the heading after it on its own paragraph",
      "email",
      "Hi Rotaly team,\n\nWe are launching a **partner directory** and Rotaly is our first choice because:\n\n- **Perfect fit:** Our users already export shifts (Deputy, Rota Cloud)\n- **Natural upsell:** \"Plan rotas and payroll in one place!\"\n- **Complementary value:** We cut admin time and you provide amazing payroll\n\n**What we need from you:**\n\n- Partner programme details (commission, payout terms)\n- A logo and a one-line description\n\nCan we schedule a 15-minute call this week to discuss?\n\nBest,\nAna",
      "Hi Rotaly team,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] We are launching a **partner directory** and Rotaly is our first choice because:\n\n- **Perfect fit:** Our users already export shifts (Deputy, Rota Cloud)\n- **Natural upsell:** \"Plan rotas and payroll in one place!\"\n\n**What we need from you:**\n\n- Partner programme details (commission, payout terms)\n- A logo and a one-line description\n\nWorth a look?\n\nBest,\nAna"
    ],
    [
      "the same ask is not said twice when a second time ask goes in a later pass",
      "followup",
      "Hi {first_name}, I wanted to reach out again because I have not heard back from you. Our app is really amazing and I think you would love it. Please let me know when you are available for a demo. I am very flexible and can fit around your diary. Looking forward to hearing from you soon.",
      "Hi {first_name}, [[One line on what you noticed about them, then one line on how you help with it.]] Want me to send over a short recorded demo? Looking forward to hearing from you soon."
    ]
  ])('%s', (_, channel, draft, expected) => {
    expect(rewritten(draft, channel)).toBe(expected)
  })
})

describe("round 12: what a manager would not send goes", () => {
  test.each<[string, Channel, string, string]>([
    [
      "a spam sentence with no fact of the draft goes",
      "email",
      "Hi Jo, Saw Northgate opened a second depot in Leeds. ACT NOW! This is a 100% free risk-free limited time offer, click here to buy now and win cash bonus. Would a rota template for two depots help?",
      "Hi Jo, Saw Northgate opened a second depot in Leeds. Would a rota template for two depots help?"
    ],
    [
      "blame for the reader's silence goes",
      "followup",
      "Hi {first_name}, This is my last attempt to reach you. I have sent several emails and had no reply. I find this very unprofessional. If you are not interested, the least you could do is tell me.",
      // (The last-note line stays since round 25: it says why the note is sent.)
      "Hi {first_name}, This is my last attempt to reach you."
    ],
    [
      "a doubled question mark becomes one",
      "email",
      "Hi Jo, Are your depots short of drivers?? Saw Northgate opened a second depot in Leeds last month. We place drivers within 48 hours. Worth a look?",
      "Hi Jo, Are your depots short of drivers? Saw Northgate opened a second depot in Leeds last month. Worth a look?"
    ]
  ])('%s', (_, channel, draft, expected) => {
    expect(rewritten(draft, channel)).toBe(expected)
  })

  test('a doubled question mark in a sentence that goes is no change of its own', () => {
    const out = linter.rewrite({text: 'Hi Jo, Our revolutionary AI platform is the best tool for depots?? Saw Northgate opened a depot in Leeds.', channel: 'email'})
    expect(out.changes.find((c) => c.before === 'Our revolutionary AI platform is the best tool for depots??')).toMatchObject({kind: 'removed'})
    expect(out.changes.filter((c) => c.before === '??')).toEqual([])
  })

  test('the change list says why spam and blame went', () => {
    const spam = linter.rewrite({text: "Hi Jo, Saw Northgate opened a second depot in Leeds. ACT NOW! This is a 100% free risk-free limited time offer, click here to buy now and win cash bonus. Would a rota template for two depots help?", channel: 'email'})
    expect(spam.changes.find((c) => c.before.startsWith('This is a 100% free'))).toMatchObject({ruleId: 'spam-trigger-words', kind: 'removed', why: expect.stringMatching(/spam/)})
    const hostile = linter.rewrite({text: "Hi {first_name}, This is my last attempt to reach you. I have sent several emails and had no reply. I find this very unprofessional. If you are not interested, the least you could do is tell me.", channel: 'followup'})
    expect(hostile.changes.find((c) => c.before === 'I find this very unprofessional.')).toMatchObject({kind: 'removed', why: expect.stringMatching(/blames the reader/)})
  })
})
