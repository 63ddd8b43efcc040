/**
 * What the judged rounds 33 and 34 of rewrites found on the draft's structure (round 24's dev drafts), as
 * team-written drafts, each but the guards failing before the change it tests:
 * - an HTML draft's greeting inside its element was read as body and cut with the opener after it, leaving an
 *   orphan "</div>": the greeting is read past the element's opening tags, a sentence starts after the tags
 *   before its words, and an edit never takes half an element;
 * - a guide line put over a section under its heading ("### Grant Request" with its budget, "**My Portfolio:**"
 *   with its first item): the section stays whole, the guide line on its own line before it;
 * - a template's note to its user ("**The Niche Hook (Swap based on lead):**") sent as message text: it becomes a
 *   guide line that says to keep the variant that fits, so linting the rewrite reports it until the sender has;
 * - "I'm building X, which includes:" and its list said again as "I'm building X: which includes.";
 * - the guide line for what was noticed put over the draft's own line on a thing of theirs it names ("big fan of
 *   defensive-css", "... is the cleanest I've seen").
 */
import {describe, expect, test} from 'vitest'
import {markupKept} from '../src/fix/edits.js'
import {rewrites} from './rewrite-harness.js'

describe('round 53: HTML drafts keep their tags balanced', () => {
  rewrites([    [
      "a greeting inside an HTML element stays, tags and all; the opener after it goes, its element's tags kept",
      'email',
      "<div>Dear Dr Patel, </div>\n<br>\n<div>I hope this message finds you well. I am writing to ask whether your lab would share the survey instrument from your 2023 study on nurse scheduling.</div>\n<br>\n<div>It would help our thesis on shift fatigue at two Leeds hospitals.</div>\n<br>\n<div>Best,</div>\n<div>Lena Okoro</div>",
      "<div>Dear Dr Patel, </div>\n<br>\n<div>[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'd like to ask whether your lab would share the survey instrument from your 2023 study on nurse scheduling.</div>\n<br>\n<div>It would help our thesis on shift fatigue at two Leeds hospitals.</div>\n<br>\n<div>Best,</div>\n<div>Lena Okoro</div>"
    ],
    [
      "an opener inside a <p> goes as its words only: the element's tags stay balanced",
      'email',
      "<p>Hi Omar,</p>\n<p>I hope you are doing well. Saw your depot in Leeds just opened its second bay.</p>\n<p>We help depots plan shifts. Would a 15-minute call on Tuesday work?</p>\n<p>Thanks,<br>Ana</p>",
      "<p>Hi Omar,</p>\n<p>Saw your depot in Leeds just opened its second bay.</p>\n<p>We help depots plan shifts. Would any of this help right now?</p>\n<p>Thanks,<br>Ana</p>"
    ]
  ])
})

describe('round 53: sections under headings are kept, the guide line beside them, never over them', () => {
  rewrites([    [
      "a section under its heading that asks for the money stays whole; the guide line goes on a line of its own before it",
      'email',
      "Dear Harbor Fund Team,\n\nI'm reaching out to ask about your civic tech grants for **Tidewell**, an open-source flood-alert toolkit.\n\n### Funding Request\nWe're seeking **$20K** to fund:\n- A security review ($8K)\n- Translation into five languages ($7K)\n- Hosting for two years ($5K)\n\n### Why Now\nTwelve councils piloted it this winter.\n\nBest regards,\nMara Quinn",
      "Dear Harbor Fund Team,\n\nI'd like to ask about your civic tech grants for **Tidewell**, an open-source flood-alert toolkit.\n\n[[One line on what you noticed about them, then one line on how you help with it.]]\n\n### Funding Request\nWe're seeking **$20K** to fund:\n- A security review ($8K)\n- Translation into five languages ($7K)\n- Hosting for two years ($5K)\n\n### Why Now\nTwelve councils piloted it this winter.\n\nWould any of this help right now?\n\nBest regards,\nMara Quinn"
    ],
    [
      "a numbered portfolio under its bold heading stays whole",
      'email',
      "Dear Hiring Manager,\n\nI am writing to inquire about data engineer openings on your team.\n\nUnlike most bootcamp graduates, I specialise in **pipeline testing** and **cost tuning**.\n\n**Selected Work:**\n1.  **Rota Engine (`rota-core`):** I built a scheduler that cut overtime for a 40-bed ward by 12%. [Link to Repo]\n2.  **Freight Parser:** A library that reads 3 carrier formats into one schema. [Link to Repo]\n3.  **Grid Notes:** I mapped 2 years of outage reports for a regional utility. [Link to Post]\n\nI am looking for a role where I can bring this to your platform team.\n\nBest regards,\nTomas",
      "Dear Hiring Manager,\n\nI'd like to inquire about data engineer openings on your team.\n\nUnlike most bootcamp graduates, I specialise in **pipeline testing** and **cost tuning**.\n\n**Selected Work:**\n1.  **Rota Engine (`rota-core`):** I built a scheduler that cut overtime for a 40-bed ward by 12%. [Link to Repo]\n2.  **Freight Parser:** A library that reads 3 carrier formats into one schema. [Link to Repo]\n3.  **Grid Notes:** I mapped 2 years of outage reports for a regional utility. [Link to Post]\n\nI am looking for a role where I can bring this to your platform team.\n\nBest regards,\nTomas"
    ]
  ])
})

