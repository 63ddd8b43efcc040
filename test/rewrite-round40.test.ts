/**
 * Issue 17's rewrite, round 40 (round 24 of judged rewrites): the draft's own ask. A time ask is
 * replaced by a stock one only where it asks for time and nothing of the reader's; an ask that names
 * a purpose keeps it: people sought to test what the draft offers are asked whether they would, a
 * choice of a call or something sent keeps the thing sent, time asked for the reader's own next step
 * (their account unblocked, the results reviewed) keeps that step without the slot, feedback is asked
 * for as theirs to share, a session offered keeps its line (a numbered walkthrough's steps are no ask
 * beside it). And the stock ask fits what the result holds: nothing offered to be sent beside an
 * attachment, nor what the draft is itself (its summary); a try-it line is no second ask to cut; a
 * demo asked for is offered recorded, not "any of this".
 */
import {describe, expect, test} from 'vitest'
import {rewrites, rewritten} from './rewrite-harness.js'

describe("round 40: an ask that names the draft's purpose stays that purpose", () => {
  rewrites([
    [
      "a draft looking for people to test what it offers: whether they would, not \"Worth a look?\"",
      "email",
      "Hi Rae,\n\nOur app logs cold-chain temperatures from the sensors your depots already run. See it working: https://example.com/coldlog\n\nI'm looking for two depot managers to test it over the winter. Open to a quick call?\n\nBest,\nTom",
      "Hi Rae,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] See it working: https://example.com/coldlog\n\nI'm looking for two depot managers to test it over the winter. Would you be open to testing it?\n\nBest,\nTom"
    ],
    [
      "a call or a brief sent first: the brief is the ask, without the call and without \"first\"",
      "email",
      "Hi Mira,\n\nWe're recruiting primary schools for a two-year study on outdoor reading lessons, run by the University of Leeds.\n\nWe're looking for teachers interested in joining the spring term cohort.\n\nWould you be up for a short call to hear more, or would you like me to send a two-page brief first?\n\nThanks,\nOwen",
      "Hi Mira,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] We're recruiting primary schools for a two-year study on outdoor reading lessons, run by the University of Leeds.\n\nWe're looking for teachers interested in joining the spring term cohort.\n\nWould you like me to send a two-page brief?\n\nThanks,\nOwen"
    ],
    [
      "time asked to get their own account unblocked: the unblocking is the ask, without the slot",
      "email",
      "Hi Priya,\n\nI saw that nobody on your team has signed in to the dashboard since the kickoff, and I want to make sure nothing is stuck.\n\nOften it is just a lost invite.\n\nCan we find 20 minutes this week to get your account unblocked? Here's my calendar: [Calendar Link].\n\nThanks,\nLuis",
      "Hi Priya,\n\nI saw that nobody on your team has signed in to the dashboard since the kickoff, and I want to make sure nothing is stuck.\n\nOften it is just a lost invite.\n\nCan we get your account unblocked?\n\nThanks,\nLuis"
    ],
    [
      "time asked to review the results sent: the review is the ask, without the slot or the booking link",
      "email",
      "Hi Ken,\n\nYour team has now run the scheduler for six weeks, and here is where things stand.\n\n**Results:**\n- Late shifts filled: 41 of 45\n- Overtime hours: down 12%\n\nCan we find 30 minutes to review this together? [Calendar Link]\n\nBest,\nAmy",
      "Hi Ken,\n\nYour team has now run the scheduler for six weeks, and here is where things stand.\n\n**Results:**\n- Late shifts filled: 41 of 45\n- Overtime hours: down 12%\n\nCan we review this together?\n\nBest,\nAmy"
    ],
    [
      "minutes asked for feedback: whether they would share it, not \"Would giving some feedback be something you'd consider?\"",
      "email",
      "Hi Dana,\n\nI noticed your bakery takes orders over Instagram.\n\nI built Crumbly, a tool that turns DMs into a tidy order list. It costs $9 a month.\n\nWould love 10 minutes of your time for feedback.\n\nCheers,\nSol",
      "Hi Dana,\n\nI noticed your bakery takes orders over Instagram.\n\nI built Crumbly, a tool that turns DMs into a tidy order list. It costs $9 a month.\n\nWould you be open to sharing some feedback?\n\nCheers,\nSol"
    ],
    [
      "a session offered after a numbered walkthrough: its slot line stays the one ask, not cut for a step",
      "email",
      "Dear Dr. Amari,\n\nI'd like to run a 20-minute workshop for your students on a tool that checks statistics homework.\n\nThe workshop goes in three steps:\n\n1. `/load`. Open a dataset. Practice: reading a codebook.\n2. `/fit`. Drop the outliers and turn on robust errors. Practice: checking the assumptions first.\n3. `/report`. Export the tables. Practice: writing up results.\n\nI can fit the examples to the course's own datasets. Let me know if a session slot works.\n\nBest regards,\nNina",
      "Dear Dr. Amari,\n\nI'd like to run a 20-minute workshop for your students on a tool that checks statistics homework.\n\nThe workshop goes in three steps:\n\n1. `/load`. Open a dataset. Practice: reading a codebook.\n2. `/fit`. Drop the outliers and turn on robust errors. Practice: checking the assumptions first.\n3. `/report`. Export the tables. Practice: writing up results.\n\nI can fit the examples to the course's own datasets. Let me know if a session slot works.\n\nBest regards,\nNina"
    ]
  ])
})

