/**
 * What the judged rounds 27 and 28 of rewrites found on the ask (fixtures/real/judged-rewrites/round27-*, round28-*), as
 * team-written drafts, each failing before the change it tests:
 * - the draft's own offer replaced by a stock line, where it only had to lose the call it ended on;
 * - an offer to send built from what the reader would give ("or to share one build where ... cost you");
 * - the sender's own question after a colon ("My question: has this been described before?") said as a statement.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 45: the draft keeps its own ask, with the right giver and its question mark', () => {
  rewrites([
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
      "an offer that ends on the call it would take keeps the offer, without the call",
      'email',
      "{name},\n\nYou mentioned that reconciling refunds across two payment providers eats your Fridays.\n\nrefund-join matches them line by line and prints what is left over.\n\nHappy to run one of your anonymized exports through it on a 15-minute call.\n\nRepo: {repo_url}\n\n— Cal",
      "{name},\n\nYou mentioned that reconciling refunds across two payment providers eats your Fridays.\n\nrefund-join matches them line by line and prints what is left over.\n\nHappy to run one of your anonymized exports through it.\n\nRepo: {repo_url}\n\n— Cal"
    ]
  ])
})
