/**
 * Round 20's judges' findings (issue 17, round 31 of the rewrite), as team-written drafts, each failing
 * before the change it tests: coherence after a cut. A kept sentence that names by "the" and a noun
 * what only a cut line introduced ("the app", "the curator") gets that line back, without the lead-in
 * the mission cut; a line that lets the reader off the chase it follows ("No worries if it slipped
 * through") goes with it; a clause on "it" ("If it turns grey, ...") keeps the steps that named it; a
 * chase that alone named what it follows up on is said as what happened ("I sent the proposal ...").
 */
import {describe, expect, test} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 31: what a kept sentence names was introduced by a line that went', () => {
  rewrites([
    [
      '"the app suggests ..." after the self-introduction that named the app: the app\'s line comes back after the guide line, without "I\'m Marta, and"',
      'email',
      "Hi Leo,\n\nI'm Marta, and I built Tidewise (tidewise.io), a free app that tells sea swimmers when the water near them is safe.\n\nWhen the readings cross a limit, the app suggests a nearby beach instead. That's where your swim shop could show up as the place to buy a wetsuit.\n\nWould it make sense to set up a 20-minute call next week?\n\nBest,\nMarta",
      "Hi Leo,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] I built Tidewise (tidewise.io), a free app that tells sea swimmers when the water near them is safe.\n\nWhen the readings cross a limit, the app suggests a nearby beach instead. That's where your swim shop could show up as the place to buy a wetsuit.\n\nWorth a look?\n\nBest,\nMarta"
    ],
    [
      '"The team ships ..." names the reader\'s world, not a thing a cut line introduced: nothing comes back',
      'email',
      "Hi Ana,\n\nI hope this finds you well. I lead the platform team at Quarry.\n\nThe team ships a release every Friday and we saw your post on flaky tests.\n\nWould you be open to a short call?\n\nBest,\nJo",
      "Hi Ana,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I lead the platform team at Quarry.\n\nThe team ships a release every Friday and we saw your post on flaky tests.\n\nWould any of this help right now?\n\nBest,\nJo"
    ],
    [
      '"If it turns grey, ..." after the steps that named the sticker: the steps stay after the guide line that took their place',
      'email',
      "Hi Rae,\n\nDid you know that most parcels that go missing were scanned twice?\n\nI'm Ken, founder of Tagline. Here's how it works:\n1. The courier scans a parcel at pickup\n2. Tagline prints a sticker with a live code\n3. Anyone can check it with a phone. If it turns grey, the parcel was opened.\n\nWould you be open to a 15-minute demo?\n\nBest,\nKen",
      "Hi Rae,\n\nDid you know that most parcels that go missing were scanned twice?\n\nI'm Ken, founder of Tagline. [[One line on what you noticed about them, then how Tagline helps with it.]] Here's how it works:\n1. The courier scans a parcel at pickup\n2. Tagline prints a sticker with a live code\n3. Anyone can check it with a phone. If it turns grey, the parcel was opened.\n\nWant me to send over a short recorded demo?\n\nBest,\nKen"
    ]
  ])
})

describe('round 31: a line that lets them off the chase goes with it', () => {
  rewrites([
    [
      '"No worries if it slipped through" after the chase it excuses: both go',
      'followup',
      "Hi Sam,\n\nJust following up on the note I sent last Tuesday about the export audit. No worries if it slipped through, I know inboxes get busy.\n\nI saw your team moved reporting to Fridays, so I pulled the three slowest exports from last week into a one-page sheet.\n\nWant me to send it over?\n\nCheers,\nNia",
      "Hi Sam,\n\nI saw your team moved reporting to Fridays, so I pulled the three slowest exports from last week into a one-page sheet.\n\nWant me to send it over?\n\nCheers,\nNia"
    ],
    [
      '"No worries if it\'s not the right time" says "it" of nothing in particular: it stays',
      'followup',
      "Hi Sam,\n\nJust following up on the note I sent last Tuesday.\n\nNo worries if it's not the right time for the team.\n\nWe rebuilt the export so reports now finish in under a minute.\n\nCheers,\nNia",
      "Hi Sam,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nNo worries if it's not the right time for the team.\n\nWe rebuilt the export so reports now finish in under a minute.\n\nWorth a look?\n\nCheers,\nNia"
    ]
  ])
})