describe("round 40: the stock ask fits what the draft holds", () => {
  rewrites([
    [
      "a founder's note with the deck attached: no offer to send their plans, an investor's question",
      "email",
      "Hi Petra,\n\nWe run a marketplace for second-hand lab equipment.\n\n**Traction:**\n- 1,200 labs buying each month\n- $1.1M in yearly sales\n\nWe'd welcome the chance to share our plans and discuss how you could join our seed round. Would you be interested in a brief introductory call?\n\nBest,\nRui\n\n[Attachment: Seed Deck]",
      "Hi Petra,\n\n[[One line on what you noticed about them, then one line on how you help with it.]]\n\n**Traction:**\n- 1,200 labs buying each month\n- $1.1M in yearly sales\n\nDoes this fit what you invest in?\n\nBest,\nRui\n\n[Attachment: Seed Deck]"
    ],
    [
      "a try-it line with a bare domain before \"Your thoughts?\": it stays, the thoughts are on it",
      "sms",
      "Hey [Name]!\n\nQuick question - how many hours does your team spend booking interviews each week?\n\nI found a tool that books them in a minute. With no back-and-forth.\n\nTry it: slotbot.ai\n\nYour thoughts?",
      "Hey [Name]!\n\nQuick question - how many hours does your team spend booking interviews each week?\n\nI found a tool that books them in a minute. With no back-and-forth.\n\nTry it: slotbot.ai\n\nYour thoughts?"
    ],
    [
      "a demo asked for after a feature list: the demo, recorded, not \"any of this\"",
      "email",
      "Hi [Name],\n\nI noticed [Company] takes on apprentices every autumn.\n\nQuick question: how much time does your team spend checking\napprentice logbooks?\n\nWe've built Ladder - the first logbook where every apprentice's\nhours are signed off by their supervisor.\n\n- See signed hours, not just claims\n- Skills checked against the standard\n- \"Approved by [College]\" on every logbook\n\nWe're starting with [College] and giving its employers\na term at no charge.\n\nInterested in a 15-minute demo?\n\n[Your Name]",
      "Hi [Name],\n\nI noticed [Company] takes on apprentices every autumn.\n\nQuick question: how much time does your team spend checking\napprentice logbooks?\n\nWe've built Ladder - the first logbook where every apprentice's\nhours are signed off by their supervisor.\n\n- See signed hours, not just claims\n- Skills checked against the standard\n- \"Approved by [College]\" on every logbook\n\nWe're starting with [College] and giving its employers\na term at no charge.\n\nWant me to send over a short recorded demo?\n\n[Your Name]"
    ]
  ])
})

describe('round 40: no offer to send what the draft already is', () => {
  test('"I wanted to share a quick summary ..." : the new ask does not offer to send the summary', () => {
    const out = rewritten("Hi Beth,\n\nYour clinic has used Rota for a month now. I wanted to share a quick summary of where things stand.\n\n**This month:**\n- Shifts covered: [X]%\n- Swaps handled in the app: [Y]\n\nCan we find 30 minutes to go over it? [Calendar Link]\n\nBest,\nJon", 'email')
    expect(out).not.toMatch(/send over the summary/i)
    expect(out).toMatch(/\?\n\nBest,/)
  })
})
