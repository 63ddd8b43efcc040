/**
 * Issue 17's rewrite, round 43 (round 25 of judged rewrites): the draft's own purpose stays its one ask.
 * A time ask's purpose is kept without the friction: a task of their own without its minutes, a wish to
 * learn from them as a few questions by email (on the condition it came with, an aside between dashes
 * too), a job seeker's questions about what the chat was to be about, an investor's fit with what they
 * invest in, a draft that selects design partners whether they would be one, an offer of a doing just
 * before it whether that would be useful. Where the draft already offers ("we are glad to give you
 * access", "Happy to discuss ...", "Happy to:" over a list) or says it asks nothing ("rather than a
 * request", "Totally understand if you're busy"), no stock question is added after it.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe("round 43: a time ask keeps what the time was for", () => {
  rewrites([
    [
      "an investor note (introduced as one who invests): whether it fits what they invest in, not whether it helps them",
      'email',
      "Hi [Investor Name],\n\nPriya Shah mentioned you invest in early climate software. I'm building Kelpwise, a tool that forecasts seaweed farm yields from buoy data.\n\n**Traction**: 4 farms on a paid pilot, 2 more signed for spring\n**Why now**: kelp acreage in Norway doubled since 2022\n\nWould be great to grab a coffee or a call and show you the product.\n\nThanks,\nOla",
      "Hi [Investor Name],\n\nPriya Shah mentioned you invest in early climate software. I'm building Kelpwise, a tool that forecasts seaweed farm yields from buoy data.\n\n**Traction**: 4 farms on a paid pilot, 2 more signed for spring\n**Why now**: kelp acreage in Norway doubled since 2022\n\nDoes this fit what you invest in?\n\nThanks,\nOla"
    ],
    [
      "a task of their own with the minutes it takes: their own time on the thing, not a meeting, so nothing to rewrite (the minutes stay)",
      'email',
      "Hi Bea,\n\nI saw your thread on teaching spreadsheets to first-year nurses.\n\nI made a free workbook that walks students through dosage maths with worked examples: https://example.com/dosage-book\n\nIf you have 10 minutes to try the first sheet and tell me which step confuses your students, I'd be very grateful.\n\nThanks,\nRui",
      "Hi Bea,\n\nI saw your thread on teaching spreadsheets to first-year nurses.\n\nI made a free workbook that walks students through dosage maths with worked examples: https://example.com/dosage-book\n\nIf you have 10 minutes to try the first sheet and tell me which step confuses your students, I'd be very grateful.\n\nThanks,\nRui"
    ],
    [
      "a wish to learn more about their work: a few questions by email, after it",
      'email',
      "Hi Tomas,\n\nI read your team's write-up on moving the billing service to event sourcing.\n\nI've spent six years building payment ledgers at two fintechs.\n\nI'd love to learn more about the problems your platform team is working on. Would you have 15 minutes for a quick chat?\n\nBest,\nAnika",
      "Hi Tomas,\n\nI read your team's write-up on moving the billing service to event sourcing.\n\nI've spent six years building payment ledgers at two fintechs.\n\nI'd love to learn more about the problems your platform team is working on. Would you be open to answering a few questions by email?\n\nBest,\nAnika"
    ],
    [
      "a condition with an aside between dashes: kept as written before the ask",
      'email',
      "Hello,\n\nI maintain an open-source library that checks harbour tide tables against gauge readings: github.com/example/tidecheck\n\nIf your port authority is working on anything nearby — dredging schedules, berth planning, or storm surge alerts — I would value a 20-minute conversation. I want to understand whether the tool solves a real operational problem or only a tidy one.\n\nBest,\nMorag",
      "Hello,\n\n[[One line on what you noticed about them, then one line on how you help with it.]]\n\nIf your port authority is working on anything nearby — dredging schedules, berth planning, or storm surge alerts — would you be open to answering a few questions by email? I want to understand whether the tool solves a real operational problem or only a tidy one.\n\nBest,\nMorag"
    ],
    [
      "a job seeker who names no role: questions about what the chat was to be about",
      'email',
      "Hi Lena,\n\nI noticed your team shipped the new offline mode last month.\n\nI'm a mobile developer exploring opportunities in travel tech.\n\nWould you be open to a quick 15-minute chat about the engineering culture there?\n\nThanks,\nJun",
      "Hi Lena,\n\nI noticed your team shipped the new offline mode last month.\n\nI'm a mobile developer exploring opportunities in travel tech.\n\nWould you be open to a few questions about the engineering culture there by email?\n\nThanks,\nJun"
    ],
    [
      "the draft's own offer of a doing just before the time ask: whether that would be useful",
      'email',
      "Hi Ines,\n\nI saw your team moved the parts catalogue to a new search engine last month.\n\nWe built a tool that scores search results against real shopper queries; two retailers used it to cut zero-result searches by a third.\n\nHappy to score a sample of your top 200 queries and send you the results. 15 minutes next week?\n\nBest,\nTeo",
      "Hi Ines,\n\nI saw your team moved the parts catalogue to a new search engine last month.\n\nWe built a tool that scores search results against real shopper queries; two retailers used it to cut zero-result searches by a third.\n\nHappy to score a sample of your top 200 queries and send you the results. Would that be useful?\n\nBest,\nTeo"
    ],
    [
      "\"We're selecting 8 design partners\": whether they would be one",
      'email',
      "Hi Kofi,\n\nThanks for starring our repo last week!\n\nWe're selecting 8 design partners for Lintwise, and your team's monorepo is exactly the setup we build for.\n\nDesign partners get:\n- Setup help from the maintainers\n- A say in what we build next\n\nWould a 20-min call work this week?\n\n- Hana",
      "Hi Kofi,\n\nThanks for starring our repo last week!\n\nWe're selecting 8 design partners for Lintwise, and your team's monorepo is exactly the setup we build for.\n\nDesign partners get:\n- Setup help from the maintainers\n- A say in what we build next\n\nWould you be open to being a design partner?\n\n- Hana"
    ]
  ])
})

describe("round 43: no stock ask where the draft offers, or asks nothing", () => {
  rewrites([
    [
      "a note that says it is no request gets no stock question",
      'email',
      "Dear Dr. Okafor,\n\nHope you are well!\n\nA short note of thanks rather than a request. We publish an open atlas of river sediments for schools. Your work is one of its sources, and we credit it on every map that uses it.\n\nWith thanks,\nIlse",
      "Dear Dr. Okafor,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nA short note of thanks rather than a request. We publish an open atlas of river sediments for schools. Your work is one of its sources, and we credit it on every map that uses it.\n\nWith thanks,\nIlse"
    ],
    [
      "\"we are glad to give you access\" is the ask already",
      'email',
      "Dear Dr. Okafor,\n\nHope you are well!\n\nA short note of thanks. We publish an open atlas of river sediments for schools. Your work is one of its sources, and we credit it on every map that uses it. If you would like to see the maps, we are glad to give you access.\n\nWith thanks,\nIlse",
      "Dear Dr. Okafor,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nA short note of thanks. We publish an open atlas of river sediments for schools. Your work is one of its sources, and we credit it on every map that uses it. If you would like to see the maps, we are glad to give you access.\n\nWith thanks,\nIlse"
    ],
    [
      "\"Happy to discuss ...\" is the ask already",
      'email',
      "Hi Dr. Haddad,\n\nHope you are well!\n\nI'm the maker of wildfire-watch.example, a live map of fire risk from satellite hotspots and weather station data. All the data is open and updated hourly.\n\nHappy to discuss a joint study.\n\nMina",
      "Hi Dr. Haddad,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] All the data is open and updated hourly.\n\nHappy to discuss a joint study.\n\nMina"
    ],
    [
      "a soft close that lets them off gets no stock question after it",
      'email',
      "Hi Sol,\n\nHope you are well!\n\nI'm launching Quillbox on Product Hunt next Tuesday. It turns voice memos into tidy meeting notes.\n\nIf you have a moment on the day:\n- Try it and leave a comment\n- Tell me what felt clunky\n\nTotally understand if you're busy. Either way, thank you!\n\nBest,\nDee",
      "Hi Sol,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm launching Quillbox on Product Hunt next Tuesday. It turns voice memos into tidy meeting notes.\n\nIf you have a moment on the day:\n- Try it and leave a comment\n- Tell me what felt clunky\n\nTotally understand if you're busy. Either way, thank you!\n\nBest,\nDee"
    ],
    [
      "\"Happy to:\" over a list of offers is the ask already",
      'email',
      "Hi Ren, following up on the lint config I suggested for your repo. Happy to:\n\n1. Open a pull request with it\n2. Walk through it in the issue thread\n3. Answer questions there too\n\nNo rush at all.",
      "Hi Ren, [[What you noticed about them: one line that would be wrong if sent to anyone else.]] Happy to:\n\n1. Open a pull request with it\n2. Walk through it in the issue thread\n3. Answer questions there too\n\nNo rush at all."
    ]
  ])
})
