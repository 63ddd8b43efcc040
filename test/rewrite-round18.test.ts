/**
 * Round 13's judges' findings on guide lines (issue 17, round 18 of the rewrite), as team-written
 * drafts, each failing before the change it tests:
 * - a product named but never introduced once its defining sentence became a guide line ("I am
 *   building agentdiff, open-source CI for ..." -> "[[... then how AI helps with it.]]"), and a guide
 *   line naming a generic word, or no one, in place of the product's name;
 * - the line on what was noticed asked for where the draft says it already ("I tested your agency's
 *   response time", "Your project uses [...]", "I thought of ${company} because ${why}");
 * - the line on what was noticed where it does not fit: a reply to someone already in touch, an SMS
 *   invite to an event, a student asking for advice, a follow-up bringing what it promised.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe("round 18: the sentence that names the product and says what it is stays, or the guide line names it", () => {
  rewrites([
    [
      "\"I am building shiftlog, open-source ...\" stays where the rest says \"shiftlog\"",
      'email',
      "Hi Priya,\n\nI am building shiftlog, open-source audit trails for rota changes. Payroll tools say who worked; shiftlog says who changed the rota and why.\n\nWhich tool does your team use for rotas today?\n\nTom",
      "Hi Priya,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I am building shiftlog, open-source audit trails for rota changes. Payroll tools say who worked; shiftlog says who changed the rota and why.\n\nWhich tool does your team use for rotas today?\n\nTom"
    ],
    [
      "\"I'm testing QUAYLINK, an open booking layer ...\" stays where the rest says \"QUAYLINK\"",
      'email',
      "I'm testing QUAYLINK, an open booking layer for small ferry operators. The idea is simple: one timetable feed, and QUAYLINK keeps every agent's seats in step.\n\nCould you tell me which booking system your office uses today?",
      "[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm testing QUAYLINK, an open booking layer for small ferry operators. The idea is simple: one timetable feed, and QUAYLINK keeps every agent's seats in step.\n\nCould you tell me which booking system your office uses today?"
    ],
    [
      "the guide line in place of \"I run HALCYON, a ...\" names HALCYON, not \"you\"",
      'email',
      "Hi Dana,\n\nI run HALCYON, a proof-based payroll audit service.\n\nI can take last quarter's payroll export and return a list of overpayments with the evidence for each.\n\nIf you want, I can share a sample report next.\n\nBest,\nHALCYON",
      "Hi Dana,\n\n[[One line on what you noticed about them, then how HALCYON helps with it.]] HALCYON is a proof-based payroll audit service.\n\nI can take last quarter's payroll export and return a list of overpayments with the evidence for each.\n\nIf you want, I can share a sample report next.\n\nBest,\nHALCYON"
    ],
    [
      "a name in capitals opening its line (\"TALLYOPS provides ...\") is the one the guide line names",
      'email',
      "Hi Dana,\n\nI'm reaching out about an exciting opportunity to cut payroll errors.\n\n**How it works:**\nTALLYOPS provides ready-made payroll checks:\n- overtime approved after the fact\n- shifts paid twice\n- missing breaks\n\nWhich payroll system does your team run today?\n\nBest,\nSam",
      "Hi Dana,\n\n[[One line on what you noticed about them, then how TALLYOPS helps with it.]]\n\nWhich payroll system does your team run today?\n\nBest,\nSam"
    ],
  ])
})

describe("round 18: no line on what was noticed where the draft says it already", () => {
  rewrites([
    [
      "\"I tested your clinic's phone line\" is the line about them",
      'email',
      "Hi [Name],\n\nI tested your clinic's phone line - I called your front desk on [day] at [time]. It rang out after nine rings.\n\nClinics that answer within a minute book a third more new patients.\n\nShould I send you the recording of that call?",
      "Hi [Name],\n\nI tested your clinic's phone line - I called your front desk on [day] at [time]. It rang out after nine rings.\n\nClinics that answer within a minute book a third more new patients.\n\nShould I send you the recording of that call?"
    ],
    [
      "\"Your project uses [calendar library]\" is the line about them, and \"I maintain Rotaform, ...\" stays",
      'email',
      "Hi Sam,\n\nI maintain Rotaform, a small open-source tool for turning shift rotas into calendar feeds.\n\nYour project uses [calendar library], so I would value your view on one question: which feed format should a tool like this export first?\n\nRepository: [link]\n\nPlease ignore this if it is not relevant to your work.",
      "Hi Sam,\n\nI maintain Rotaform, a small open-source tool for turning shift rotas into calendar feeds.\n\nYour project uses [calendar library], so I would value your view on one question: which feed format should a tool like this export first?\n\nRepository: [link]\n\nPlease ignore this if it is not relevant to your work."
    ],
    [
      "\"I thought of {{company}} because {{why}}\" is the line about them",
      'email',
      "Hi Omar,\n\nI thought of {{company}} because {{why}}. The current build flags shifts where overtime was approved after the fact.\n\nI'm building rotacheck, open-source checks for rota changes; rotacheck runs on every export.\n\nWould a sample run on last month's rota help?",
      "Hi Omar,\n\nI thought of {{company}} because {{why}}. The current build flags shifts where overtime was approved after the fact.\n\nI'm building rotacheck, open-source checks for rota changes; rotacheck runs on every export.\n\nWould a sample run on last month's rota help?"
    ],
    [
      "\"I noticed Pathly just launched ...\" is the line about them",
      'email',
      "Hi Jen,\n\nI'm a freelance designer specialising in B2B SaaS. I noticed Pathly just launched its new sign-up screens - the progress bar is a nice touch.\n\nAny chance you need design support this quarter?\n\nBeth",
      "Hi Jen,\n\nI'm a freelance designer specialising in B2B SaaS. I noticed Pathly just launched its new sign-up screens - the progress bar is a nice touch.\n\nAny chance you need design support this quarter?\n\nBeth"
    ],
  ])
})

describe("round 18: no line on what was noticed where one does not fit the message", () => {
  rewrites([
    [
      "an SMS to a customer saying \"we tried reaching you yesterday\" is contact already",
      'sms',
      "Hi {{first_name}}, we tried reaching you yesterday about your boiler service. Still interested in booking? Call us on 0161 555 0100.",
      "Hi {{first_name}}, we tried reaching you yesterday about your boiler service. Still interested in booking? Call us on 0161 555 0100."
    ],
    [
      "an SMS invite to an event (\"Would love to have you there\") needs no cold line",
      'sms',
      "Hey, I'm hosting a founders' breakfast in Leeds on [DATE]. It's twelve people, one topic, no slides. Would love to have you there: [LINK] Can you make it?",
      "Hey, I'm hosting a founders' breakfast in Leeds on [DATE]. It's twelve people, one topic, no slides. Would love to have you there: [LINK] Can you make it?"
    ],
    [
      "a student asking for advice keeps who asks, and no guide line asks how they help",
      'email',
      "Hi [First Name],\n\nI'm a student at [Your University] studying civil engineering, and I came across your profile while researching careers in structural design. Your work on the Tyne bridge retrofit caught my attention, and I'd love to hear how you got started.\n\nCould you share one thing you wish you had known when you started?\n\nThanks,\n[Your Name]\n[Your University] | Class of 2027",
      "Hi [First Name],\n\nYour work on the Tyne bridge retrofit caught my attention, and I'd love to hear how you got started.\n\nI'm a student at [Your University] studying civil engineering, and I came across your profile while researching careers in structural design.\n\nCould you share one thing you wish you had known when you started?\n\nThanks,\n[Your Name]\n[Your University] | Class of 2027"
    ],
    [
      "a follow-up that brings the case study it promised has its new thing",
      'followup',
      "Hi Chris,\n\nFollowing up with the case study I promised: how a 60-room hotel cut laundry costs by 18% with our linen tracking. https://example.com/case-harbour\n\nWant the full report?\n\nMia",
      "Hi Chris,\n\nFollowing up with the case study I promised: how a 60-room hotel cut laundry costs by 18% with our linen tracking. https://example.com/case-harbour\n\nWant the full report?\n\nMia"
    ],
  ])
})
