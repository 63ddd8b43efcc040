/**
 * What the judged round 8 of rewrites found on why a rewrite was not better than its draft
 * (docs/quality.md), as team-written drafts, each failing before the change it tests:
 * - the only ask cut: a heading over a list, or "Please see the attached ...", was read as the
 *   draft's ask, so the time ask that went got none in its place; an opening question about how they
 *   work stood in for the call to action after the pitch;
 * - the offer cut with the call beside it ("Happy to send a 2-min video or jump on a quick call");
 * - asks that do not fit: a stock question beside a request said as a statement; a spintax group of asks cut into pieces (a stray "|"), "Worth a look?"
 *   stacked on "let me know a time that works", a stock ask where the time ask said what it was to
 *   find out ("to see if ...") or the draft named what it was for (a sponsorship, working together),
 *   "Worth a look?" added under an open door;
 * - a cut leaving a pointer to nothing: a question about the opener that went, "Thank you again"
 *   after the first thanks went, the sentences after a chase's lead-in ("The gap ... is large",
 *   "this pilot") when the lead-in took the sentence that named what they lean on;
 * - the guide line placed badly: on top of the draft's own "Saw you ..." line, before a line that
 *   only names them ("Quick note, {{first_name}}."), or an observation moved ahead of the draft's
 *   own opening about them, or moved where it leans on what came before it.
 */
import {describe, expect, test} from 'vitest'
import {OBSERVE as GUIDE, linter, rewritten} from './rewrite-harness.js'

type Channel = 'email' | 'followup' | 'linkedin-inmail'
const SENDER_GUIDE = '[[One line on what you noticed about them, then one line on how you help with it.]]'

/** The draft's exact rewrite, which a second rewrite leaves as it is. */
function rewritesTo(channel: Channel, draft: string, expected: string) {
  expect(rewritten(draft, channel)).toBe(expected)
}

describe('round 9: the draft keeps one ask, and it fits', () => {
  test.each<[string, Channel, string, string]>([
    [
      'a heading over a list is no ask: the time ask that went gets one in its place',
      'email',
      "Hi Jo,\n\nI run Rotaly, a shift-planning tool for depots.\n\n**Ideas we'd like to explore:**\n1. A joint webinar\n2. A template swap\n\nWould love 15 minutes to show you how this could work for your planners.\n\nAna",
      `Hi Jo,\n\n${GUIDE} I run Rotaly, a shift-planning tool for depots.\n\n**Ideas we'd like to explore:**\n1. A joint webinar\n2. A template swap\n\nWant me to send a short note on how this could work for your planners?\n\nAna`
    ],
    [
      '"Please see the attached ..." is no ask either',
      'email',
      "Hi Jo,\n\nYour Leeds depot doubled its volume in May.\n\nPlease see the attached brochure for our rota options. If you're interested, I'd be happy to set up a call (here's my Calendly: [Calendly link]).\n\nAna",
      'Hi Jo,\n\nYour Leeds depot doubled its volume in May.\n\nPlease see the attached brochure for our rota options. Would any of this help right now?\n\nAna'
    ],
    [
      'an opening question about how they work leaves the call to action after the pitch, and the draft already says something about them',
      'email',
      'Hey Jo,\n\nSaw you run planning for 12 depots — I was wondering how you keep weekend swaps fair?\n\nWe built a rota tool that balances weekend shifts automatically.\n\nWould you like to try it?',
      'Hey Jo,\n\nSaw you run planning for 12 depots — I was wondering how you keep weekend swaps fair?\n\nWe built a rota tool that balances weekend shifts automatically.\n\nWould you like to try it?'
    ],
    [
      "a spintax group of asks is one unit: replaced whole by its own variant that asks for no time",
      'email',
      'Hi {{first_name}},\n\nSaw {{company}} opened a new depot.\n\n{cta | "Worth 15 min?|Would a short example help?|Open to a call?"}\n\n— Ana',
      'Hi {{first_name}},\n\nSaw {{company}} opened a new depot.\n\nWould a short example help?\n\n— Ana'
    ],
    [
      '"let me know a time that works" goes with the meeting; what the draft was for is the one ask',
      'email',
      'Dear Jo,\n\nWe are a volunteer group that builds tools for food banks.\n\nWould you be open to a short conversation to see how we might work together?\n\nIf this sounds interesting, please let me know a time that works for you.\n\nAna',
      `Dear Jo,\n\n${SENDER_GUIDE}\n\nWould working together be something you'd consider?\n\nAna`
    ],
    [
      // (Asked outright since round 12's judges: "Worth a look" offered nothing to look at.)
      'what the time ask was to find out stays in the ask ("to see if ...")',
      'email',
      "Hi Jo,\n\nOur rota tool balances weekend shifts across depots.\n\n20 minutes to see if it's relevant for your planners?\n\nAna",
      `Hi Jo,\n\n${SENDER_GUIDE}\n\nIs it relevant for your planners?\n\nAna`
    ],
    [
      'an offer with a call as its alternative keeps the offer: the call goes, not the purpose',
      'followup',
      'Just circling back in case this is useful for your planners. Happy to send a 2-min video or jump on a quick call. Worth exploring?',
      `${GUIDE} Happy to send a 2-min video. Worth exploring?`
    ],
    [
      'a request said as a statement ("Would value 20-min feedback") is the ask: no stock question beside it',
      'email',
      'Quick note: building Rotaly to fix weekend cover. Would value 20-min feedback; might be a fit for your planners.',
      `${GUIDE} Quick note: building Rotaly to fix weekend cover. Would value 20-min feedback; might be a fit for your planners.`
    ],
    [
      'a sponsorship the draft names before its call is what it asks for',
      'email',
      "Dear Jo,\n\nMy name is Ana and I run the Leeds Depot Games.\n\nPlease see the attached deck for our sponsorship packages. If you're interested, I'd be happy to set up a call at your convenience.\n\nAna",
      `Dear Jo,\n\n${SENDER_GUIDE}\n\nPlease see the attached deck for our sponsorship packages. Would a sponsorship be something you'd consider?\n\nAna`
    ]
  ])('%s', (_why, channel, draft, expected) => rewritesTo(channel, draft, expected))
})

