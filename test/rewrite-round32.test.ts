/**
 * Round 20's judges' findings on the ask and the guide lines (issue 17, round 32 of the rewrite), as
 * team-written drafts, each failing before the change it tests. What the draft is for is read once
 * (src/fix/kind.ts) and chooses the stock ask and whether a line on what was noticed fits: an
 * applicant asks about the role, a founder whether the round fits what the reader invests in, a client's
 * follow-up whether they go ahead with the quote; a check-in after an interview or on a quote asks for
 * what was discussed, not what was noticed about a stranger, and an applicant's follow-up for what draws
 * them to the team. And the draft's own offer stays its ask: a free audit, a note on what the
 * meeting was to show, the outcome the sender helps with.
 */
import {describe, expect, test} from 'vitest'
import {afterContact, readKind, seeksJob, type DraftKind} from '../src/fix/kind.js'
import {rewrites} from './rewrite-harness.js'

describe('round 32: what the draft is for, read once', () => {
  const rows: Array<[string, DraftKind]> = [
    ["I'm following up on our interview for the Data Analyst role last Tuesday. I'd welcome any news on timing.", 'post-interview'],
    ['Thank you again for the opportunity to interview with the support team.', 'post-interview'],
    ['I came across the Junior Designer opening at Fernway and liked your case studies.', 'job-application'],
    ["I sent in my application for the Ops Lead position last week and wanted to add one thing.", 'job-application'],
    ["I'm a backend engineer exploring roles in climate software and would love to learn more about your experience at Brightgrid.", 'networking'],
    ["Not sure if you're open to new opportunities, but we have a staff role that fits your background.", 'other'],
    ["We're raising a $1.5M pre-seed for Tallyfold, an invoicing tool for plumbers.", 'investor'],
    ['We invest in seed-stage logistics software and liked what you shared at the meetup.', 'investor'],
    ['Just checking in on the proposal we sent for the warehouse fit-out.', 'client-followup'],
    ["We're looking for sponsors for our autumn hackathon for 300 students.", 'sponsorship'],
    ["We'd love to have you join us as a speaker at the Leeds product meetup.", 'invitation'],
    ['Dana Ruiz suggested I reach out about your analytics team.', 'referral'],
    ["I'd like to pitch a guest post for your newsletter on pricing small SaaS.", 'press'],
    ['We help clinics like yours cut no-shows with text reminders.', 'sale'],
    ['Loved your talk on queueing theory last week.', 'other'],
    // (A business's opening is no job's.)
    ['Saw your Leeds opening, congrats on the new depot.', 'other'],
    // (A designer's "my portfolio" is no fund's.)
    ['Please take a look at my portfolio of logo work.', 'other']
  ]
  test.each(rows)('%s -> %s', (body, kind) => {
    expect(readKind(body)).toBe(kind)
  })

  test('a check-in after an interview or on a proposal comes after real contact; a sale or a networking note does not', () => {
    expect(afterContact('sale')).toBe(false)
    expect(afterContact('networking')).toBe(false)
    expect(afterContact('post-interview')).toBe(true)
    expect(afterContact('client-followup')).toBe(true)
    expect(seeksJob('job-application')).toBe(true)
    expect(seeksJob('investor')).toBe(false)
  })
})

