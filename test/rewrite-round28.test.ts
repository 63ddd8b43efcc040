/**
 * Round 17's and 18's judges' findings (issue 17, round 28 of the rewrite), as team-written drafts,
 * each failing before the change it tests. What goes on from the greeting's dash ("Hi [Name] — your
 * agency ...") or from a clause inside the sentence takes no capital. A chase's label ("Quick bump — ",
 * 'Trying one more time — ') goes where a sentence follows it; where only a template's slot follows,
 * it stays and the line about them comes after it. The line that says what the message is for (the
 * role applied for, a research project, the house they would buy, a shared school, the listing a
 * follow-up is about) is not cut: it stays, or comes back without its stock lead-in.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 28: no capital where the sentence goes on from a dash', () => {
  rewrites([
    [
      "a line moved up after the greeting's dash goes on from it in lower case",
      'linkedin-inmail',
      "Hi Jo — I'm a freight broker based in Hull with eight years on reefer lanes. Your new cold-storage site came up when I mapped the depots around the Humber. Do you book backhaul loads into Hull yourselves?",
      "Hi Jo — your new cold-storage site came up when I mapped the depots around the Humber. I'm a freight broker based in Hull with eight years on reefer lanes. Do you book backhaul loads into Hull yourselves?"
    ],
    [
      "after a stock opener that went, the sentence left beside the greeting's dash takes no capital",
      'linkedin-connect',
      'Hi Ravi - I hope your week is going well. Saw your talk on warehouse robotics at the Leeds meetup. Would love to connect.',
      'Hi Ravi - saw your talk on warehouse robotics at the Leeds meetup. Would love to connect.'
    ],
    [
      'a lead-in cut from the middle of a sentence leaves no capital behind the dash',
      'email',
      "Hi Gwen,\n\nPardon the cold note - I'm reaching out on the chance you'd want to compare notes on how Tidewell can shorten your quarter-end close.\n\nThanks,\nOmar",
      "Hi Gwen,\n\nPardon the cold note - on the chance you'd want to compare notes on how Tidewell can shorten your quarter-end close.\n\nThanks,\nOmar"
    ]
  ])
})

describe("round 28: a chase's label goes, or the line about them follows it", () => {
  rewrites([
    [
      '"Quick bump — " goes and the question it led into opens the note',
      'followup',
      'Quick bump — is invoice chasing still eating your Fridays at Norwood?',
      'Is invoice chasing still eating your Fridays at Norwood?'
    ],
    [
      '"Quick follow-up in case this was buried." goes as a chase, the guide line in its place',
      'followup',
      'Hi Dee,\n\nQuick follow-up in case this was buried. One detail I left out: the pilot runs on your existing scanners, so nothing new to buy.\n\nHappy to send the setup notes if useful.\n\nKit',
      'Hi Dee,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] One detail I left out: the pilot runs on your existing scanners, so nothing new to buy.\n\nHappy to send the setup notes if useful.\n\nKit'
    ],
    [
      "a chase label that leads into a template's slot stays, and the line about them follows it rather than standing above it",
      'followup',
      'Hi [Name],\n\nTrying again — [competitor] just [what they shipped].\n\nIf the timing is off, happy to reconnect in [quarter].',
      'Hi [Name],\n\nTrying again — [competitor] just [what they shipped].\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nIf the timing is off, happy to reconnect in [quarter].'
    ]
  ])
})

describe('round 28: the line that says what the message is for stays', () => {
  rewrites([
    [
      "\"I'm writing to express my interest in\" the role comes back as \"I'm interested in\" the role",
      'email',
      "Hi [Name],\n\nI'm writing to express my interest in the Data Engineer role at {COMPANY}. I have five years of pipeline work in Python and dbt.\n\nI'd welcome the chance to talk about how that fits the team.\n\nBest,\n[Your Name]",
      "Hi [Name],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm interested in the Data Engineer role at {COMPANY}. I have five years of pipeline work in Python and dbt.\n\nI'd welcome the chance to talk about how that fits the team.\n\nBest,\n[Your Name]"
    ],
    [
      "a named student's research project comes back without the name, behind the guide line",
      'email',
      "Hi Tom!\n\nI'm Sam, a student working on a research project about how small breweries pick their distributors. We're interviewing owners who deal with this every month.\n\nBecause you run two taprooms in Bristol, I'd love to hear how you chose yours.\n\nWould you have 15 minutes for a quick call next week?\n\nThanks,\nSam Okafor",
      "Hi Tom!\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm a student working on a research project about how small breweries pick their distributors. We're interviewing owners who deal with this every month.\n\nBecause you run two taprooms in Bristol, I'd love to hear how you chose yours.\n\nWorth a look?\n\nThanks,\nSam Okafor"
    ],
    [
      'the line that says the sender would buy their house comes back without its reach-out and meeting words',
      'email',
      "Hi {name},\n\nMy name is Jess Ward with Ward Homes, a family-run buyer in the area.\n\nI saw your house on Mill Lane and wanted to reach out to see if you'd be open to a conversation about selling.\n\nWe buy as-is and can close in three weeks.\n\nWould you be open to a 10-minute call?\n\nJess Ward\nWard Homes",
      "Hi {name},\n\nI saw your house on Mill Lane and wondered if you'd consider selling.\n\n[[One line on how Ward Homes helps with what you noticed about them.]]\n\nWe buy as-is and can close in three weeks.\n\nWould you be open to an offer?\n\nJess Ward\nWard Homes"
    ],
    [
      'a school both went to, and what the connection is for, stay as written',
      'linkedin-connect',
      "Hi Lee, I noticed we're both Leeds Beckett alums! I'm a junior designer looking for UX roles — would love to be in your network. No need to reply, accepting is plenty!",
      "Hi Lee, I noticed we're both Leeds Beckett alums! I'm a junior designer looking for UX roles — would love to be in your network. No need to reply, accepting is plenty!"
    ],
    [
      "a follow-up's frame that names the listing by its fields stays, the new-thing line after it",
      'followup',
      'Following up on [Listing address] in [Town]. Still keen to hear your asking price?',
      'Following up on [Listing address] in [Town]. [[One new thing for them since your last note: a fact, a resource or a question it did not have.]] Still keen to hear your asking price?'
    ],
    [
      'the role applied for comes back without "and wanted to connect directly", under a guide line that sells nothing',
      'linkedin-connect',
      'Hi Maya, I recently applied for the Support Lead role at Finch and wanted to connect directly. Would be glad to stay in touch!',
      'Hi Maya, [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I recently applied for the Support Lead role at Finch. Would be glad to stay in touch!'
    ],
    [
      'a recruiter\'s "I wanted to reach out regarding" an open role comes back as "I have" it',
      'linkedin-inmail',
      "Hi [First name],\n\nI wanted to reach out regarding an open role with [Client] for the position of [Title].\n\nYour years running [team] make you a strong match.\n\nLet me know if you'd like the details.\n\n[Recruiter]",
      "Hi [First name],\n\nYour years running [team] make you a strong match.\n\nI have an open role with [Client] for the position of [Title].\n\nLet me know if you'd like the details.\n\n[Recruiter]"
    ]
  ])
})
