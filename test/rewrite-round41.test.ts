/**
 * What round 24's judges found on the rewrite's cuts, the sender's identity and the draft's markup
 * (docs/quality.md), as team-written drafts, each failing before the change it tests:
 * - markup split: a guide line spliced inside an emoticon ("Hey Sam :[[...]] )") or a template
 *   comment ("{{![[...]] -- Scene --}}"), a cut that took the end of a "{{ ... }}" block and not its
 *   start, an ask replaced from inside a "{{!-- ... --}}" comment: a piece of markup is taken whole
 *   or left alone;
 * - meaning reversed: "my email about partnering with NorthWorks" said as "I'd like to partner with
 *   NorthWorks", where NorthWorks is the sender's own: said as what the sender wrote about;
 * - cut lines still referenced: "If things change" and "If I've misread the situation" after the
 *   break-up line went (they lose the lead-in), "my last email on it" and "still interested" after the
 *   only line naming the offer went (it is said without its chase), "that enquiry" after the scenario
 *   it sums up went (the scenario stays);
 * - identity lost: the product named only in a cut "Try it free: <address>" (the address stays), the
 *   company named only in a cut self-introduction (said as what it is, or folded into the kept "We've
 *   ..." line).
 */
import {describe, expect, test} from 'vitest'
import {OBSERVE, linter, rewrites} from './rewrite-harness.js'

const SENDER_GUIDE = '[[One line on what you noticed about them, then one line on how you help with it.]]'

describe('round 24: no edit splits a piece of markup', () => {
  rewrites([
    [
      'an emoticon after the greeting stays whole: the guide line goes on a line of its own',
      'email',
      'Hey Sam :)\n\nOur co-op bakes bread for school fairs across the county.\n\nWould you like a price list for the spring fair?\n\nMia',
      `Hey Sam :)\n\n${OBSERVE}\n\nOur co-op bakes bread for school fairs across the county.\n\nWould you like a price list for the spring fair?\n\nMia`
    ],
    [
      'a template comment stays whole: the guide line goes after it',
      'email',
      'Hi! :)\n\n{{!-- Scene --}}\nOur co-op bakes bread for school fairs across the county.\n\nWould you like a price list for the spring fair?\n\nMia',
      `Hi! :)\n\n{{!-- Scene --}}\n${SENDER_GUIDE}\n\nWould you like a price list for the spring fair?\n\nMia`
    ],
    [
      'a chase inside a "{{ ... }}" block is not cut with the closing braces and without the opening ones',
      'email',
      'Hello there,\n\n{{ Opening line. "Just checking in after the fair last month." }}\n\nOur co-op bakes bread for school fairs across the county.\n\nWould you like a price list for the spring fair?\n\nMia',
      `Hello {{first_name}},\n\n${OBSERVE}\n\n{{ Opening line. "Just checking in after the fair last month." }}\n\nOur co-op bakes bread for school fairs across the county.\n\nWould you like a price list for the spring fair?\n\nMia`
    ],
    [
      'an ask after a template comment is replaced without the comment',
      'email',
      'Hi Sam,\n\nYour spring fair sold out in two hours.\n\n{{!-- Ask --}}\nCould we book a 15-minute call on {{ day }} to plan the bread stall? We can bring {{ loaves }} loaves.\n\nMia',
      'Hi Sam,\n\nYour spring fair sold out in two hours.\n\n{{!-- Ask --}}\nWorth a look? We can bring {{ loaves }} loaves.\n\nMia'
    ]
  ])
})

describe('round 24: a name goes where its party is', () => {
  rewrites([
    [
      "the sender's own company in what a follow-up chased is not said as the reader's wish",
      'followup',
      'Hi Lee,\n\nI wanted to follow up on my email from last week about partnering with NorthWorks to run the spring coding clinic.\n\nWe ran the same clinic with [Other School] and filled 40 places.\n\nWould you have 20 minutes on Thursday for a call?\n\nBest,\nAna',
      `Hi Lee,\n\n${OBSERVE}\n\nI wrote last week about partnering with NorthWorks to run the spring coding clinic.\n\nWe ran the same clinic with [Other School] and filled 40 places.\n\nWorth a look?\n\nBest,\nAna`
    ]
  ])
})