describe('round 9: nothing kept points at a sentence that went', () => {
  test.each<[string, Channel, string, string]>([
    [
      "the only question asks about the opener: the opener stays (it is what the question is about)",
      'linkedin-inmail',
      'Hey {{first_name}}, noticed you checked out my profile.\n\nWhat caught your eye?',
      'Hey {{first_name}}, noticed you checked out my profile.\n\nWhat caught your eye?'
    ],
    [
      '"Thank you again" after the first thanks went loses "again"; an open door gets no stock ask',
      'followup',
      "Dear Jo,\n\nI know you're busy, so I wanted to thank you for looking at our rota proposal.\n\nIf the timing is wrong, I understand. I'd still love to keep in touch.\nThank you again for your time.\n\nAna",
      `Dear Jo,\n\n${GUIDE}\n\nIf the timing is wrong, I understand. I'd still love to keep in touch.\nThank you for your time.\n\nAna`
    ],
    [
      "a chase's lead-in goes, and what it introduced stays for the next sentence to lean on",
      'followup',
      'Hi Jo,\n\nFollowing up briefly — I came across a survey of rota planning across 40 depots. The gap between teams that plan weekly and those that plan daily is large.\n\nHappy to share if useful.\n\nAna',
      `Hi Jo,\n\n${GUIDE}\n\nI came across a survey of rota planning across 40 depots. The gap between teams that plan weekly and those that plan daily is large.\n\nHappy to share if useful.\n\nAna`
    ],
    [
      '"... and share that ...": what is shared stays ("this pilot" names it)',
      'followup',
      "Dear Jo,\n\nI wanted to follow up once more and share that Rotaly is opening a pilot for three depots. We're picking a few partners for this pilot now.\n\nYour focus on fair weekend cover stood out to me.\n\nWould you be open to a short call next week?\n\nAna",
      // (The draft's order, as this test was written; the tagger trained on the frozen silver text read
      // "that" as a pronoun and moved the line about them first. "that" is SCONJ again: docs/taggers.md.)
      "Dear Jo,\n\nRotaly is opening a pilot for three depots. We're picking a few partners for this pilot now.\n\nYour focus on fair weekend cover stood out to me.\n\nWorth a look?\n\nAna"
    ]
  ])('%s', (_why, channel, draft, expected) => rewritesTo(channel, draft, expected))

  test('"Thanks again" with no earlier thanks in the draft (one said in person) keeps "again"', () => {
    const draft = 'Hi Jo,\n\nThanks again for your time on Tuesday. Here is the rota template we discussed: https://example.com/rota\n\nAna'
    expect(linter.rewrite({text: draft, channel: 'followup'}).text).toContain('Thanks again for your time on Tuesday.')
  })
})

describe("round 9: the draft's own line about them leads", () => {
  test.each<[string, Channel, string, string]>([
    [
      'a draft that opens on them keeps its opening: a later observation does not jump ahead of it',
      'email',
      'Hi Jo,\n\nI saw your post on weekend cover at the Leeds depot. I heard the same from two other planners.\n\nI built Rotaly to fix that gap.\n\nYour rivals at Northgate cut their swap requests by half.\n\nWorth a look?\n\nAna',
      'Hi Jo,\n\nI saw your post on weekend cover at the Leeds depot. I heard the same from two other planners.\n\nI built Rotaly to fix that gap.\n\nYour rivals at Northgate cut their swap requests by half.\n\nWorth a look?\n\nAna'
    ],
    [
      '"relevant" without saying to what leans on the sentence before it: it is not moved above that',
      'email',
      'Hi Jo,\n\nWe built Rotaly to help depots plan shifts.\n\nYour experience seems directly relevant — would value your view.\n\nWorth a look?\n\nAna',
      'Hi Jo,\n\nWe built Rotaly to help depots plan shifts.\n\nYour experience seems directly relevant — would value your view.\n\nWorth a look?\n\nAna'
    ],
    [
      'a line that only names them ("Quick note, {{first_name}}.") is the greeting: the guide line follows it',
      'followup',
      'Quick note, {{first_name}}.\n\nShould I send a short example?',
      `Quick note, {{first_name}}.\n\n${GUIDE}\n\nShould I send a short example?`
    ]
  ])('%s', (_why, channel, draft, expected) => rewritesTo(channel, draft, expected))
})