describe('round 32: the ask and the guide lines chosen for what the draft is for', () => {
  rewrites([
    [
      "a fit asked about when the draft says what it helps them do: the outcome is the question, not \"exploring whether there's a fit\"",
      "email",
      "Hi Priya,\n\nSaw that Lumen Dental added a second clinic in Leeds this spring.\n\nWe help practices like yours fill 20% more chairs without more front-desk staff.\n\nWorth a 15-min chat to see if there's a fit?\n\nBest,\nOwen",
      "Hi Priya,\n\nSaw that Lumen Dental added a second clinic in Leeds this spring.\n\nWe help practices like yours fill 20% more chairs without more front-desk staff.\n\nIs filling 20% more chairs a priority right now?\n\nBest,\nOwen"
    ],
    [
      "a wish to show before its booking link (\"...: [BOOKING_LINK]\") is sent as a note, not \"Worth a look?\" with nothing to look at",
      "email",
      "Hi [Name],\n\nI saw [Company] rolled out [new feature] last month, and your write-up on [topic] was sharp.\n\n[VALUE_PROP]\n\nWould love to show you how this could work for your support team: [BOOKING_LINK]\n\nThanks,\n[Sender]",
      "Hi [Name],\n\nI saw [Company] rolled out [new feature] last month, and your write-up on [topic] was sharp.\n\n[VALUE_PROP]\n\nWant me to send a short note on how this could work for your support team?\n\nThanks,\n[Sender]"
    ],
    [
      "a job applicant's time ask becomes questions about the role, not \"Worth a look?\"",
      "linkedin-connect",
      "Hi [Name],\n\nI came across the [Role] opening at [Company] and liked [something about the team]. My background in [field] fits what you're building.\n\nCould we grab 15 minutes to chat about the role?\n\nThanks,\nMina",
      "Hi [Name],\n\nI came across the [Role] opening at [Company] and liked [something about the team]. My background in [field] fits what you're building.\n\nWould you be open to a few questions about the [Role] opening by message?\n\nThanks,\nMina"
    ],
    [
      "a founder raising a round asks whether it fits what the reader invests in, not whether any of it helps",
      "email",
      "Hi [Partner Name],\n\nI'm the founder of Tallyfold. We're raising a $2M seed round to [use of funds].\n\n[Traction line]\n\n[Why now]\n\nWould you be open to a 20-minute call next week?\n\nBest,\nRuth",
      "Hi [Partner Name],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm the founder of Tallyfold. We're raising a $2M seed round to [use of funds].\n\n[Traction line]\n\n[Why now]\n\nDoes this fit what you invest in?\n\nBest,\nRuth"
    ],
    [
      "a client's follow-up on the quote gets no line on what was noticed, and asks whether they go ahead",
      "followup",
      "Hi [Client Name],\n\nChecking in on the quote I sent on Monday for the [Project].\n\nHere's what the quote covers:\n- [Item 1]\n- [Item 2]\n- Price: $[Amount]\n\nI can start on [Date] if you'd like to move forward.\n\nCould we hop on a quick call this week to go over it?\n\nThanks,\n[Your Name]",
      "Hi [Client Name],\n\n[[What you discussed or agreed with them: one line only they would recognise.]]\n\nI sent the quote for the [Project] on Monday.\n\nHere's what the quote covers:\n- [Item 1]\n- [Item 2]\n- Price: $[Amount]\n\nI can start on [Date] if you'd like to move forward.\n\nWould you like to go ahead, or is there anything you'd change in the quote first?\n\nThanks,\n[Your Name]"
    ],
    [
      "a check-in after an interview asks for what was discussed there, not what was noticed about the hiring manager",
      "followup",
      "Hi [Name],\n\nThank you again for the opportunity to interview with you last [day]. I remain very interested in joining the team.\n\nPlease let me know if there is anything else I can send.\n\nBest,\nTeo",
      "Hi [Name],\n\n[[What you discussed or agreed with them: one line only they would recognise.]]\n\nThank you again for the opportunity to interview with you last [day]. I remain very interested in joining the team.\n\nPlease let me know if there is anything else I can send.\n\nBest,\nTeo"
    ],
    [
      "a free audit the meeting was to explore stays the ask, without the meeting",
      "email",
      "Hi [Name],\n\nI noticed [Store] relaunched its checkout last week.\n\nWe're Keelhaul, a small team that tests Shopify checkouts for drop-off.\n\nWould you be open to a 20-min call to explore a free checkout audit for [Store]?\n\nBest,\nIda",
      "Hi [Name],\n\nI noticed [Store] relaunched its checkout last week.\n\nWe're Keelhaul, a small team that tests Shopify checkouts for drop-off.\n\nWould a checkout audit for [Store] be useful?\n\nBest,\nIda"
    ]
  ])
})
