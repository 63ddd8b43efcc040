/**
 * What the judged rounds 27 and 28 of rewrites found on the ask (fixtures/real/judged-rewrites/round27-*, round28-*), as
 * team-written drafts, each failing before the change it tests:
 * - the draft's own ask replaced by a stock line: minutes asked to spend on a doing of theirs, an offer that ends on its call;
 * - a stock ask added where the draft asks already in its own words (what would be appreciated, a submission,
 *   a pointer to the link on their wish), and the sender's question after a colon kept a question;
 * - an offer to send built from what the reader would give.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 45: the draft keeps its own ask, and no stock ask goes where it asks already', () => {
  rewrites([
    [
      "a note to a researcher that asks for references in its own words gets no stock question after it",
      'email',
      "Dear Prof. Lindqvist,\n\nI maintain a small open-source library for tide prediction and have worked out a smoothing step for sparse gauges that I cannot find in the papers I know.\n\nThe write-up and code are at https://example.org/tides.\n\nAny references to earlier work on this would be much appreciated.\n\nBest,\nOren",
      "Dear Prof. Lindqvist,\n\n[[One line on what you noticed about them, then one line on how you help with it.]]\n\nThe write-up and code are at https://example.org/tides.\n\nAny references to earlier work on this would be much appreciated.\n\nBest,\nOren"
    ],
    [
      "a submission to a newsletter is its own request: no sales question is added",
      'email',
      "Hi Bea,\n\nI'd like to submit Pebblemap, a small Go library for map tiles, for consideration in your weekly roundup:\n\nRepo: https://github.com/example/pebblemap\nDocs: https://pebblemap.example.dev\n\nIt renders vector tiles offline and ships as one binary.\n\nThanks for considering!\n\nJun",
      "Hi Bea,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI'd like to submit Pebblemap, a small Go library for map tiles, for consideration in your weekly roundup:\n\nRepo: https://github.com/example/pebblemap\nDocs: https://pebblemap.example.dev\n\nIt renders vector tiles offline and ships as one binary.\n\nThanks for considering!\n\nJun"
    ],
    [
      "a pointer to the link below on the reader's wish is the ask: no offer to send is added",
      'email',
      "Hey {{firstName}},\n\nMost planning apps are built for managers. Ours isn't.\n\nTallyhand reads your shared drive and shows which files nobody has opened in a year. It has already flagged stale folders for a dozen small studios.\n\nIf you'd like to see what your drive is hiding, the link is below. No card needed.\n\n— Ines\ntallyhand.example",
      "Hey {{firstName}},\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nMost planning apps are built for managers. Ours isn't.\n\nTallyhand reads your shared drive and shows which files nobody has opened in a year. It has already flagged stale folders for a dozen small studios.\n\nIf you'd like to see what your drive is hiding, the link is below. No card needed.\n\n— Ines\ntallyhand.example"
    ],
    [
      "the sender's own question after a colon keeps its question mark",
      'email',
      "Dear Dr. Haas,\n\nI run a small consultancy and have written up a scheduling heuristic for hospital rotas.\n\nMy question: has this heuristic been described before?\n\nThe paper is at https://example.org/rota.\n\nAny pointers would be appreciated.\n\nKind regards,\nMira",
      "Dear Dr. Haas,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] I run a small consultancy and have written up a scheduling heuristic for hospital rotas.\n\nMy question: has this heuristic been described before?\n\nThe paper is at https://example.org/rota.\n\nAny pointers would be appreciated.\n\nKind regards,\nMira"
    ],
    [
      "an alternative to the call that is the reader's to give is asked as theirs, never offered to be sent",
      'linkedin-inmail',
      "Hi [Name] — your post on flaky CI hit on what we keep seeing. We're building a test quarantine bot. Would you be open to a 20-min chat or to share one build where a flaky test cost you a release? Happy to credit you in our write-up.",
      "Hi [Name] — your post on flaky CI hit on what we keep seeing. We're building a test quarantine bot. Would you be open to sharing one build where a flaky test cost you a release? Happy to credit you in our write-up."
    ],
    [
      "minutes asked to spend on a doing of theirs: the doing is the ask, without the minutes",
      'email',
      "Hi Noor,\n\nI'm building a small linter for grant budgets. No funding ask, no sales.\n\nWould you spend 10 minutes telling me whether the three checks in the README match how reviewers actually read a budget?\n\nRepo: https://github.com/example/grantlint\n\n— Teo",
      "Hi Noor,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] No funding ask, no sales.\n\nWould you be open to telling me whether the three checks in the README match how reviewers actually read a budget?\n\nRepo: https://github.com/example/grantlint\n\n— Teo"
    ],
    [
      "an offer that ends on the call it would take keeps the offer, without the call",
      'email',
      "{name},\n\nYou mentioned that reconciling refunds across two payment providers eats your Fridays.\n\nrefund-join matches them line by line and prints what is left over.\n\nHappy to run one of your anonymized exports through it on a 15-minute call.\n\nRepo: {repo_url}\n\n— Cal",
      "{name},\n\nYou mentioned that reconciling refunds across two payment providers eats your Fridays.\n\nrefund-join matches them line by line and prints what is left over.\n\nHappy to run one of your anonymized exports through it.\n\nRepo: {repo_url}\n\n— Cal"
    ]
  ])
})
