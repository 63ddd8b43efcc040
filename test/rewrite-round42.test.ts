/**
 * Issue 17's rewrite, round 42 (round 24 of judged rewrites): "Worth a look?" only where the result
 * holds something to look at. A link, a bare domain, a field for one, a demo, deck, sample or
 * attachment (booking links and the signature not counted) keeps it; a note that pitches what the
 * sender does with nothing of the kind asks whether it helps, and a call that was to show the product
 * offers it recorded. A note that sells nothing (a guest's pitch, a raise, a role) or already asks
 * whether it is useful keeps the ask it had. An ask added after a line with no stop of its own (a
 * link, "[link]") takes its own line instead of running on.
 */
import {describe, expect, test} from 'vitest'
import {rewrites, rewritten} from './rewrite-harness.js'

describe('round 42: "Worth a look?" only with something to look at', () => {
  rewrites([
    [
      'a product described with no link, demo or file: whether it helps, not "Worth a look?"',
      'email',
      "Hi Marta,\n\nI saw your bakery chain opened a fourth shop in Bristol this spring.\n\nWe built a rota app for small food businesses that publishes shifts a month ahead and lets staff swap them from their phones.\n\nWorth a quick call next week?\n\nCheers,\nDev",
      "Hi Marta,\n\nI saw your bakery chain opened a fourth shop in Bristol this spring.\n\nWe built a rota app for small food businesses that publishes shifts a month ahead and lets staff swap them from their phones.\n\nWould any of this help right now?\n\nCheers,\nDev"
    ],
    [
      'a call offered to show a platform, nothing linked (the site in the signature not counted): the showing, recorded',
      'email',
      "Hi Omar,\n\nI noticed your festival moved its ticketing to a new provider this year.\n\nWe built Gatewise, a platform that handles entry scanning and wristband top-ups in one place. Two festivals our size cut their queue times in half.\n\nHappy to show you in a quick 15-minute call.\n\nBest,\nLena\nGatewise | www.gatewise.example",
      "Hi Omar,\n\nI noticed your festival moved its ticketing to a new provider this year.\n\nWe built Gatewise, a platform that handles entry scanning and wristband top-ups in one place. Two festivals our size cut their queue times in half.\n\nWant me to send over a short recorded demo?\n\nBest,\nLena\nGatewise | www.gatewise.example"
    ],
    [
      'a tour linked in the body: "Worth a look?" points at it',
      'email',
      "Hi Omar,\n\nI noticed your festival moved its ticketing to a new provider this year.\n\nWe built Gatewise, a platform that handles entry scanning and wristband top-ups in one place. Here's a two-minute tour: https://example.com/gatewise-tour\n\nWorth a quick call next week?\n\nBest,\nLena",
      "Hi Omar,\n\nI noticed your festival moved its ticketing to a new provider this year.\n\nWe built Gatewise, a platform that handles entry scanning and wristband top-ups in one place. Here's a two-minute tour: https://example.com/gatewise-tour\n\nWorth a look?\n\nBest,\nLena"
    ],
    [
      "a guest's pitch to a host sells nothing to help with: the ask it had is kept",
      'email',
      "Hi Noor,\n\nI built Tidewell, an open-source tool that predicts harbour silting from sonar logs.\n\nI think your listeners would enjoy a conversation about what it found in three fishing ports.\n\nCould we find 20 minutes next week?\n\nBest,\nCal",
      "Hi Noor,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I built Tidewell, an open-source tool that predicts harbour silting from sonar logs.\n\nI think your listeners would enjoy a conversation about what it found in three fishing ports.\n\nWorth a look?\n\nBest,\nCal"
    ],
    [
      'a note that asks already whether it is useful: not asked a second time',
      'email',
      "Hi Joss,\n\nI noticed your team ships a new release every Friday.\n\nWe built a changelog tool that drafts release notes from merged pull requests. I'd love a quick reaction on whether this is useful for you.\n\nCould we grab 15 minutes next week?\n\nThanks,\nIvo",
      "Hi Joss,\n\nI noticed your team ships a new release every Friday.\n\nWe built a changelog tool that drafts release notes from merged pull requests. I'd love a quick reaction on whether this is useful for you.\n\nWorth a look?\n\nThanks,\nIvo"
    ]
  ])
})

describe('round 42: an added ask never runs on from a line without a stop', () => {
  rewrites([
    [
      'a text ending on "[link]": the ask on its own line',
      'sms',
      "Built a small CLI that turns bank CSV exports into tidy monthly budgets, free for personal use. Could be handy for the budgeting workshops you run. [link]",
      "[[One line on what you noticed about them, then one line on how you help with it.]] Could be handy for the budgeting workshops you run. [link]\n\nWorth a look?"
    ],
    [
      'a one-line email ending on a bare domain: the ask on its own line',
      'email',
      "Hi Noor, I built a CLI that turns bank CSV exports into tidy monthly budgets. It could suit the budgeting workshops you run. Free download: example.com/budgetcli",
      "Hi Noor, [[One line on what you noticed about them, then one line on how you help with it.]] I built a CLI that turns bank CSV exports into tidy monthly budgets. It could suit the budgeting workshops you run. Free download: example.com/budgetcli\n\nWorth a look?"
    ]
  ])

  test('the ask after a link is a sentence of its own, and the rewrite is stable', () => {
    const once = rewritten("Hi Kim, it's Bea from Sortly. Our free shelf planner is here if it helps: https://example.com/shelf-planner", 'sms')
    expect(once).not.toMatch(/shelf-planner [A-Z]/)
    expect(rewritten(once, 'sms')).toBe(once)
  })
})
