/**
 * Round 13's judges' findings on the rewrite (issue 17): a cut that leaves text pointing at what
 * went, as team-written drafts, each failing before the change it tests:
 * - a reaction to a sentence that went ("Fingers crossed."), the way to answer that was easier than
 *   the call that went ("Or, if email is easier, "), a P.S. about "the demo" whose ask went;
 * - a lead-in cut before "of" ("Of your work at ..."), a counted lead-in ("Two cases:") over one case,
 *   a pointer to read something at an address cut as a second ask, leaving "I get it." with no payoff;
 * - the line on what was noticed put above a reply to someone who already looked.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe("round 16b: a cut takes what leans on it", () => {
  rewrites([
    [
      "a reaction to the opener that went (\"Fingers crossed.\") goes with it",
      'email',
      "Hi Dana,\n\nI wanted to introduce myself without being one more dull email. Fingers crossed.\n\nI applied for the Data Analyst role at Corvel last week. I built a churn model for a retail client that cut losses by 12%.\n\nCould you tell me who reviews the analyst applications?\n\nBest,\nMo",
      "Hi Dana,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI applied for the Data Analyst role at Corvel last week. I built a churn model for a retail client that cut losses by 12%.\n\nCould you tell me who reviews the analyst applications?\n\nBest,\nMo"
    ],
    [
      "\"Or, if email is easier, \" goes with the call ask it was easier than",
      'email',
      "Hi Priya,\n\nYour team publishes the river sampling data every Friday, and our free map turns it into a daily swim grade per site.\n\nDoes our grading match how you read your own data?\n\nWould you have 20 minutes for a call in the next two weeks? Or, if email is easier, any feedback on our thresholds would be welcome.\n\nThanks,\nJo",
      "Hi Priya,\n\nYour team publishes the river sampling data every Friday, and our free map turns it into a daily swim grade per site.\n\nDoes our grading match how you read your own data?\n\nAny feedback on our thresholds would be welcome.\n\nThanks,\nJo"
    ],
    [
      "a P.S. about \"the demo\" goes with the demo ask that went",
      'linkedin-inmail',
      "Hi Raj,\n\nI noticed your work as a Platform Engineer at Quill. Have you ever had a release fail at 5 PM on a Friday?\n\nWe turn a 4-hour release checklist into 15 minutes of automated checks.\n\nWould you be interested in a 10-minute demo of the release checks? I'd love your feedback on whether this addresses a real pain point.\n\nBest,\nAna\n\nP.S. The demo shows real releases, not slides.",
      "Hi Raj,\n\nI noticed your work as a Platform Engineer at Quill. Have you ever had a release fail at 5 PM on a Friday?\n\nWe turn a 4-hour release checklist into 15 minutes of automated checks.\n\nI'd love your feedback on whether this addresses a real pain point.\n\nBest,\nAna"
    ],
  ])
})

describe("round 16b: a cut leaves no fragment, no count untrue, no lost pointer", () => {
  rewrites([
    [
      "\"I'm reaching out because of your work at ...\" leaves no \"Of your work\" fragment",
      'email',
      "Hi Lena,\n\nI'm reaching out because of your work at Harbor Legal on tenant appeals. Your judgment on a few test cases would make our checker much better.\n\nWe built a checker that flags missed appeal deadlines in housing court.\n\nWould you review ten cases by the end of May?\n\nBest,\nSam",
      "Hi Lena,\n\nYour work at Harbor Legal on tenant appeals is why I'm writing. Your judgment on a few test cases would make our checker much better.\n\nWe built a checker that flags missed appeal deadlines in housing court.\n\nWould you review ten cases by the end of May?\n\nBest,\nSam"
    ],
    [
      "a pointer to case studies at an address is no second ask: \"I get it.\" keeps its payoff and the link stays",
      'email',
      "Hi Omar,\n\nYou lead QA at Brightline, and your team ships twice a week.\n\nWe write Playwright tests from your GitHub issues.\n\nWant me to send the three bugs it found in our own demo app?\n\nSuman\nFounder, Testgen\n[Your Email]\n\nP.S. – If you're skeptical about \"AI writing tests,\" I get it. Check the case studies: github.com/acme/testgen/CASES.md",
      "Hi Omar,\n\nYou lead QA at Brightline, and your team ships twice a week.\n\nWe write Playwright tests from your GitHub issues.\n\nWant me to send the three bugs it found in our own demo app?\n\nSuman\nFounder, Testgen\n[Your Email]\n\nP.S. – If you're skeptical about \"AI writing tests,\" I get it. Check the case studies: github.com/acme/testgen/CASES.md"
    ],
    [
      "\"Two cases:\" keeps both of its cases",
      'followup',
      "[NAME] — just a low-pressure check. We're closing 3 pilot\nslots in the next [2 weeks] and I want to be\nhonest about the clock. Two cases:\n\n- **Still interested, just busy** — totally get it, say so and\n  I'll hold a slot through [date].\n- **No fit** — also totally fine, say so and I'll stop bugging\n  you.\n\nWhich case fits you? Either way, thanks for the consideration.\n\nBen",
      "[NAME] — just a low-pressure check. We're closing 3 pilot\nslots in the next [2 weeks] and I want to be\nhonest about the clock. Two cases:\n\n- **Still interested, just busy** — totally get it, say so and\n  I'll hold a slot through [date].\n- **No fit** — also totally fine, say so and I'll stop bugging\n  you.\n\nWhich case fits you? Either way, thanks for the consideration.\n\nBen"
    ],
  ])
})

describe('round 16b: no line on what was noticed in a reply to someone who already looked', () => {
  rewrites([
    [
      '"Thanks for taking a look" is contact already: no cold guide line above it',
      'followup',
      "Thanks for taking a look at the repo. I am keeping the first version small, for teams on Postgres only.\n\nWhich part of the setup guide was least clear?",
      "Thanks for taking a look at the repo. I am keeping the first version small, for teams on Postgres only.\n\nWhich part of the setup guide was least clear?"
    ],
  ])
})
