/**
 * What the judged round 25 of rewrites found on why a rewrite was not better than its draft
 * (fixtures/real/judged-rewrites/round25-*), as team-written drafts, each failing before the change it tests:
 * - a cut took what later lines depend on: a question that heads its answer, the line the next one
 *   names by "it" ("It's easy", "try it out"), a list's lead-in that was the only line saying what the
 *   sender built, a chase that was the only line naming the product;
 * - the sales guide line put where it does not fit: a thanks for a thing of theirs, a request for
 *   leave to use their work;
 * - a line about them moved ahead of the line that brought in what it names.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 44: cuts keep what later lines need, and guide lines only where they fit', () => {
  rewrites([
    [
      "a question that heads its answer stays with it: cut, \"No, it's free\" would answer nothing",
      'email',
      "Hi {{name}}!\n\nThanks for asking about the Saturday repair café.\n\nWhat do I need to bring?\n\nJust the broken thing and a bit of patience. We have the tools.\n\nDo I have to pay?\n\nNo, it's free, though the tea jar welcomes coins.\n\nSee you there,\nLeni",
      "Hi {{name}}!\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nThanks for asking about the Saturday repair café.\n\nWhat do I need to bring?\n\nJust the broken thing and a bit of patience. We have the tools.\n\nDo I have to pay?\n\nNo, it's free, though the tea jar welcomes coins.\n\nSee you there,\nLeni"
    ],
    [
      "the channel's cut spares the line the next one leans on (\"It's easy\" after the trial it names)",
      'sms',
      "Hey [Name]! 👋\n\n🚲 What is it?\nLoopride - a way to share school runs with parents on your street. No group chats, no spreadsheets.\n\n📝 What I need:\nI'm running a small trial with neighbours and would love you to join! It's easy - meet at the corner shop on [Date] at 8 and open the link.\n\n⏱️ Time:\nAbout twenty minutes.\n\n[Your Name]",
      "Hey [Name]! [[What you noticed about them: one line that would be wrong if sent to anyone else.]] 👋\n\n🚲 What is it?\nLoopride - a way to share school runs with parents on your street.\n\n📝 What I need:\nI'm running a small trial with neighbours and would love you to join! It's easy - meet at the corner shop on [Date] at 8 and open the link.\n\n⏱️ Time:\nAbout twenty minutes.\n\n[Your Name]"
    ],
    [
      "\"try it out\" keeps the line that says what \"it\" is",
      'sms',
      "Hey [Name]! Quick favor - I'm trialling a budgeting app I made (Splitly - for shared flats) and need friends to poke at it. Open the link on [Date], add two fake bills, try it out (10 min), and tell me what breaks! Link: [URL] Let me know if you can!",
      "Hey [Name]! [[What you noticed about them: one line that would be wrong if sent to anyone else.]] Quick favor - I'm trialling a budgeting app I made (Splitly - for shared flats) and need friends to poke at it. Open the link on [Date], add two fake bills, try it out (10 min), and tell me what breaks! Link: [URL] Let me know if you can!"
    ],
    [
      "a list's lead-in that says what the sender built stays as a sentence, the guide line after it",
      'email',
      "Hi [Name],\n\nDo you know a café owner who hates doing rotas?\n\nI just built a tool that plans a week of café shifts in two minutes:\n✅ Fair weekend split\n✅ Holiday requests in one place\n✅ Text reminders to staff\n\nLaunch price: $20 a month for the first 20 cafés.\n\nhttps://example.com/rota",
      "Hi [Name],\n\nDo you know a café owner who hates doing rotas?\n\nI just built a tool that plans a week of café shifts in two minutes.\n\n[[The one point of this list that fits them, and what you noticed about them that makes it fit.]]\n\nLaunch price: $20 a month for the first 20 cafés.\n\nhttps://example.com/rota"
    ],
    [
      "a chase that was the only line naming the product is said as what happened, with its when",
      'followup',
      "Hi [Name],\n\nJust wanted to follow up on my note from last week about Tidepool.\n\nNo pressure at all—I know you're busy.\n\nIf it's useful, I'd be glad to send you a trial code when we open next month.\n\nBest,\nOla",
      "Hi [Name],\n\n[[One new thing for them about Tidepool since your last note: a fact, a resource or a question it did not have.]]\n\nI wrote last week about Tidepool.\n\nI'd be glad to send you a trial code when we open next month.\n\nBest,\nOla"
    ],
    [
      "a note that thanks them for a thing of theirs gets no guide line, and the self-introduction said again later goes",
      'email',
      "Hi Mara,\n\nI'm Tomas from Fernleaf. Thank you for your seed-swap map - we use it every spring.\n\nI'm building Fernleaf, a planner that helps allotment groups share tools.\n\nCould we link to your map from our guide, with your name on it?\n\nThanks,\nTomas",
      "Hi Mara,\n\nThank you for your seed-swap map - we use it every spring.\n\nI'm building Fernleaf, a planner that helps allotment groups share tools.\n\nCould we link to your map from our guide, with your name on it?\n\nThanks,\nTomas"
    ],
    [
      "a request for leave to use their work keeps its opening line and gets no guide line",
      'email',
      "Dear Dr Osei,\n\nWe run an open-source tide viewer and would like to show your harbour gauge readings in it.\n\nPermission request: may we display your readings with a credit line and a link to your page? If you'd rather we didn't, we will leave them out.\n\nWith thanks,\nIda",
      "Dear Dr Osei,\n\nWe run an open-source tide viewer and would like to show your harbour gauge readings in it.\n\nPermission request: may we display your readings with a credit line and a link to your page? If you'd rather we didn't, we will leave them out.\n\nWith thanks,\nIda"
    ],
    [
      "a line about them that names \"the\" thing a line before it brought in stays after that line",
      'email',
      "Hi Jo,\n\nWe make Rotaly, a shift planner for depots. It was ranked first in the Yard Safety Report this spring.\n\nI noticed your Leeds depot was named in the Yard Safety Report too, for its night shifts.\n\nWould a short example help?\n\nAna",
      "Hi Jo,\n\nWe make Rotaly, a shift planner for depots. It was ranked first in the Yard Safety Report this spring.\n\nI noticed your Leeds depot was named in the Yard Safety Report too, for its night shifts.\n\nWould a short example help?\n\nAna"
    ]

  ])
})
