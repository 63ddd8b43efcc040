/**
 * Round 16's judges' findings (issue 17, round 26 of the rewrite), as team-written drafts, each failing
 * before the change it tests. The draft's own ask, made low-friction, is its ask: no "Worth a look?" where
 * there is nothing to look at (a research request, a chat for their view, a buyer of their property), no
 * stock ask beside a request the draft already makes ("I'd value a pointer", "I'd welcome the chance to
 * discuss"), and what only made sense beside the call goes with it ("Let me know what works for you!", the
 * days kept open); a dated request to reply stays. A guide line fits the message (no "how you help" in a job
 * seeker's note, a research request, a catch-up with no agenda) and never quotes a broken piece of a
 * sentence; it goes after the draft's own label ("quick question—", "It's been a while."), in place of a
 * stock compliment, and not at all in a reply whose template has a slot for the earlier conversation. A
 * moved line after the greeting's comma goes on in lower case; a subject keeps its merge field.
 */
import {describe, expect, test} from 'vitest'
import {linter, rewrites} from './rewrite-harness.js'

describe("round 26: the draft's own ask, made low-friction, and nothing left of the ask that went", () => {
  rewrites([
    [
      "a research request that wants to hear how they decide: a few questions by email, not \"Worth a look?\"",
      "email",
      "Hi Dana,\n\nI'm a graduate student studying how small breweries pick their hop suppliers. We're speaking with brewery buyers across the UK.\n\nGiven your years buying for Northgate Brewing, I would love to hear how you choose who to work with.\n\nWould you have 15 minutes next week for a quick call?\n\nThanks,\nOmar",
      // (Since round 29: the student's line on what they research stays, and "your years buying for Northgate Brewing" is the line about them.)
      "Hi Dana,\n\nI'm a graduate student studying how small breweries pick their hop suppliers. We're speaking with brewery buyers across the UK.\n\nGiven your years buying for Northgate Brewing, I would love to hear how you choose who to work with.\n\nWould you be open to answering a few questions by email?\n\nThanks,\nOmar"
    ],
    [
      "a chat asked only for their view: questions about its topic by email",
      "linkedin-inmail",
      "Hi Lee, I came across your talk on warehouse robotics at ProMat.\nI'm a controls engineer with 8 years in conveyor automation, moving to Rotterdam soon. Would you be open to a 20-min chat about the automation job market there? No ask beyond your perspective.",
      // (Since round 29, an InMail's questions are asked by message, its own channel: round 18's judges, r1387.)
      "Hi Lee, I came across your talk on warehouse robotics at ProMat.\nI'm a controls engineer with 8 years in conveyor automation, moving to Rotterdam soon. Would you be open to a few questions about the automation job market there by message? No ask beyond your perspective."
    ],
    [
      "\"Let me know what works for you!\" goes with the call it answered; the topic is the ask",
      "followup",
      "Hi {firstName}, I know your week is full. I really think there could be value in connecting about {topic} trends. If that sounds good, I'd love to book a quick 15-minute call. Let me know what works for you!",
      "Hi {firstName}, [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I really think there could be value in connecting about {topic} trends. Would comparing notes on {topic} trends be useful?"
    ],
    [
      "the days kept open go with the call they were for",
      "email",
      "{First name},\n\nSaw you opened a second clinic in {city} this spring. Most two-site practices I talk to say the same thing: the front desk spends mornings on reminder calls.\n\nWe built {Product} for that. It sends reminders by text and fills gaps from a waitlist.\n\nFour of our pilot clinics cut no-shows by 30% in a quarter.\n\nWorth a 20-minute look at how it works for {clinic}? I have Tuesday or Friday next week open.\n\n— {Sender}",
      "{First name},\n\nSaw you opened a second clinic in {city} this spring. Most two-site practices I talk to say the same thing: the front desk spends mornings on reminder calls.\n\nWe built {Product} for that. It sends reminders by text and fills gaps from a waitlist.\n\nFour of our pilot clinics cut no-shows by 30% in a quarter.\n\nWant me to send a short note on how it works for {clinic}?\n\n— {Sender}"
    ],
    [
      "a follow-up that asks for a pointer has its ask: no stock one added",
      "followup",
      "Following up with something concrete: last spring I cut our nightly build from 40 minutes to 12 by caching the dependency layer, on a team of three. If Acme's graduate hiring is something you own, I'd value a pointer. If it's someone else, happy to be redirected.",
      "Following up with something concrete: last spring I cut our nightly build from 40 minutes to 12 by caching the dependency layer, on a team of three. If Acme's graduate hiring is something you own, I'd value a pointer. If it's someone else, happy to be redirected."
    ],
    [
      "\"I'd welcome the chance to discuss ...\" is the draft's ask: no stock one added",
      "email",
      "Hi [Name],\n\nI recently finished my M.Sc. in data science and I've spent two years building forecasting models in Python.\n\nI'd welcome the chance to discuss how my background fits the team.\n\nBest,\n[Your Name]",
      "Hi [Name],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI recently finished my M.Sc. in data science and I've spent two years building forecasting models in Python.\n\nI'd welcome the chance to discuss how my background fits the team.\n\nBest,\n[Your Name]"
    ],
    [
      "a dated request to reply stays the ask, deadline and all",
      "email",
      "Dear {{ name }},\n\nWe are pleased to invite you to review talks for the 2026 Rust Tools Workshop. You were recommended by past speakers for your work on {{ area }}.\n\nThe workload is light: about eight short abstracts over two weeks in May.\n\nPlease let us know whether you can join by replying to this email before Monday, March 3rd. To see the review site, please register on the workshop page.\n\nBest regards,\nMia Chen, Workshop Chair",
      "Dear {{ name }},\n\nYou were recommended by past speakers for your work on {{ area }}.\n\nWe are pleased to invite you to review talks for the 2026 Rust Tools Workshop.\n\nThe workload is light: about eight short abstracts over two weeks in May.\n\nPlease let us know whether you can join by replying to this email before Monday, March 3rd. To see the review site, please register on the workshop page.\n\nBest regards,\nMia Chen, Workshop Chair"
    ],
    [
      "a buyer of their property asks whether they would hear an offer",
      "sms",
      "Hi {name}, I'm interested in {address}. Cash offer, we close in 10 days, no repairs needed. Quick call to chat? — Dale",
      "Hi {name}, [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm interested in {address}. Cash offer, we close in 10 days, no repairs needed. Would you be open to an offer? — Dale"
    ]
  ])
})