describe('round 31: a follow-up cut as a chase that alone named what it follows up on', () => {
  rewrites([
    [
      "\"I wanted to follow up on the proposal I sent last Thursday for ...\" was the only line naming the proposal: it is said as what happened, \"I sent the proposal for ... last Thursday.\"",
      "followup",
      "Hi Dana,\n\nI wanted to follow up on the proposal I sent last Thursday for the loft conversion.\n\nHave you had a chance to look it over? Happy to talk through any changes you'd like.\n\nWhat's included:\n- Structural survey\n- Planning drawings\n- Build in 10 weeks\n\nThanks,\nOwen",
      "Hi Dana,\n\nI sent the proposal for the loft conversion last Thursday.\n\nHappy to talk through any changes you'd like.\n\n[[The one point of this list that fits them, and what you discussed or agreed with them that makes it fit. Proof to keep: Build in 10 weeks.]]\n\nThanks,\nOwen"
    ],
    [
      "the role interviewed for, named only in the chase: \"I interviewed for the [Role] position on [date].\"",
      "email",
      "Hi Mara,\n\nI wanted to follow up on the [Role] position I interviewed for on [date]. I'm still keen to join the data team and help with the new warehouse.\n\nPlease let me know if you need anything else from me.\n\nBest,\nRavi",
      "Hi Mara,\n\nI interviewed for the [Role] position on [date].\n\nPlease let me know if you need anything else from me.\n\nBest,\nRavi"
    ],
    [
      "\"following up on Tallyhook billing discussion\" was the only mention of the product: \"we discussed the Tallyhook billing.\"",
      "sms",
      "Hi Ben - following up on Tallyhook billing discussion. The new tax rules start in March. Still worth a quick chat?",
      // (Nothing in it is about Ben, so a guide line goes first; the restated line starts its own sentence after it.)
      "Hi Ben - [[What you noticed about them: one line that would be wrong if sent to anyone else.]] We discussed the Tallyhook billing. The new tax rules start in March. Worth a look?"
    ],
    [
      "\"the note I sent a few days ago\" names only the note: said again it would be the chase, so it stays cut",
      "followup",
      "Hi Sam,\n\nJust circling back on the note I sent a few days ago.\n\nI saw your team moved reporting to Fridays, so I pulled the three slowest exports into a one-page sheet.\n\nWant me to send it over?\n\nCheers,\nNia",
      "Hi Sam,\n\nI saw your team moved reporting to Fridays, so I pulled the three slowest exports into a one-page sheet.\n\nWant me to send it over?\n\nCheers,\nNia"
    ],
    [
      "the proposal named again in a kept line: the chase stays cut",
      "followup",
      "Hi Dana,\n\nI wanted to follow up on the proposal I sent last Thursday.\n\nThe proposal covers the structural survey and the planning drawings, and the build takes 10 weeks.\n\nThanks,\nOwen",
      "Hi Dana,\n\n[[What you discussed or agreed with them: one line only they would recognise.]]\n\nThe proposal covers the structural survey and the planning drawings, and the build takes 10 weeks.\n\nThanks,\nOwen"
    ]
  ])
})

// @ts-expect-error: a plain ES module script, without types
const {pointsAtCut} = (await import('../scripts/eval-rewrite.mjs')) as {pointsAtCut: (before: string, after: string) => Array<{sentence: string; leansOn: string}>}

describe('round 31: the eval\'s "points at a cut" reads what only a cut line introduced', () => {
  const draft = "Hi [Name],\n\nI'm Marta, and I built Tidewise, a free app that tells sea swimmers when the water is safe.\n\nWhen the readings cross a limit, the app suggests a nearby beach.\n\nBest,\nMarta"
  test('"the app" after the line that introduced the app went is found, with that line', () => {
    const after = 'Hi [Name],\n\n[[One line on what you noticed about them.]]\n\nWhen the readings cross a limit, the app suggests a nearby beach.\n\nBest,\nMarta'
    expect(pointsAtCut(draft, after)).toEqual([{sentence: 'When the readings cross a limit, the app suggests a nearby beach.', leansOn: "I'm Marta, and I built Tidewise, a free app that tells sea swimmers when the water is safe."}])
  })
  test('with the line kept, or reworded so it still names the app, nothing is found', () => {
    expect(pointsAtCut(draft, draft)).toEqual([])
    expect(pointsAtCut(draft, 'Hi [Name],\n\nI built Tidewise, a free app that tells sea swimmers when the water is safe.\n\nWhen the readings cross a limit, the app suggests a nearby beach.\n\nBest,\nMarta')).toEqual([])
  })
  test('a file format named by the steps that went is found; a superlative or a merge field introduces nothing', () => {
    const steps = 'Hi Rae,\n\nHow it works:\n1. You upload a scan\n2. We seal it as a .tgx file\n\nWe registered the .tgx format last year. We built the only sealed format that phones can read.\n\nKen'
    expect(pointsAtCut(steps, 'Hi Rae,\n\nWe registered the .tgx format last year. We built the only sealed format that phones can read.\n\nKen').map((x) => x.sentence)).toEqual(['We registered the .tgx format last year.'])
    const greeting = "Hi [curator's name],\n\nI hope you are well.\n\nThe curator posts for one week.\n\nAda"
    expect(pointsAtCut(greeting, "Hi [curator's name],\n\nThe curator posts for one week.\n\nAda")).toEqual([])
  })
  test('"No worries if it got buried" after the chase went is found; "if it helps" is not', () => {
    const chase = 'Hi Sam,\n\nJust circling back on my note from Monday. No worries if it got buried.\n\nNia'
    expect(pointsAtCut(chase, 'Hi Sam,\n\nNo worries if it got buried.\n\nNia').map((x) => x.sentence)).toEqual(['No worries if it got buried.'])
    const helps = 'Hi Sam,\n\nHope your week is going well. If it helps, I can send the sheet.\n\nNia'
    expect(pointsAtCut(helps, 'Hi Sam,\n\nIf it helps, I can send the sheet.\n\nNia')).toEqual([])
  })
})
