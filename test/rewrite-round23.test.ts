/**
 * Round 15's judges' findings on the ask (issue 17, round 23 of the rewrite), as team-written drafts,
 * each failing before the change it tests. A merge field that is the call to action ("{cta}") is the
 * draft's ask: no stock question goes above it (r1274). The one request a draft makes stays, in its own
 * terms: a podcast invitation stays an invitation, to the writer's show or to theirs (r1348, r1341); a
 * networking chat its questions (r1272); a recruiter's call the role's details (r1323, r1358); an
 * interview offered with the writer's founder stays an offer (r1370). No stock question the draft does
 * not ask: no "role" where none is named (r1288, r1363), no "Is there a fit?" or "Does this make sense?" (r1299,
 * r1360), no "Worth a look?" in a last note that gave a way to reach the writer (r1290). And no vaguer
 * than the draft: an offer to share how a customer did it, or a look at what it could mean for them,
 * keeps what it offered (r1295, r1289, r1328), and customers it counts without naming are
 * the ones whose story it offers (r1306).
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 23: a merge field that is the call to action is the ask', () => {
  rewrites([
    [
      "a {cta} field after the pitch is the ask",
      "email",
      "Hey,\n\nSaw the Series A news. Congrats. After a raise is when the pressure to hire fast really hits.\n\nWe help companies turn new headcount into ramped reps, specifically through {offer_list}.\n\n{cta}\n\n{signoff}",
      "Hey,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nCongrats. After a raise is when the pressure to hire fast really hits.\n\nWe help companies turn new headcount into ramped reps, specifically through {offer_list}.\n\n{cta}\n\n{signoff}"
    ]
  ])
})

describe('round 23: the one request the draft makes stays, in its own terms', () => {
  rewrites([
    [
      "the writer's podcast: an invitation to come on it",
      "email",
      "Hi Maya,\n\nYour talk on offline-first sync at JSConf was the clearest take on CRDTs I have heard.\n\nI host \"Ship Notes\", a podcast for indie developers shipping their own products. Our listeners are mostly solo founders writing their own sync code.\n\nWould you be open to a 40-minute conversation? No prep needed.\n\nBest,\nTom",
      "Hi Maya,\n\nYour talk on offline-first sync at JSConf was the clearest take on CRDTs I have heard.\n\nI host \"Ship Notes\", a podcast for indie developers shipping their own products. Our listeners are mostly solo founders writing their own sync code.\n\nWould you be open to coming on the show? No prep needed.\n\nBest,\nTom"
    ],
    [
      "a guest pitch to their show: having the writer on it",
      "email",
      "Hi [Name],\n\nLoved your latest episode on [topic], especially [detail].\n\nI run a small bakery co-op and spent a year tracking what 40 bakeries threw away each night.\n\nWould a 25-minute recorded chat on [Podcast Name] fit your guest calendar? No selling, just the numbers.\n\nThanks,\nLena",
      "Hi [Name],\n\nLoved your latest episode on [topic], especially [detail].\n\nI run a small bakery co-op and spent a year tracking what 40 bakeries threw away each night.\n\nWould you be open to having me on [Podcast Name]? No selling, just the numbers.\n\nThanks,\nLena"
    ],
    [
      "a networking chat keeps its questions, by email",
      "followup",
      "Hi {first_name},\n\nThanks for connecting! I'm a {my_title} and I follow what your team ships at {company}.\n\nI'd love to hear about your experience in {city}. Would you be open to a short call?\n\nBest,\n{sender}",
      "Hi {first_name},\n\nThanks for connecting! I'm a {my_title} and I follow what your team ships at {company}.\n\nI'd love to hear about your experience in {city}. Would you be open to answering a few questions by email?\n\nBest,\n{sender}"
    ],
    [
      "a recruiter hiring for a named role",
      "linkedin-inmail",
      "Hi Priya - your talk on flaky test triage matched the problem our CI team is rebuilding around this year.\n\nI'm Dev, a recruiter at Northwind. We're hiring a Staff Build Engineer for that team - hybrid, $180-210k.\n\nOpen to a 20-minute call next week? If not now, a short \"no\" is fine.",
      "Hi Priya - your talk on flaky test triage matched the problem our CI team is rebuilding around this year.\n\nI'm Dev, a recruiter at Northwind. We're hiring a Staff Build Engineer for that team - hybrid, $180-210k.\n\nWant me to send over the details of the role? If not now, a short \"no\" is fine."
    ],
    [
      "a founder's first hire, to see if there's a fit",
      "linkedin-inmail",
      "Hi [Name],\n\nYour write-up on design tokens at scale stuck with me. We're a 12-person team at [Company] building tools for clinics and need someone who cares about systems.\n\nThis would be our first design hire. You'd own the product's look end to end.\n\nWould you be open to a 15-minute call to see if there's a fit?\n\n— [Your name]",
      "Hi [Name],\n\nYour write-up on design tokens at scale stuck with me. We're a 12-person team at [Company] building tools for clinics and need someone who cares about systems.\n\nThis would be our first design hire. You'd own the product's look end to end.\n\nWant me to send over the details of the role?\n\n— [Your name]"
    ],
    [
      "an interview with our founder offered to a journalist",
      "email",
      "Hi Sam,\n\nYour piece on grocery delivery margins was sharp.\n\nWe just published our 2025 delivery cost study: 3,200 orders across 14 cities. I've attached the summary.\n\nPlease let me know if you'd like to schedule an interview with our founder to discuss the findings.\n\nBest,\nRia",
      "Hi Sam,\n\nYour piece on grocery delivery margins was sharp.\n\nWe just published our 2025 delivery cost study: 3,200 orders across 14 cities. I've attached the summary.\n\nWould our founder be someone you'd like to feature?\n\nBest,\nRia"
    ]
  ])
})

describe('round 23: no stock question the draft does not ask', () => {
  rewrites([
    [
      "no role asked about where the draft names none",
      "linkedin-inmail",
      "Hi Noor, I'm excited to connect with you and would love to explore some opportunities with your team.",
      // (Since round 29, an InMail's questions are asked by message, its own channel: round 18's judges, r1387.)
      "Hi Noor, [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm excited to connect with you and would love to explore some opportunities with your team. Would you be open to a few questions by message?"
    ],
    [
      "a template's note over two lines names a job post, not the writer's",
      "email",
      "Hi [FIRST_NAME],\n\n[OBSERVATION — mention something specific: a job posting, a launch,\nor a talk they gave. One sentence.]\n\nAt [MY_COMPANY], we help [PERSONA] get [OUTCOME] by [METHOD].\n\nWould it make sense to spend 15 minutes exploring whether this could help\n[COMPANY_NAME] with [CHALLENGE]?\n\nBest,\n[MY_NAME]",
      "Hi [FIRST_NAME],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\n[OBSERVATION — mention something specific: a job posting, a launch,\nor a talk they gave. One sentence.]\n\nAt [MY_COMPANY], we help [PERSONA] get [OUTCOME] by [METHOD].\n\nCould this help [COMPANY_NAME] with [CHALLENGE]?\n\nBest,\n[MY_NAME]"
    ],
    [
      "a sales note's call to see if there's a fit",
      "email",
      "Hi [Name],\n\nI noticed [observation about their shop].\n\nI help [their trade] businesses take [manual task] off the owner's desk — things like [two examples].\n\nWorth a quick 20-minute call to see if there's a fit?\n\n— [Your name]",
      "Hi [Name],\n\nI noticed [observation about their shop].\n\nI help [their trade] businesses take [manual task] off the owner's desk — things like [two examples].\n\nWould you be open to exploring whether there's a fit?\n\n— [Your name]"
    ],
    [
      "an integration proposal's call to see if it makes sense",
      "email",
      "Hi [Name],\n\nWe build [Product], an invoicing tool used by about 600 agencies. A third of them also use Harvest, and a Harvest sync is our most-requested feature.\n\nWe would build and maintain the integration ourselves and only need your partner API docs.\n\nWorth a 20-minute call to see if this makes sense?",
      "Hi [Name],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] We build [Product], an invoicing tool used by about 600 agencies. A third of them also use Harvest, and a Harvest sync is our most-requested feature.\n\nWe would build and maintain the integration ourselves and only need your partner API docs.\n\nWould an integration be something you'd consider?"
    ],
    [
      "a last note's way to reach the writer, without the booking",
      "followup",
      "Hi [FIRST_NAME],\n\nThis will be my last note for now.\n\nIf [INITIATIVE] ever moves up the list, I'd be glad to help.\nYou can always reach me at [MY_EMAIL] or grab time here: [BOOKING_LINK].\n\nAll the best with [PROJECT].\n\n[MY_NAME]",
      // (The last-note line stays since round 25: it says why the note is sent, round 16's judges, r1290.)
      "Hi [FIRST_NAME],\n\nThis will be my last note for now.\n\nIf [INITIATIVE] ever moves up the list, I'd be glad to help.\nYou can always reach me at [MY_EMAIL].\n\nAll the best with [PROJECT].\n\n[MY_NAME]"
    ]
  ])
})

describe('round 23: no vaguer than the draft', () => {
  rewrites([
    [
      "customers counted, not named: how those did it",
      "linkedin-inmail",
      "Thanks for connecting. Curious how the new clinic is settling in on the front desk - the first month is usually the busiest. We've helped a few practices in the same spot cut no-shows by a third in that stretch. Worth a quick chat sometime if useful, no pressure.",
      "Thanks for connecting. Curious how the new clinic is settling in on the front desk - the first month is usually the busiest. We've helped a few practices in the same spot cut no-shows by a third in that stretch. Want me to send over how those practices did it?"
    ],
    [
      "an offer to share how a customer did it, with its minutes",
      "email",
      "Hi Ola,\n\nA new region means twice the tickets with the same support team.\n\nWhen they opened in Spain, Lumen's support team used our routing to cut first-reply time by 40% in 60 days.\n\nCould share exactly how they did it — 15 minutes?\n\n— Ben",
      "Hi Ola,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nA new region means twice the tickets with the same support team.\n\nWhen they opened in Spain, Lumen's support team used our routing to cut first-reply time by 40% in 60 days.\n\nWant me to send a short note on how they did it?\n\n— Ben"
    ],
    [
      "a call to walk through how they did it",
      "followup",
      "Hi Kim,\n\nQuick story. [CUSTOMER] had the same churn problem in onboarding and fixed it in a quarter.\n\nAfter working with us, they [RESULT].\n\nWould a 15-minute call to walk through how they did it be worth your time?\n\nBest,\nJo",
      "Hi Kim,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nQuick story. [CUSTOMER] had the same churn problem in onboarding and fixed it in a quarter.\n\nAfter working with us, they [RESULT].\n\nWant me to send a short note on how they did it?\n\nBest,\nJo"
    ],
    [
      "a look at what it could mean for them",
      "followup",
      "Hey {{first_name}}, one more idea.\n\nMost agencies I talk to lose 6-8 hours a week to manual timesheet chasing. The ones that stopped did it with automatic reminders.\n\nWorth a 10-min look at what that could look like for {{company}}?",
      "Hey {{first_name}}, [[What you noticed about them: one line that would be wrong if sent to anyone else.]] One more idea.\n\nMost agencies I talk to lose 6-8 hours a week to manual timesheet chasing. The ones that stopped did it with automatic reminders.\n\nWant me to send a short note on what that could look like for {{company}}?"
    ]
  ])
})