describe("round 26: guide lines in words that fit the message", () => {
  rewrites([
    [
      "a job seeker's profile stays, not a guide line quoting a piece of it",
      "linkedin-connect",
      "Hello! I'm Priya, Data Engineer (Spark, Airflow, dbt) with 5 years in retail. Open to remote contract roles. Do you work with this profile?",
      "Hello! [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm Priya, Data Engineer (Spark, Airflow, dbt) with 5 years in retail. Open to remote contract roles. Do you work with this profile?"
    ],
    [
      "a no-agenda catch-up asks for no \"how you help\"",
      "linkedin-connect",
      "Hi Sam, it's been a while since we shipped the 2021 billing rewrite together. I'm now leading a small data team and running into the same questions you raised back then. Reaching back out to stay in touch, no agenda.",
      "Hi Sam, it's been a while since we shipped the 2021 billing rewrite together. [[What you noticed about them: one line that would be wrong if sent to anyone else.]] Reaching back out to stay in touch, no agenda."
    ],
    [
      "a research request asks for no \"how you help\"",
      "email",
      "Hi Maria!\n\nI'm Ada, a student working on a research project about how clinics choose scheduling software. We're talking to practice managers to understand what actually works.\n\nBecause of your experience running three clinics in Leeds, I would love to hear how you decide which tools to keep.\n\nWould you have 20 minutes in the next two weeks for a quick call?\n\nBest,\nAda",
      // (Since round 29: the research project stays, without the name the signature gives, and "your experience
      // running three clinics in Leeds" is the line about them.)
      "Hi Maria!\n\nI'm a student working on a research project about how clinics choose scheduling software. We're talking to practice managers to understand what actually works.\n\nBecause of your experience running three clinics in Leeds, I would love to hear how you decide which tools to keep.\n\nWould you be open to answering a few questions by email?\n\nBest,\nAda"
    ],
    [
      "a proof keeps its brackets whole",
      "email",
      "Hi Jo,\n\nWe're a growth agency that's helped 3 retailers (Acme, Brightline, Corvo) double their repeat orders in 6 months.\n\nWould you be open to a 15-minute call next week?\n\nBest,\nKim",
      "Hi Jo,\n\n[[One line on what you noticed about them, then one line on how you help with it. Proof to keep: We're a growth agency that's helped 3 retailers (Acme, Brightline, Corvo) double their repeat orders in 6 months.]]\n\nWould any of this help right now?\n\nBest,\nKim"
    ]
  ])
})

