/**
 * Issue 17's rewrite, round 39 (round 23 of judged rewrites): a cut must not take the offer a later
 * line names. The only line saying what the sender built, does or would show ("I built a checklist
 * app ...", "I'd like to show a demo ...") stays behind its guide line where a line kept after it
 * names that offer only by "this", "it" or "the" ("who I built this for", "trying it out", "The demo
 * covers", "The problem we solve"); and a line that names by "this" what came before it ("a tool like
 * this", "in thinking about this", "who I built this for") does not move to the front. The eval's
 * "points at a cut" check reads "this" or "it" as the object of a verb with its particle ("set this up
 * for you", "trying it out") and "a tool like this" as leaning on what came before. And no guide line
 * for what was noticed goes on top of the draft's own "I noticed ..." line, after a lead-in the rewrite
 * cuts or naming them by a slot.
 */
import {describe, expect, test} from 'vitest'
import {rewrites} from './rewrite-harness.js'

// @ts-expect-error: a plain ES module script, without types
const {pointsAtCut} = (await import('../scripts/eval-rewrite.mjs')) as {pointsAtCut: (before: string, after: string) => Array<{sentence: string; leansOn: string}>}

describe("round 39: the only line saying what the sender offers stays where a later line names it", () => {
  rewrites([
    [
      "\"who I built this for\", \"trying it out\" after the pitch line went: the line stays, and the line naming it does not move above it",
      'email',
      "Hi Leon,\n\nI'm a nurse studying shift handovers. I built a checklist app that shortens handovers, and I'm looking for wards to pilot it.\n\nYour unit seems to be exactly who I built this for.\n\nWould you be up for trying it out next month?\n\nBest,\nAna",
      "Hi Leon,\n\n[[One line on how you help with what you noticed about them.]] I built a checklist app that shortens handovers, and I'm looking for wards to pilot it.\n\nYour unit seems to be exactly who I built this for.\n\nWould you be up for trying it out next month?\n\nBest,\nAna"
    ],
    [
      "\"The demo covers\" after \"I'd like to show a demo\" was cut for a guide line: it stays behind the guide line",
      'email',
      "Dear Dr. Osei,\n\nI'd like to show a 10-minute demo to your seminar on a tool that cleans survey data.\n\nThe demo covers missing values and weighting.\n\nWould Thursday work?\n\nBest,\nKim",
      "Dear Dr. Osei,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] I'd like to show a 10-minute demo to your seminar on a tool that cleans survey data.\n\nThe demo covers missing values and weighting.\n\nWorth a look?\n\nBest,\nKim"
    ],
    [
      "\"The problem we solve\" after the only \"We're building ...\" line: it stays",
      'email',
      "Hi Jo,\n\nWe're building a rota planner for care homes.\n\nThe problem we solve:\n- Shifts left empty at short notice\n- Hours logged by hand\n\nDo you have 15 minutes this week?\n\nBest,\nEli",
      "Hi Jo,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] We're building a rota planner for care homes.\n\nThe problem we solve:\n- Shifts left empty at short notice\n- Hours logged by hand\n\nWorth a look?\n\nBest,\nEli"
    ]
  ])
})

describe("round 39: a line that names by \"this\" what came before it does not move to the front", () => {
  rewrites([
    [
      "\"in thinking about this\": it stays after what it means",
      'email',
      "Hi Sam,\n\nWe are building a tide-alert service for harbour masters.\n\nOur pilot in Brest cut missed alerts by half.\n\nYour harbour is one of the ones I keep coming back to in thinking about this.\n\nWould a short call help?\n\nBest,\nYves",
      "Hi Sam,\n\n[[One line on how you help with what you noticed about them.]]\n\nOur pilot in Brest cut missed alerts by half.\n\nYour harbour is one of the ones I keep coming back to in thinking about this.\n\nWould any of this help right now?\n\nBest,\nYves"
    ],
    [
      "\"a tool like this\": it stays after the tool",
      'email',
      "Hello Professor Lind,\n\nI'm a backend engineer at a logistics firm. I built Stackview, a free visualiser for sorting algorithms: https://example.org/stackview.\n\nYour lectures taught me algorithms, and I'd value your view on whether a tool like this could help first-year students.\n\nThanks,\nMo",
      "Hello Professor Lind,\n\nI'm a backend engineer at a logistics firm. I built Stackview, a free visualiser for sorting algorithms: https://example.org/stackview.\n\nYour lectures taught me algorithms, and I'd value your view on whether a tool like this could help first-year students.\n\nThanks,\nMo"
    ]
  ])
})

describe('round 39: the eval\'s "points at a cut" reads "this" and "it" as objects', () => {
  const draft = 'Hi Noor,\n\nI saw your studio opened a second room. I help yoga studios fill late classes with a waiting-list text.\n\nWould you like to see how I could set this up for you?\n\nThanks,\nBea'
  test('"set this up for you" after the line saying what was offered went is found', () => {
    const after = 'Hi Noor,\n\n[[What you noticed about them.]]\n\nWould you like to see how I could set this up for you?\n\nThanks,\nBea'
    expect(pointsAtCut(draft, after).map((x) => x.sentence)).toEqual(['Would you like to see how I could set this up for you?'])
  })
  test('"a tool like this" moved above the tool is found; kept in place, nothing is', () => {
    const before = 'Dear Dr. Hale,\n\nI wrote Tally, a free app for counting bird calls.\n\nYour field guide got me started, and I wonder whether a tool like this could help your students.\n\nBest,\nRo'
    const after = 'Dear Dr. Hale,\n\nYour field guide got me started, and I wonder whether a tool like this could help your students.\n\nI wrote Tally, a free app for counting bird calls.\n\nBest,\nRo'
    expect(pointsAtCut(before, after).map((x) => x.sentence)).toEqual(['Your field guide got me started, and I wonder whether a tool like this could help your students.'])
    expect(pointsAtCut(before, before)).toEqual([])
    expect(pointsAtCut(draft, draft)).toEqual([])
  })
})

describe("round 39: no guide line on top of the draft's own line about what was noticed", () => {
  rewrites([
    [
      "\"I noticed your team ...\" after a check-in lead-in the rewrite cuts: no second line about them",
      'email',
      "Hi Marta,\nI wanted to check in — I noticed your team hasn't opened the new dashboard yet, and I want to make sure nothing is blocking you.\nOften it's just a lost invite.\nCan we find 20 minutes this week to sort it out? Here's my calendar: [Calendar Link].\n[CSM Name]",
      "Hi Marta,\nI noticed your team hasn't opened the new dashboard yet, and I want to make sure nothing is blocking you.\nOften it's just a lost invite.\nWorth a look?\n[CSM Name]"
    ],
    [
      "\"I noticed [Festival Name] is on [Ticketing Tool]\": a slot naming them is the line about them",
      'email',
      "Hi [Name],\nI noticed [Festival Name] is on [Ticketing Tool] — what if running your box office could take half the time?\nWe built Gatewise, a box-office app with seat maps and refunds in one place. Two festivals told us it saves them a week of admin.\nHappy to show you in a quick 15-min call.\nBest,\nLou",
      "Hi [Name],\nI noticed [Festival Name] is on [Ticketing Tool] — what if running your box office could take half the time?\nWe built Gatewise, a box-office app with seat maps and refunds in one place. Two festivals told us it saves them a week of admin.\nWant me to send over a short recorded demo?\nBest,\nLou"
    ]
  ])
})
