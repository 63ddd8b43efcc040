/**
 * Round 9's judges' findings on the rewrite, as team-written drafts, each failing before the change
 * it tests:
 * - a cut leaves a line leaning on what went: a reply to it ("No worries at all."), a verb whose
 *   subject went with the clause ("... and was impressed by" -> "Was impressed by"), "share this"
 *   read as a thing to send ("Want me to send over this with you ...?");
 * - the ask: a stock line where the draft says what it is for ("the partnership we want to explore"),
 *   the draft's question cut behind an invitation to ask ("Let me know if you have any questions"),
 *   the time ask cut and nothing in its place behind a hook question's options, and an offer of what
 *   the draft takes them off ("Want me to send over my outreach list?") or sent already ("the ideas I sent");
 * - the line about them set above a follow-up's frame ("Checking back on ...") or above "Totally
 *   understand things get busy", which answers a silence the draft never mentions.
 */
import {describe, expect, test} from 'vitest'
import type {Channel} from '../src/types.js'
import {OBSERVE, rewritten} from './rewrite-harness.js'

const NEW_THING = '[[One new thing for them about rota planning since your last note: a fact, a resource or a question it did not have.]]'

describe('round 11: a cut leaves nothing leaning on what went', () => {
  test.each<[string, Channel, string, string]>([
    [
      'a reply to the chase that went goes with it',
      'followup',
      'Hi Jo,\n\nI have emailed you three times about rota planning and heard nothing back.\n\nNo worries at all. I only want to check whether this is worth your time.\n\nIf rotas ever become a headache, my door is open.\n\nAna',
      `Hi Jo,\n\n${NEW_THING} I only want to check whether this is worth your time.\n\nIf rotas ever become a headache, my door is open.\n\nAna`
    ],
    [
      'the verb left by a cut clause keeps its subject',
      'email',
      'Hi Dana,\n\nI came across your profile and was impressed by your work on the Leeds depot rollout.\n\nWould you be open to a quick chat next week?\n\nBest,\nSam',
      `Hi Dana,\n\n${OBSERVE}\n\nI was impressed by your work on the Leeds depot rollout.\n\nWorth a look?\n\nBest,\nSam`
    ],
    [
      'a chase that leads into what is new keeps what is new, and the guide line asks for a line about them, not for something new',
      'followup',
      'Hi Jo,\n\nI wanted to follow up on my last email about Rotaly.\n\nSince we last spoke, we have shipped a payroll export that cut rota close time by 30% at Northgate.\n\nWould Thursday work for a quick 15-minute call?\n\nAna',
      `Hi Jo,\n\n${OBSERVE}\n\nSince we last spoke, we have shipped a payroll export that cut rota close time by 30% at Northgate.\n\nWorth a look?\n\nAna`
    ]
  ])('%s', (_, channel, draft, expected) => {
    expect(rewritten(draft, channel)).toBe(expected)
  })

  test('"share this with you" names nothing to send: the wish stays, and the ask offers no "this"', () => {
    const draft = 'Hi Jo,\n\nWe just shipped a payroll export for Rotaly that cuts month-end close by two days.\n\nI would love to share this with you and talk through how it could work for your depots.\n\nWould Thursday work for a quick 15-minute call?\n\nAna'
    const out = rewritten(draft, 'followup')
    expect(out).not.toMatch(/send over this\b/)
    expect(out).toContain('I would love to share this with you and talk through how it could work for your depots.')
    expect(out.match(/\?/g)).toHaveLength(1)
  })
})

describe('round 11: the one ask fits what the draft is for', () => {
  test.each<[string, Channel, string, string]>([
    [
      'the partnership the draft says it wants to explore is the ask, not "Worth a look?"',
      'email',
      'Depots that plan shifts by hand lose a day a week to rota changes. Rotaly plugs into the payroll you already run.\n\nPairing the two is the partnership we want to explore. Open to a short call with your product team?',
      `${OBSERVE} Depots that plan shifts by hand lose a day a week to rota changes. Rotaly plugs into the payroll you already run.\n\nPairing the two is the partnership we want to explore. Would a partnership be something you'd consider?`
    ],
    [
      'an invitation to ask is no ask: the question after it stays the draft\'s one ask',
      'email',
      'Hi {{first_name}},\n\nGlad you signed up for Rotaly. Let me know if you have any questions as you get going.\n\nIf you want a quick call to set up your first rota, here is my calendar: {{calendar_link}}\n\nWhich depot are you planning to roll it out to first?\n\nAna',
      'Hi {{first_name}},\n\nGlad you signed up for Rotaly. Let me know if you have any questions as you get going.\n\nWhich depot are you planning to roll it out to first?\n\nAna'
    ],
    [
      'the options listed under a hook question are not the ask: the time ask still gets its one ask back',
      'email',
      'Hi {{first_name}},\n\nIf you could get back the day a week your planners spend on rotas, what would you do with it?\n\n• More site visits?\n• Fewer overtime shifts?\n\nRotaly builds the rota from your depot rules in minutes.\n\n15 minutes to show you how?\n\nAna',
      `Hi {{first_name}},\n\n${OBSERVE}\n\nIf you could get back the day a week your planners spend on rotas, what would you do with it?\n\n• More site visits?\n• Fewer overtime shifts?\n\nRotaly builds the rota from your depot rules in minutes.\n\nWorth a look?\n\nAna`
    ],
    [
      'a break-up that takes them off a list gets no offer of that list: its open inbox is the door left open',
      'followup',
      'Hi Jo,\n\nI have reached out a few times without a reply, so I will assume the timing is off.\n\nI will take you off my outreach list. If things change, my inbox is always open.\n\nAna',
      `Hi Jo,\n\n${OBSERVE}\n\nI will take you off my outreach list. If things change, my inbox is always open.\n\nAna`
    ]
  ])('%s', (_, channel, draft, expected) => {
    expect(rewritten(draft, channel)).toBe(expected)
  })
})

describe('round 11: the line about them goes where it reads', () => {
  test.each<[string, Channel, string, string]>([
    [
      'after a follow-up\'s frame, not above it; and no offer of the ideas sent already',
      'followup',
      'Hi Jo,\n\nChecking back on my note about rota planning. I know spring is a busy season for depots, so no rush at all.\n\nIf any of the ideas I sent could help later in the year, I am happy to stay in touch.\n\nAna',
      `Hi Jo,\n\nChecking back on my note about rota planning. ${OBSERVE} I know spring is a busy season for depots, so no rush at all.\n\nIf any of the ideas I sent could help later in the year, I am happy to stay in touch.\n\nAna`
    ],
    [
      // ("what we did": "what Rotaly did" passed only while the tagger read "Rotaly" as an adverb; as
      // the name it is, with no "our" beside it, it is a detail of the reader's: docs/taggers.md.)
      '"Totally understand things get busy" opening the body answers nothing, and goes',
      'followup',
      'Hi {{first_name}},\n\nTotally understand things get busy - here is what we did for two depots this spring:\n\n1. Cut rota planning from a day to an hour\n2. Halved last-minute overtime\n\nWould it help to see how this could work for {{company}}?\n\nAna',
      `Hi {{first_name}},\n\n${OBSERVE}\n\nHere is what we did for two depots this spring:\n\n1. Cut rota planning from a day to an hour\n2. Halved last-minute overtime\n\nWould it help to see how this could work for {{company}}?\n\nAna`
    ]
  ])('%s', (_, channel, draft, expected) => {
    expect(rewritten(draft, channel)).toBe(expected)
  })
})