describe("round 26: guide lines placed after the draft's own label, or in place of what they stand for", () => {
  rewrites([
    [
      "the guide line after a label on its own line",
      "email",
      "{{firstName}}, quick question—\n\nHave you picked your fantasy team yet?\n\nAlso: how are you handling {{problem}} today?\n\n[Name]",
      "{{firstName}}, quick question—\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nHave you picked your fantasy team yet?\n\nAlso: how are you handling {{problem}} today?\n\n[Name]"
    ],
    [
      "the guide line after a label that is its sentence",
      "followup",
      "{{first_name}}, quick note. Spoke to four new ops leads this month. Each said the same thing: Monday goes on re-planning the week.\n\nIf that rings a bell, I have a short checklist I share with new leads. Want me to send it?\n\nJo",
      "{{first_name}}, quick note. [[What you noticed about them: one line that would be wrong if sent to anyone else.]] Spoke to four new ops leads this month. Each said the same thing: Monday goes on re-planning the week.\n\nIf that rings a bell, I have a short checklist I share with new leads. Want me to send it?\n\nJo"
    ],
    [
      "the guide line after \"It's been a while.\"",
      "linkedin-inmail",
      "Hi Ravi! I hope this message finds you well! It's been a while. As you may know, I've been building something new: a scheduling tool for clinics with reminders, analytics and integrations. Would you have 30 minutes next week for a demo?",
      "Hi Ravi! It's been a while. [[What you noticed about them: one line that would be wrong if sent to anyone else.]] As you may know, I've been building something new: a scheduling tool for clinics with reminders, analytics and integrations. Want me to send over a short recorded demo?"
    ],
    [
      "a reply template with a slot for the earlier conversation and one for its ask: no guide line, no stock ask",
      "followup",
      "Hi {first name},\n\n{One sentence referencing our last call}. {One sentence with the next step}.\n\n{Sign-off}",
      "Hi {first name},\n\n{One sentence referencing our last call}. {One sentence with the next step}.\n\n{Sign-off}"
    ],
    [
      "the guide line takes the place of a stock compliment",
      "linkedin-connect",
      "{First name}, been following {company name}'s growth — impressive run in {market}. I write about hiring for small agencies. Thought there might be overlap. Would be glad to connect.",
      "{First name}, [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I write about hiring for small agencies. Thought there might be overlap. Would be glad to connect."
    ],
    [
      "a follow-up whose label leads into what it brings: no guide line between them, no capital after the comma",
      "followup",
      "{First name}, quick follow-up — one idea from that post that founders keep quoting: {idea, e.g., \"hire for the next stage, not this one\"}. It's more a mindset than a tactic. Curious whether it lands for you.",
      "{First name}, one idea from that post that founders keep quoting: {idea, e.g., \"hire for the next stage, not this one\"}. It's more a mindset than a tactic. Curious whether it lands for you."
    ],
    [
      "a moved line after the greeting's comma goes on in lower case",
      "linkedin-connect",
      "Hi Ana, I help payroll teams at mid-size retailers cut errors without adding headcount. Saw your post on the year-end payroll crunch and thought it was worth connecting. No pitch, just relevant.",
      "Hi Ana, saw your post on the year-end payroll crunch and thought it was worth connecting. [[One line on how you help with what you noticed about them.]] No pitch, just relevant."
    ]
  ])
})

describe('round 26: a subject keeps what only it had', () => {
  test('"Quick question about {address}" becomes the reader\'s property at {address}, not "Your property"', () => {
    const input = {text: "Hi {name},\n\nI hope this message finds you well. My name is Dale Ortiz with Ortiz Homes, a local investment company.\n\nI came across your property at {address} and wanted to reach out to see if you'd be open to selling.\n\nWe offer:\n• Cash purchase\n• Close in as few as 10 days\n• No repairs needed\n\nWould you be open to a quick 5-minute call to discuss?\n\nBest,\nDale", subject: "Quick question about {address}", channel: 'email' as const}
    expect(linter.rewrite(input).subject).toBe("Your property at {address}")
  })
})
