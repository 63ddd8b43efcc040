/**
 * Issue 17's measured target, clean rewrites (round 38 of the rewrite): what a rewrite left of the
 * mission errors it was flagged for, or broke while mending them. A stock "reaching out to see if"
 * keeps the request it leads into; a sentence moved to the front leaves its old place, even with a
 * lead-in cut from it; a P.S. offering a meeting by a booking link beside the body's own ask goes,
 * found as a P.S. where no signature stands before it, but not one whose ask is a reply; and the
 * questions of a list the ask announces ("Could you answer 3 quick questions?") are no second asks.
 * A line about them that names by "the" what a line before it introduced ("the median in the survey")
 * does not move above that line, and "In the meantime" with nothing kept before it waits on nothing.
 * A boast word before a plural noun goes with no article before it too ("achieve game-changing results").
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 38: a stock lead-in before the request keeps the request', () => {
  rewrites([
    [
      '"reaching out to see if" before what they are asked: the request stays, said as the writer\'s wish',
      'email',
      "Hi Mara,\n\nI'm reaching out to see if two of your ward nurses would be interested in trying the shift-swap app we built with a hospital in Derby.\n\nThe trial runs for four weeks at no cost.\n\nThanks,\nJo",
      "Hi Mara,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI'd like to see if two of your ward nurses would be interested in trying the shift-swap app we built with a hospital in Derby.\n\nThe trial runs for four weeks at no cost.\n\nWould any of this help right now?\n\nThanks,\nJo"
    ],
    [
      '"reaching out to see whether": the same',
      'email',
      "Hello Ines,\n\nWe restore old shop signs by hand in Porto.\n\nI am reaching out to see whether your café would like its 1950s sign repainted before the summer season.\n\nBest,\nRui",
      "Hello Ines,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] We restore old shop signs by hand in Porto.\n\nI'd like to see whether your café would like its 1950s sign repainted before the summer season.\n\nWorth a look?\n\nBest,\nRui"
    ]
  ])
})

describe('round 38: a sentence moved to the front is said once', () => {
  rewrites([
    [
      'a line about them with a stock lead-in cut, moved above the pitch: it leaves its old place',
      'email',
      'Hi Dana,\n\nWe help clinics fill empty slots.\nReaching out because your clinic just added Saturday hours.\n\nWould a small pilot make sense?',
      'Hi Dana,\n\nYour clinic just added Saturday hours.\n\n[[One line on how you help with what you noticed about them.]]\n\nWould a small pilot make sense?'
    ]
  ])
})

describe("round 38: a P.S. offering a meeting beside the body's ask", () => {
  rewrites([
    [
      'a P.S. with a booking link after a name the roles did not read as a signature: the link is the slot, and the P.S. goes',
      'email',
      "Hi Nell,\n\nYour talk at the Bristol food-safety forum said most missed checks happen on the late shift.\n\nWe run shift checklists by text message. A bakery in Bath cut missed checks by half in a month.\n\nWould their before and after numbers help?\n\nTom\n\nP.S. If easier, happy to do 15 minutes on Friday - here's my calendar: https://cal.com/tom-checks",
      'Hi Nell,\n\nYour talk at the Bristol food-safety forum said most missed checks happen on the late shift.\n\nWe run shift checklists by text message. A bakery in Bath cut missed checks by half in a month.\n\nWould their before and after numbers help?\n\nTom'
    ],
    [
      'a P.S. whose ask is a reply, the meeting only what would follow it: it stays',
      'email',
      "Hi Omar,\n\nI'll take it that the timing is off and stop writing.\n\nIf that changes, my inbox is open.\n\nGood luck with the launch!\n\nLena\n\nP.S. If I've read this wrong, just reply \"yes\" and I'll send over some times for a call.",
      "Hi Omar,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI'll take it that the timing is off and stop writing.\n\nIf that changes, my inbox is open.\n\nGood luck with the launch!\n\nLena\n\nP.S. If I've read this wrong, just reply \"yes\" and I'll send over some times for a call."
    ]
  ])
})

describe('round 38: the questions an ask announces', () => {
  rewrites([
    [
      'a list of questions under "Could you answer 3 quick questions?": each item stays whole, even one whose label holds a "!"',
      'email',
      "Hi Jo,\n\nI saw you have been running Tidyfile on your team's repos since March. I want to make it better for teams like yours.\n\nCould you answer 3 quick questions? (Short answers are fine!)\n\n1. **The \"Wow!\" Moment:** When did Tidyfile first save you time? (A command, a report, a habit?)\n2. **The Snag:** What nearly made you give up on it? (Setup, docs, speed?)\n3. **The Backup:** Without Tidyfile, what would you use?\n\nThanks,\nSam",
      "Hi Jo,\n\nI saw you have been running Tidyfile on your team's repos since March. I want to make it better for teams like yours.\n\nCould you answer 3 quick questions? (Short answers are fine!)\n\n1. **The \"Wow!\" Moment:** When did Tidyfile first save you time? (A command, a report, a habit?)\n2. **The Snag:** What nearly made you give up on it? (Setup, docs, speed?)\n3. **The Backup:** Without Tidyfile, what would you use?\n\nThanks,\nSam"
    ]
  ])
})

describe('round 38: a line about them that names what the line before introduced', () => {
  rewrites([
    [
      'it stays after the line that introduced the survey, and "In the meantime" goes with the chase it waited on',
      'email',
      "Hi Ola,\n\nAny thoughts on my last note? In the meantime, figured this could help - we just released a survey of support response times across 90 online shops: https://example.com/support-survey\n\nYour help desk replies in 19 hours on average; the median in the survey is 7.\n\nBest,\nFinn",
      "Hi Ola,\n\nFigured this could help - we just released a survey of support response times across 90 online shops: https://example.com/support-survey\n\nYour help desk replies in 19 hours on average; the median in the survey is 7.\n\nBest,\nFinn"
    ],
    [
      '"In the meantime" after a kept line it waits on stays, though the chase between them went',
      'email',
      "Hi Bea,\n\nIf stock counts ever become a headache at Fernhill, I'd be glad to help. Did you get a chance to read my last note?\n\nIn the meantime, good luck with the new warehouse!\n\nCheers,\nIvo",
      "Hi Bea,\n\nIf stock counts ever become a headache at Fernhill, I'd be glad to help.\n\nIn the meantime, good luck with the new warehouse!\n\nCheers,\nIvo"
    ]
  ])
})

describe('round 38: a boast word with no article before it', () => {
  rewrites([
    [
      '"achieve game-changing results": the boast word goes, the proof stays',
      'email',
      "Hi John,\n\nHope you're well! I noticed that Fernway has been growing fast, and I wanted to reach out because we build tools for busy sales teams.\n\nWe've helped Fortune 500 companies achieve game-changing results. I'd love to jump on a quick 15-minute call to discuss how we can help Fernway shorten its sales cycle.\n\nBest,\nSara",
      "Hi John,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nWe've helped Fortune 500 companies achieve results. Want me to send a short note on how we can help Fernway shorten its sales cycle?\n\nBest,\nSara"
    ]
  ])
})