describe("round 53: a note to the template's user is guidance, not message text", () => {
  rewrites([    [
      "a template's note to pick one variant per prospect becomes a guide line; the variants stay for the sender to pick from",
      'email',
      "Hi {{first_name}},\n\nMost booking tools take weeks to set up. Ours is live for {{company}} in a day.\n\n**The Opener (pick based on prospect):**\n*   **Gyms:** A missed trial booking is a member lost to the gym down the road.\n*   **Salons:** Every unanswered call after 6pm is a chair left empty.\n*   **Clinics:** Patients who wait on hold book elsewhere.\n\nFor a flat $300 setup, that stops.\n\nWorth a quick chat this week?\n\nBest,\nRui",
      "Hi {{first_name}},\n\nMost booking tools take weeks to set up. Ours is live for {{company}} in a day.\n\n[[The Opener: keep the one below that fits them and delete the others (pick based on prospect).]]\n*   **Gyms:** A missed trial booking is a member lost to the gym down the road.\n*   **Salons:** Every unanswered call after 6pm is a chair left empty.\n*   **Clinics:** Patients who wait on hold book elsewhere.\n\nFor a flat $300 setup, that stops.\n\nWould any of this help right now?\n\nBest,\nRui"
    ],
    [
      "a note that asks the reader to choose is message text, and stays",
      'email',
      "Hi Priya,\n\nI write about maintenance planning for small fleets and read your piece on tyre wear at Northway Logistics.\n\n**Proposed Articles** (choose one or more):\n1. Planning tyre swaps by route, not by mileage\n2. What 3 years of brake logs say about driver rotas\n\nWould either suit your spring issue?\n\nThanks,\nDev",
      "Hi Priya,\n\nI write about maintenance planning for small fleets and read your piece on tyre wear at Northway Logistics.\n\n**Proposed Articles** (choose one or more):\n1. Planning tyre swaps by route, not by mileage\n2. What 3 years of brake logs say about driver rotas\n\nWould either suit your spring issue?\n\nThanks,\nDev"
    ]
  ])
})

describe('round 53: list lead-ins keep their punctuation', () => {
  rewrites([    [
      "a line that names the product and leads into its list comes back whole, its comma and colon as written",
      'email',
      "Hi [Name],\n\nBig fan of your work on [specific project].\n\nI'm building Parcelry, which covers:\n• Label printing for 4 carriers\n• Returns portal with QR codes\n• Daily pickup batching\n\nWould love your feedback or a quick chat.\n\nRepo: https://github.com/example/parcelry\n\nCheers,\nIvo",
      "Hi [Name],\n\nBig fan of your work on [specific project].\n\nI'm building Parcelry, which covers:\n• Label printing for 4 carriers\n• Returns portal with QR codes\n• Daily pickup batching\n\nWould you be open to sharing some feedback?\n\nRepo: https://github.com/example/parcelry\n\nCheers,\nIvo"
    ]
  ])
})

describe("round 53: the draft's own noticed line is kept, with no guide line over it", () => {
  rewrites([    [
      "the draft's own line on a thing of theirs it names stays, with no guide line over it",
      'linkedin-inmail',
      "Marek — big fan of pg-boss and graphile-worker. Built Quelle in the same shape: a job queue for SQLite, with a CLI companion for retries. Would love to exchange notes on docs. Also thinking about cross-linking our READMEs — interested? [repo link]",
      "Marek — big fan of pg-boss and graphile-worker. Built Quelle in the same shape: a job queue for SQLite, with a CLI companion for retries. Would love to exchange notes on docs. Also thinking about cross-linking our READMEs — interested? [repo link]"
    ],
    [
      "nor over a draft whose line says what of theirs is the best the sender has seen",
      'email',
      "Hey Will —\n\nQuick heads-up: I'm launching Ledgerly next week, an open-source bookkeeping tool for UK sole traders.\n\nMy launch post cites Tally by name as the broad open-source baseline. Wanted to check that framing reads OK to you first.\n\nNo reply needed. The reconciliation screen in Tally is the cleanest in any open-source accounting tool I've seen.\n\n— Andy",
      "Hey Will —\n\nQuick heads-up: I'm launching Ledgerly next week, an open-source bookkeeping tool for UK sole traders.\n\nMy launch post cites Tally by name as the broad open-source baseline. Wanted to check that framing reads OK to you first.\n\nNo reply needed. The reconciliation screen in Tally is the cleanest in any open-source accounting tool I've seen.\n\nWould any of this help right now?\n\n— Andy"
    ],
    [
      "a stock compliment that names nothing of theirs still gives way to the guide line",
      'linkedin-inmail',
      "Marek — big fan of your work. Built Quelle in the same shape: a job queue for SQLite, with a CLI companion for retries. Would love to exchange notes on docs. Also thinking about cross-linking our READMEs — interested? [repo link]",
      "Marek — [[What you noticed about them: one line that would be wrong if sent to anyone else.]] Built Quelle in the same shape: a job queue for SQLite, with a CLI companion for retries. Would love to exchange notes on docs. Also thinking about cross-linking our READMEs — interested? [repo link]"
    ]
  ])
})

describe('round 53: an edit never takes half an HTML element', () => {
  const text = '<div>Hi Sam, </div>\n<div>I hope you are well. We met at the Leeds fair.</div>'
  test.each<[string, number, number, string, Array<[number, number, string]>]>([
    ['a deletion that starts on a closing tag keeps the tags at its ends', text.indexOf('</div>'), text.indexOf(' We met'), '', [[text.indexOf('I hope'), text.indexOf(' We met'), '']]],
    ['one that takes a whole element is left as it is', 0, text.indexOf('\n') + 1, '', [[0, text.indexOf('\n') + 1, '']]],
    ['one that would still split an element goes', text.indexOf('Sam'), text.indexOf('well.'), '', []]
  ])('%s', (_name, start, end, replacement, expected) => {
    expect(markupKept(text, [{start, end, replacement}]).map((e) => [e.start, e.end, e.replacement])).toEqual(expected)
  })
})
