/**
 * Rounds 17's and 18's judges' findings (issue 17, round 29 of the rewrite), as team-written drafts, each
 * failing before the change it tests (rows marked as guards passed before too).
 *
 * - A draft that already says why this reader, by something of theirs it names ("Because of your years
 *   running temperature audits at Norwick Dairies", "Your expertise in {{ specialty }}"), gets no guide line
 *   for what was noticed on top of it; a student's line on what they research stays (without the name the
 *   signature gives), and so does a self-introduction the next sentence names by "this".
 * - A line that only says the sender noticed them and names what any row of the list holds ("I noticed
 *   you're heading up {{title}} at {{company}}", "I came across your work at {company} and was impressed",
 *   "we're both in the {industry} space"), where the lint finds nothing specific to the reader, becomes the
 *   guide line, in its place.
 * - The one ask keeps the draft's purpose at the draft's size: questions in writing go by the note's own
 *   channel; a meeting only to explore a partnership asks whether they are open to exploring it; what the
 *   sender takes off their hands is the topic, not "exploring whether there's a fit"; a buyer asks about an
 *   offer even where the draft sets out a list.
 */
import {describe} from 'vitest'
import {OBSERVE, rewrites} from './rewrite-harness.js'

describe('round 29: no second line about them where the draft names something of theirs', () => {
  rewrites([
    [
      'a named company of theirs after "your years running ... at": the line about them is there, no guide line above the panel',
      'email',
      "Hi Priya,\n\nWe're putting together a panel on cold-chain logistics for the Harbour Freight Forum in May.\n\nBecause of your years running temperature audits at Norwick Dairies, we would love to hear how you would frame the topic.\n\nWould you have 20 minutes next week for a call?\n\nBest,\nOwen",
      "Hi Priya,\n\nWe're putting together a panel on cold-chain logistics for the Harbour Freight Forum in May.\n\nBecause of your years running temperature audits at Norwick Dairies, we would love to hear how you would frame the topic.\n\nWorth a look?\n\nBest,\nOwen"
    ],
    [
      'a slot for what they know ("Your expertise in {{ specialty }}") is the line about them in an invitation',
      'email',
      "Dear {{ name }},\n\nWe would like to invite you to review papers for this year's Rail Safety Workshop.\n\nYour expertise in {{ specialty }} is what our programme committee asked for.\n\nPlease reply by Friday to let us know whether you can take part.\n\nKind regards,\nThe Workshop Chairs",
      "Dear {{ name }},\n\nWe would like to invite you to review papers for this year's Rail Safety Workshop.\n\nYour expertise in {{ specialty }} is what our programme committee asked for.\n\nPlease reply by Friday to let us know whether you can take part.\n\nKind regards,\nThe Workshop Chairs"
    ],
    [
      '(a guard, passing before) "people with your background in [specific area]" is anyone of a group: the guide line stays',
      'email',
      "Hi [First Name],\n\nWe are building a community for field engineers.\n\nWe are looking for people with your background in [specific area] to help shape it.\n\nWould you like to join?\n\nBest,\nMia",
      "Hi [First Name],\n\n[[One line on what you noticed about them, then one line on how you help with it.]]\n\nWe are looking for people with your background in [specific area] to help shape it.\n\nWould you like to join?\n\nBest,\nMia"
    ],
    [
      "a student's research line stays, without the name the signature gives, and \"deal with this\" still has something to name",
      'email',
      "Hi Tom,\n\nI'm Lena, a student working on a research project about how small bakeries price their bread. We're asking owners who deal with this every day what works.\n\nGiven your years running the ovens at Crumb & Co, I would love to hear how you decide what to charge.\n\nWould you have 15 minutes this week for a quick call?\n\nBest,\nLena Hart",
      "Hi Tom,\n\nI'm a student working on a research project about how small bakeries price their bread. We're asking owners who deal with this every day what works.\n\nGiven your years running the ovens at Crumb & Co, I would love to hear how you decide what to charge.\n\nWould you be open to answering a few questions by email?\n\nBest,\nLena Hart"
    ]
  ])
})

