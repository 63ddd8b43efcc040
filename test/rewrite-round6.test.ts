/**
 * What the judged round 6 of rewrites found (docs/quality.md), each as a table of team-written
 * drafts: the one ask offers only what the draft names, or asks about what it raises; a sentence
 * the draft's purpose or a later "this" rests on stays; no guide line for what they noticed where
 * there is contact already; a moved sentence never runs into a list; a guide line ends a sentence
 * for the lint that reads the rewrite again.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const rewrite = (text: string, extra: Record<string, unknown> = {}) => linter.rewrite({text, ...extra}).text

describe('a guide line ends a sentence when the rewrite is linted again', () => {
  test.each([
    // The guide line's last word hides its full stop ("free.]]" reads as a host name): the ask
    // after it was read with the guide line's words, "Proof to keep: I am glad to present ... Want
    // me to ...", as a time ask.
    'Dear Sam,\n\n[[One line on what you noticed about them, then one line on how you help with it. Proof to keep: I am glad to present a partnership that is 100% free.]] Want me to send over a short overview?\n\nRegards,\nDan',
    "Hi Sam,\n\n[[One line on what you noticed about them, then how Floxly helps with it. Proof to keep: I am pleased to present a rota tool that is 100% free.]] Want me to send over the case study?\n\nAna",
    // "floxly.com.]] Worth" was read as one name-drop across the guide line's end.
    'Hi Sam,\n\n[[One line on what you noticed about them, then how Floxly helps with it. Proof to keep: we present a rota tool used by floxly.com.]] Worth a look?\n\nAna'
  ])('%j', (draft) => {
    const found = linter.lint({text: draft}).messages
    const end = draft.indexOf(']]') + 2
    expect(found.map((m) => m.ruleId)).toContain('unfilled-guide-line')
    // No finding reads across the guide line's end, and the ask after it is no time ask.
    expect(found.filter((m) => m.start < end && m.end > end).map((m) => m.actual)).toEqual([])
    expect(found.filter((m) => m.category === 'cold-interruption' || m.category === 'product-centric')).toEqual([])
  })
})

describe('the one ask offers only what the draft names, or asks about what it raises', () => {
  test.each([
    // "100% audit exportability": audit qualifies another noun, it is no audit to send.
    [
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May. Our rota tool gives 100% audit exportability for depots.\n\nWould you be open to a quick 15-minute call?\n\nBest,\nAna',
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May. [[One line on how you help with what you noticed about them. Proof to keep: Our rota tool gives 100% audit exportability for depots.]]\n\nWould any of this help right now?\n\nBest,\nAna'
    ],
    // The draft names its own overview: that is the thing to send.
    [
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May. We plan rotas for depots across Leeds. Happy to send through our services overview or arrange a quick call at your convenience.\n\nBest,\nAna',
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May. We plan rotas for depots across Leeds. Want me to send over our services overview?\n\nBest,\nAna'
    ],
    // A customer's story: how they did it is the thing to send.
    [
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May. We helped {Customer} cut overtime before the peak season.\n\nWorth 10 minutes to compare notes?\n\nBest,\nAna',
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May. We helped {Customer} cut overtime before the peak season.\n\nWant me to send over how {Customer} did it?\n\nBest,\nAna'
    ],
    // What the call was to discuss, said as a statement, is what a short note sends.
    [
      "Hi Sam,\n\nYour Leeds depot doubled its volume in May. I'd love to jump on a quick 15-minute call to discuss how we can help the depot\nplan its night shifts.\n\nBest,\nAna",
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May. Want me to send a short note on how we can help the depot plan its night shifts?\n\nBest,\nAna'
    ],
    // Nothing to send: what the product helps them do, asked about.
    [
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May. Rotaly helps depot managers reduce night-shift overtime, without new hardware.\n\nDo you have 15 minutes for a call this week?\n\nBest,\nAna',
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May. Rotaly helps depot managers reduce night-shift overtime, without new hardware.\n\nIs reducing night-shift overtime a priority right now?\n\nBest,\nAna'
    ],
    // A job seeker's draft asks about the role.
    [
      'Hi Sam,\n\nI saw your team is hiring for a rota planner. I have planned rotas for 12 depots.\n\nWould you be open to a quick conversation?\n\nBest,\nAna',
      'Hi Sam,\n\nI saw your team is hiring for a rota planner. I have planned rotas for 12 depots.\n\nWould you be open to a few questions about the role by email?\n\nBest,\nAna'
    ],
    // An invitation said as a statement is the draft's ask: no second one beside it.
    [
      'Hi Sam,\n\nWe build rota software for depots.\n\nHappy to discuss further if you are interested.\n\nBest,\nAna',
      'Hi Sam,\n\n[[One line on what you noticed about them, then one line on how you help with it.]]\n\nHappy to discuss further if you are interested.\n\nBest,\nAna'
    ],
    // A break-up that leaves the next step to them gets no question.
    [
      "Hi Sam,\n\nI've written a few times without an answer. If rota planning ever comes up, you know where to find me.\n\nAna",
      'Hi Sam,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] If rota planning ever comes up, you know where to find me.\n\nAna'
    ]
  ])('%j', (draft, expected) => {
    expect(rewrite(draft)).toBe(expected)
  })
})

describe("a stock clause goes, not the sentence that carries the draft's purpose", () => {
  test.each([
    [
      'Hi Sam,\n\nI saw your team is recruiting a rota planner and wanted to reach out.\n\nI have planned rotas for 12 depots.\n\nBest,\nAna',
      'Hi Sam,\n\nI saw your team is recruiting a rota planner.\n\nI have planned rotas for 12 depots.\n\nBest,\nAna'
    ],
    [
      'Hi Sam,\n\nThe Leeds robotics team is gearing up for another season, and we wanted to reach out.\n\nThank you for supporting us last year.\n\nBest,\nAna',
      // (No line on what was noticed about them: they supported the team last year.)
      'Hi Sam,\n\nThe Leeds robotics team is gearing up for another season.\n\nThank you for supporting us last year.\n\nBest,\nAna'
    ],
    // An apology before what the draft says: the apology goes, the recap stays.
    [
      "Hi Sam,\n\nThanks for the call on Monday. I know you're busy, so here is a quick recap of the quote we discussed.\n\nBest,\nAna",
      'Hi Sam,\n\nThanks for the call on Monday. Here is a quick recap of the quote we discussed.\n\nBest,\nAna'
    ]
  ])('%j', (draft, expected) => {
    expect(rewrite(draft)).toBe(expected)
  })
})

describe('a moved sentence never runs into a list, nor opens with a connective', () => {
  test.each([
    // A sentence that holds a list stays where the writer put it: moved, the sentence after it ran on from its last item.
    [
      "{{first_name}} – I was on your careers page today and had some rota ideas for you.\n\nYour ideas list:\n• Night shifts planned around your [peak day]\n• Swaps by text for your [team size] pickers\n\nIf it sounds useful, we could set up a call.",
      "{{first_name}} – I was on your careers page today and had some rota ideas for you.\n\nYour ideas list:\n• Night shifts planned around your [peak day]\n• Swaps by text for your [team size] pickers\n\nWorth a look?"
    ],
    // What it added to went: moved to the front, it says its own thing.
    [
      'Hi Sam,\n\nWe build rota software for depots.\n\nAlso, your Leeds depot doubled its volume in May.\n\nBest,\nAna',
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May.\n\n[[One line on how you help with what you noticed about them.]]\n\nBest,\nAna'
    ]
  ])('%j', (draft, expected) => {
    expect(rewrite(draft)).toBe(expected)
  })
})

describe('no line on what was noticed about them where the sender knows them already', () => {
  test.each([
    // A thanks for connecting, a reply, a check-in after a job done for them: the draft stays as written.
    ["Hi Sam,\n\nThanks for connecting.\n\nRunning rotas for a depot that grows as fast as yours is no small job.\n\nLooking forward to staying in touch.", 'linkedin-inmail'],
    ["That tracks with what I'm hearing from other depot managers. We put together <short teardown> on exactly that, happy to send it over.", 'linkedin-inmail'],
    ["Hi Sam, been 2 weeks since we inspected your roof. Any questions I can answer? - Ana", 'sms']
  ])('%j', (draft, channel) => {
    expect(rewrite(draft, {channel})).not.toContain('[[')
  })
})

describe('a list keeps every figure that fits in its guide line', () => {
  test.each([
    [
      'Hello,\n\nAfter switching to our system, one client saw:\n- Sales cycle down from 9 months to 4\n- Win rate up from 15% to 32%\n- 20 hours a week saved per rep\n\nWorth a look?\n\nAna',
      '[[The one point of this list that fits them, and what you noticed about them that makes it fit. Proof to keep: Sales cycle down from 9 months to 4; Win rate up from 15% to 32%; 20 hours a week saved per rep.]]'
    ],
    // Four items or more: every figure too, where they fit the guide line (round 14's judges: the draft's facts stay).
    [
      'Hello,\n\nAfter switching to our system, one client saw:\n- Sales cycle down from 9 months to 4\n- Win rate up from 15% to 32%\n- 20 hours a week saved per rep\n- Churn down 3 points\n\nWorth a look?\n\nAna',
      '[[The one point of this list that fits them, and what you noticed about them that makes it fit. Proof to keep: Sales cycle down from 9 months to 4; Win rate up from 15% to 32%; 20 hours a week saved per rep; Churn down 3 points.]]'
    ]
  ])('%j', (draft, guide) => {
    expect(rewrite(draft)).toBe(`Hello,\n\n${guide}\n\nWorth a look?\n\nAna`)
  })
})

describe("a break-up's menu of options stays whole", () => {
  test('every option, and how to answer it', () => {
    const menu = 'Should I:\n- Close your file for now?\n- Send over the rota guide?\n- Try you again in [time frame]?\n\nLet me know what works best.'
    expect(rewrite(`Hi Sam,\n\nLast follow-up from me.\n\n${menu}\n\nBest,\nAna`, {channel: 'followup'})).toContain(menu)
  })
})