describe('round 24: no kept line leans on one that went', () => {
  rewrites([
    [
      '"If things change" and "If I\'ve misread the situation" lose their lead-ins when the break-up line goes',
      'followup',
      'Hi Lee,\n\nI\'ll assume this isn\'t a priority and stop following up.\n\nIf things change, my inbox is open.\n\nAna\n\nP.S. If I\'ve misread the situation and you are keen, reply "yes" and I\'ll send the plan.',
      `Hi Lee,\n\n${OBSERVE}\n\nMy inbox is open.\n\nAna\n\nP.S. If you are keen, reply "yes" and I\'ll send the plan.`
    ],
    [
      'the only line naming the offer is said without its chase when a last note leans on it',
      'followup',
      "Hi Lee,\n\nI know I've followed up a couple times about free Tallybook seats for [School] teachers.\n\nThis is my last email on it.\n\nIf you're still interested, just reply and I'll set them up.\n\nAna",
      "Hi Lee,\n\nI've written about free Tallybook seats for [School] teachers before.\n\nThis is my last email on it.\n\nIf you're still interested, just reply and I'll set them up.\n\nAna"
    ],
    [
      'the scenario that "that enquiry" sums up stays',
      'email',
      'Hi Lee,\n\nIf a parent calls the office at lunch and nobody answers… what happens?\n\nMost schools lose that enquiry. I help you text them back within a minute.\n\nWant to see how?\n\nAna',
      `Hi Lee,\n\n${OBSERVE}\n\nIf a parent calls the office at lunch and nobody answers… what happens?\n\nMost schools lose that enquiry.\n\nWant to see how?\n\nAna`
    ]
  ])
})

describe("round 24: the sender's product or company stays named", () => {
  rewrites([
    [
      'the product named only in a "Try it free:" line keeps its address (the line is the draft\'s own ask: it stays)',
      'sms',
      'Hi Lee! How many hours a week go on timetabling?\n\nI found a tool that does it in ten minutes.\n\nTry it free: tallybook.app\n\nThoughts?',
      'Hi Lee! How many hours a week go on timetabling?\n\nI found a tool that does it in ten minutes.\n\nTry it free: tallybook.app\n\nThoughts?'
    ],
    [
      'a self-introduction cut to a fragment is said as what the company is',
      'email',
      "Hi Lee,\n\nI'm reaching out from Tallybook, a timetabling tool that builds a school week in ten minutes.\n\n**What we offer:**\n- Timetables in ten minutes\n- Cover planning for sick days\n- Room booking\n\nWould you be open to a 20-minute call next week?\n\nBest,\nAna\nTallybook",
      // (Reaching out from a company defined on the spot introduces the sender: the opening, so the guide goes first; detect-round43.)
      'Hi Lee,\n\n[[One line on what you noticed about them, then how Tallybook helps with it.]] Tallybook is a timetabling tool.\n\nWould any of this help right now?\n\nBest,\nAna\nTallybook'
    ],
    [
      'the company named only in a cut "where we\'re ..." line goes into the kept "We\'ve ..." line',
      'email',
      "Hi Lee,\n\nI'm reaching out from Tallybook, where we're working to give teachers their evenings back.\n\nWe've already helped 300 schools cut timetabling time by 80%.\n\nWould you be open to a 20-minute call next week?\n\nBest,\nAna\nTallybook",
      `Hi Lee,\n\n${SENDER_GUIDE}\n\nAt Tallybook, we've already helped 300 schools cut timetabling time by 80%.\n\nWorth a look?\n\nBest,\nAna\nTallybook`
    ]
  ])
  test('a line that only says what a company of no one is, "Now is the best time", is no name to keep', () => {
    const text = 'Dear Homeowner,\n\nAre you thinking of selling? Now is the best time to sell in years! We are the top agency in the area.\n\nCall us today!\n\nThe Oak Homes Team'
    expect(linter.rewrite({text, channel: 'email'}).text).not.toContain('Now is the best time')
  })
})

describe('round 24: the eval finds what leans on a cut line', async () => {
  const {pointsAtCut} = (await import('../scripts/eval-rewrite.mjs')) as {pointsAtCut: (before: string, after: string) => Array<{sentence: string; leansOn: string}>}
  test('"that" and a noun no kept line named, after the scenario went', () => {
    const draft = 'Hey Kim,\n\nIf a patient calls at lunch and nobody picks up, where do they go?\n\nMost clinics lose that booking. We answer for you within a minute.\n\nBo'
    expect(pointsAtCut(draft, 'Hey Kim,\n\nMost clinics lose that booking. We answer for you within a minute.\n\nBo').map((x) => x.sentence)).toEqual(['Most clinics lose that booking.'])
    expect(pointsAtCut(draft, draft)).toEqual([])
  })
  test('"If things change" after the break-up line went, and "my last email on it" after the offer went', () => {
    const draft = 'Hi Al,\n\nI will assume this is not a priority and stop following up.\n\nIf things change, my inbox is open.\n\nBo'
    expect(pointsAtCut(draft, 'Hi Al,\n\nIf things change, my inbox is open.\n\nBo').map((x) => x.sentence)).toEqual(['If things change, my inbox is open.'])
    const last = 'Hi Al,\n\nI have written twice about the free trial seats for your lab.\n\nThis is my last email on it.\n\nBo'
    expect(pointsAtCut(last, 'Hi Al,\n\nThis is my last email on it.\n\nBo').map((x) => x.sentence)).toEqual(['This is my last email on it.'])
  })
  test('"that" after a figure in its own sentence points inside it', () => {
    expect(pointsAtCut('Hi Al,\n\nHope all is well. We ship 400 units; at that volume fees add up.\n\nBo', 'Hi Al,\n\nWe ship 400 units; at that volume fees add up.\n\nBo')).toEqual([])
  })
})