describe('round 29: a line that only says it noticed them becomes the guide line, in its place', () => {
  rewrites([
    [
      'a connection note that says back their title and company',
      'linkedin-connect',
      "Hi {{first_name}}, I noticed you're heading up {{title}} at {{company}}.\nI've been helping similar teams plan their rotas. Would love to connect.",
      `Hi {{first_name}}, ${OBSERVE}\nI've been helping similar teams plan their rotas. Would love to connect.`
    ],
    [
      'praise that names nothing in a connection note',
      'linkedin-connect',
      'Hi {first_name}, I came across your work at {company} and was impressed. I run a small design studio and would love to be in your network!',
      `Hi {first_name}, ${OBSERVE} I run a small design studio and would love to be in your network!`
    ],
    [
      'praise that names nothing in an e-mail, on its own line',
      'email',
      'Hi {{first_name}},\n\nSaw your work at {{company}} - impressive portfolio!\n\nWe build scheduling software for small studios. Would you be open to a 15-minute call next week?\n\nBest,\nRae',
      `Hi {{first_name}},\n\n${OBSERVE}\n\nWe build scheduling software for small studios. Worth a look?\n\nBest,\nRae`
    ],
    [
      'a guide line of the pitch after it asks only how they help with what was noticed',
      'linkedin-inmail',
      "Hi {FirstName},\n\nI came across your profile and was really impressed by your background! I'm a recruiter at Hirewell, the north's leading engineering recruitment agency, and I have an exciting role with a fast-growing client.\n\nAre you free for a quick call this week?\n\nThanks,\nMeg",
      `Hi {FirstName},\n\n${OBSERVE} [[One line on how Hirewell helps with what you noticed about them.]]\n\nWorth a look?\n\nThanks,\nMeg`
    ],
    [
      'shared ground by a field any row fills, "we both work in the {{industry}} field", is no shared ground',
      'linkedin-connect',
      'Hey {{first_name}}, I noticed we both work in the {{industry}} field. I am a {{job_title}} exploring opportunities near {{city}}. Would love to connect!',
      `Hey {{first_name}}, ${OBSERVE} I am a {{job_title}} exploring opportunities near {{city}}. Would love to connect!`
    ],
    [
      'nor "saw we are both in the [Industry] sector"',
      'linkedin-connect',
      'Hello [Name], saw we are both in the [Industry] sector. I am a freelance analyst exploring opportunities in [City]. Would be great to connect.',
      `Hello [Name], ${OBSERVE} I am a freelance analyst exploring opportunities in [City]. Would be great to connect.`
    ],
    [
      '(a guard, passing before) news of theirs the line claims is no row of the list',
      'linkedin-connect',
      "Hey {{first_name}}, saw {{company}} is hiring for the support team. I help teams like yours onboard new agents, thought it'd be worth connecting.",
      "Hey {{first_name}}, saw {{company}} is hiring for the support team. I help teams like yours onboard new agents, thought it'd be worth connecting."
    ],
    [
      '(a guard, passing before) a line with a detail of its own stays',
      'email',
      'Hi Sam,\n\nI noticed your depot runs 40 night shifts a week.\n\nWe build rota software for depots. Would you be open to a 15-minute call next week?\n\nBest,\nRae',
      'Hi Sam,\n\nI noticed your depot runs 40 night shifts a week.\n\nWe build rota software for depots. Would any of this help right now?\n\nBest,\nRae'
    ]
  ])
})

describe("round 29: the one ask keeps the draft's purpose, at the draft's size and on its channel", () => {
  rewrites([
    [
      "an InMail's questions are asked by message, not by e-mail",
      'linkedin-inmail',
      "Hi Jo, I read your post on warehouse robotics at Conveyco.\nI'm a controls engineer moving to Lyon next month. Would you be open to a 15-min chat about the automation scene there? No ask beyond your view.",
      "Hi Jo, I read your post on warehouse robotics at Conveyco.\nI'm a controls engineer moving to Lyon next month. Would you be open to a few questions about the automation scene there by message? No ask beyond your view."
    ],
    [
      "a text's questions are asked by text",
      'sms',
      "Hi Jo, it's Sam from the Leeds runners club. I'm a student and would love to hear how you decide which races to enter. Free for a 10 min call this week?",
      `Hi Jo, it's Sam from the Leeds runners club. ${OBSERVE} I'm a student and would love to hear how you decide which races to enter. Would you be open to answering a few questions by text?`
    ],
    [
      'a chat about potential partnership opportunities becomes exploring a partnership, not considering one',
      'followup',
      "Hi {firstName}, I wanted to follow up on my last note. We're working on a few community projects in {city} and thought you might like them. Would you be open to a quick chat about potential partnership opportunities?",
      `Hi {firstName}, ${OBSERVE} We're working on a few community projects in {city} and thought you might like them. Would you be open to exploring a partnership?`
    ],
    [
      '(a guard, passing before) a proposal the draft sets out is still one to consider',
      'email',
      'Hi [Name],\n\nWe run a payments API for game studios.\n\n**What We Propose:**\n1. **Plugin:** We build a plugin for your engine\n2. **Launch:** A joint tutorial\n\nWould you be open to a 15-minute chat next week to explore possibilities?\n\nBest,\nNia',
      "Hi [Name],\n\n[[One line on what you noticed about them, then one line on how you help with it.]]\n\n**What We Propose:**\n1. **Plugin:** We build a plugin for your engine\n2. **Launch:** A joint tutorial\n\nWould the proposal be something you'd consider?\n\nBest,\nNia"
    ],
    [
      'what the sender takes off their front desk is the question, not "exploring whether there\'s a fit"',
      'email',
      "Hi [Name],\n\nI noticed your clinic still takes bookings by phone only.\n\nI help dental practices take the reminder calls and rebooking off their front desk — texts, confirmations and waitlists.\n\nWorth a quick 15-minute call to see if there's a fit?\n\n— [Your name]",
      "Hi [Name],\n\nI noticed your clinic still takes bookings by phone only.\n\nI help dental practices take the reminder calls and rebooking off their front desk — texts, confirmations and waitlists.\n\nIs taking the reminder calls and rebooking off your front desk a priority right now?\n\n— [Your name]"
    ],
    [
      'a buyer who would talk about selling asks about an offer, whatever list the draft sets out',
      'email',
      "Hi {name},\n\nMy name is Dev and I buy houses in the area for cash.\n\nI came across your property at {address} and wanted to see if you'd be open to a conversation about selling.\n\nWhat we offer:\n• A cash price within 48 hours\n• No repairs needed\n• You pick the closing date\n\nWould you have 5 minutes for a quick call?\n\nThanks,\nDev",
      "Hi {name},\n\nI came across your property at {address} and wanted to see if you'd be open to a conversation about selling.\n\n[[One line on how you help with what you noticed about them.]]\n\nWould you be open to an offer?\n\nThanks,\nDev"
    ]
  ])
})
