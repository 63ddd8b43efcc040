/**
 * What the judged round 29 of rewrites found (fixtures/real/judged-rewrites/round29-*), as team-written
 * drafts, each failing before the change it tests:
 * - the guide line for what was noticed where it does not fit: a draft that already opens on a line
 *   about them, whose stock words ("it's part of why I'm reaching out") come only after it; a note to a
 *   crowd ("Friends —", "Hi all,");
 * - cuts that strand what stays: half a numbered item (its first question cut as pressure, its second as a
 *   second ask); a founder's self-introduction, the only line saying what the product is; a follow-up's list of what is new ("We now have ..."); the line naming what the sender maintains, before "It pulls ..."; news a chase finding is about only for its closing "no rush on a reply";
 * - two asks at the end: a stock question added after the draft's own ask said as a wish ("Would love a
 *   chance to ...", "... call would be valuable", "Feedback welcome", "I would value a quick usability test", "If a
 *   30-minute walkthrough makes sense, I'll bring ...");
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 47: cuts that strand nothing, one close, guide lines where they fit', () => {
  rewrites([
    [
      "an opening line about a piece of theirs keeps its place, no guide line takes its place, and the clause saying why the sender writes after it stays (no preamble once something specific came first)",
      "email",
      "Hi <name>,\n\nI watched your <month> talk on <topic> — the part about <detail> changed how I plan releases, and it's part of why I'm reaching out.\n\nWe're releasing Tideline on <date>. It's a free changelog generator that reads your merged pull requests and writes the notes in plain words.\n\nCould I send you a build a week early?\n\n— <name>",
      "Hi <name>,\n\nI watched your <month> talk on <topic> — the part about <detail> changed how I plan releases, and it's part of why I'm reaching out.\n\nWe're releasing Tideline on <date>. It's a free changelog generator that reads your merged pull requests and writes the notes in plain words.\n\nCould I send you a build a week early?\n\n— <name>"
    ],
    [
      "an opening whose subject is a piece of their work stays as written (the stock words inside it follow what is specific)",
      "email",
      "Dear Dr. Okafor,\n\nYour paper with Lindqvist on seed banks in dry grassland is the basis of the survey I am writing to ask you about. We follow its sampling method closely, and I want to make sure we have read it correctly.\n\nWould you be willing to look over our two-page method note?\n\nBest regards,\nMara",
      "Dear Dr. Okafor,\n\nYour paper with Lindqvist on seed banks in dry grassland is the basis of the survey I am writing to ask you about. We follow its sampling method closely, and I want to make sure we have read it correctly.\n\nWould you be willing to look over our two-page method note?\n\nBest regards,\nMara"
    ],
    [
      "what the sender saw on their team opens the note: no guide line in its place, none in front of the line after it",
      "linkedin-inmail",
      "Hi Priya - saw the Data Platform Lead role on your team. I run the ingestion group at a payments company and rebuilt our event pipeline last year, so I wrote up how I would approach yours: https://example.org/notes - would love your thoughts.",
      "Hi Priya - saw the Data Platform Lead role on your team. I run the ingestion group at a payments company and rebuilt our event pipeline last year, so I wrote up how I would approach yours: https://example.org/notes - would love your thoughts."
    ],
    [
      "a note to a crowd, \"Friends —\", gets no guide line for what was noticed about one reader",
      "sms",
      "Friends — I have built a free, open map of every public library branch in Kerala. 140 branches, all 14 districts, with opening hours and reading-room photos. Useful for anyone planning study trips — would love feedback. https://example.org/libraries",
      "Friends — I have built a free, open map of every public library branch in Kerala. 140 branches, all 14 districts, with opening hours and reading-room photos. Useful for anyone planning study trips — would love feedback. https://example.org/libraries"
    ],
    [
      "a bump whose ask is a wish for a short call, \"... call would be valuable\", gets no second, stock ask",
      "followup",
      "Hi [name] — bumping this. If the pilot structure isn't the right fit, even a 15-minute \"no, but here's what would work\" call would be valuable. We're speaking with two other clinics this month; I'd rather you be first.\n\n— Noor",
      "Hi [name] — [[What you noticed about them: one line that would be wrong if sent to anyone else.]] If the pilot structure isn't the right fit, even a 15-minute \"no, but here's what would work\" call would be valuable. We're speaking with two other clinics this month; I'd rather you be first.\n\n— Noor"
    ],
    [
      "a note that asks by \"Feedback and contributors welcome.\" gets no stock question above it",
      "email",
      "Hi all,\n\nI've launched **Burrowmap**, a tracker for rental prices in small towns. We are the best source of this data anywhere.\n\nFeedback and contributors welcome.\n\nSam",
      "Hi all,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] Burrowmap is a tracker for rental prices in small towns.\n\nFeedback and contributors welcome.\n\nSam"
    ],
    [
      "a numbered item of two questions keeps its second: cut as a second ask, half the item was left",
      "email",
      "Hi {name},\n\nI built **Shelfwise**, an open-source stock counter for small bookshops. There's a demo you can try in a minute:\n\n**DEMO_URL**\n\nI'm trying to learn whether it's useful. If you have 2 minutes, I'd love your take on:\n\n1. Do you count your stock by hand today? With what \u2014 and what slows you down?\n2. Looking at the demo, what would make you use it?\n3. What's missing for your shop?\n\nEven a one-line reply would help. Thanks!\n\n\u2014 {your name}",
      "Hi {name},\n\n[[One line on what you noticed about them, then one line on how you help with it.]] I built **Shelfwise**, an open-source stock counter for small bookshops. There's a demo you can try in a minute:\n\n**DEMO_URL**\n\nI'm trying to learn whether it's useful. If you have 2 minutes, I'd love your take on:\n\n1. Do you count your stock by hand today? With what \u2014 and what slows you down?\n2. Looking at the demo, what would make you use it?\n3. What's missing for your shop?\n\nEven a one-line reply would help. Thanks!\n\n\u2014 {your name}"
    ],
    [
      "a question in a numbered list whose 'today' read as pressure stays: cut, its item's second half was left and the list started at \"2.\"",
      "email",
      "Hi {name},\n\nI built **Shelfwise**, an open-source stock counter for small bookshops. There's a demo you can try in a minute:\n\n**DEMO_URL**\n\nI'm trying to learn whether it's useful. If you have 2 minutes, I'd love your take on:\n\n1. Do you log your supplier calls today? With what \u2014 and what slows you down?\n2. Looking at the demo, what would make you use it?\n3. What's missing for your shop?\n\nEven a one-line reply would help. Thanks!\n\n\u2014 {your name}",
      "Hi {name},\n\n[[One line on what you noticed about them, then one line on how you help with it.]] I built **Shelfwise**, an open-source stock counter for small bookshops. There's a demo you can try in a minute:\n\n**DEMO_URL**\n\nI'm trying to learn whether it's useful. If you have 2 minutes, I'd love your take on:\n\n1. Do you log your supplier calls today? With what \u2014 and what slows you down?\n2. Looking at the demo, what would make you use it?\n3. What's missing for your shop?\n\nEven a one-line reply would help. Thanks!\n\n\u2014 {your name}"
    ],
    [
      "news the sender will post, closing on \"no rush on a reply\", stays whole (a reply waived is no chase): cut, \"The goal is one zone file\" was about nothing",
      "linkedin-inmail",
      "Hey Ines \u2014\n\nQuick heads-up: I'm launching Parcelroute next week, an open-source courier dispatch tool for small bakeries.\n\nAlso drafting a shared delivery-zone format I'll post as a GitHub Discussion on launch day, with a follow-up Issue on your repo a few days after \u2014 no rush on a reply. The goal is one zone file both tools can read. Happy to hand it over to your project if you'd rather own it.\n\nNo reply needed.\n\n\u2014 Tom",
      "Hey Ines \u2014\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] Quick heads-up: I'm launching Parcelroute next week, an open-source courier dispatch tool for small bakeries.\n\nAlso drafting a shared delivery-zone format I'll post as a GitHub Discussion on launch day, with a follow-up Issue on your repo a few days after \u2014 no rush on a reply. The goal is one zone file both tools can read. Happy to hand it over to your project if you'd rather own it.\n\nNo reply needed.\n\n\u2014 Tom"
    ],
    [
      "the line that says what the sender maintains stays behind the guide line where the next says what \"it\" does: cut, \"It pulls <station> ...\" named nothing",
      "email",
      "Hi <name>, I maintain WXLOG, an open-source weather-data platform. It pulls <station> on a <interval> schedule with a `WXLOG-Reader` user-agent, credits you as the source on every reading, and links to your homepage. I wanted to say thanks, and check that this use is fine with you (I've read <licence/terms page>). If you'd prefer a different interval or wording, tell me and I'll change it.",
      "Hi <name>, [[One line on what you noticed about them, then how WXLOG helps with it.]] I maintain WXLOG, an open-source weather-data platform. It pulls <station> on a <interval> schedule with a `WXLOG-Reader` user-agent, credits you as the source on every reading, and links to your homepage. I wanted to say thanks, and check that this use is fine with you (I've read <licence/terms page>)."
    ],
    [
      "a founder's self-introduction, the only line saying what the product is, is said as what it is: cut, \"We're launching\" had no product",
      "email",
      "Hi [Editor Name],\n\nI'm [Your Name], founder of Quillmark - an open-source proofreading tool that checks house style, flags libel risks, and tracks every edit.\n\nWe're launching on **May 4** and would love for you to review it.\n\n**What I've prepared**:\n- a 2-minute demo video\n- a press kit with screenshots\n\nHappy to jump on a 15-min call to discuss, or send over the kit for review.\n\nThanks for considering!\n\n[Your Name]",
      "Hi [Editor Name],\n\n[[One line on what you noticed about them, then one line on how you help with it.]] Quillmark is an open-source proofreading tool.\n\nWe're launching on **May 4** and would love for you to review it.\n\n**What I've prepared**:\n- a 2-minute demo video\n- a press kit with screenshots\n\nHappy to send over the kit for review.\n\nThanks for considering!\n\n[Your Name]"
    ],
    [
      "a student's request said as what they would value, \"a quick usability test or a critique\", gets no stock question after it",
      "email",
      "Hi \u2014 I'm a first-year student entering the Build for Rivers challenge. My project, Silttrack, helps a village water committee see where one more turbidity reading would fill a gap and writes a 30-minute sampling plan. I would value a quick usability test or a critique of the method. There is no sign-up or mailing list: https://silttrack.example.org",
      "Hi \u2014 [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm a first-year student entering the Build for Rivers challenge. My project, Silttrack, helps a village water committee see where one more turbidity reading would fill a gap and writes a 30-minute sampling plan. I would value a quick usability test or a critique of the method. There is no sign-up or mailing list: https://silttrack.example.org"
    ],
    [
      "a conditional offer to walk them through it, \"If a 30-minute walkthrough makes sense, I'll bring ...\", is the draft's ask: no stock question after it",
      "email",
      "Hi Dana,\n\nOur scheduling layer now runs inside Slack and Teams, and the pilot at two clinics cut no-shows by a third.\n\nWe're talking with a few partners this quarter. If a 30-minute walkthrough makes sense, I'll bring the prototype and the pilot numbers.\n\n\u2014 Lee",
      "Hi Dana,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] Our scheduling layer now runs inside Slack and Teams, and the pilot at two clinics cut no-shows by a third.\n\nWe're talking with a few partners this quarter. If a 30-minute walkthrough makes sense, I'll bring the prototype and the pilot numbers.\n\n\u2014 Lee"
    ],
    [
      "a follow-up's list of what is new since the last note stays: cut for a guide line, \"return the full export\" named an export the reader never saw",
      "followup",
      "Hi [Name], quick follow-up on my previous note.\n\nWe now have a signed export for each audit:\n- `summary.pdf`\n- `findings.csv`\n- `evidence.zip`\n- a reviewer checklist\n\nIf useful, I can run one sample file from your side and return the full export.",
      "Hi [Name], quick follow-up on my previous note.\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] We now have a signed export for each audit:\n- `summary.pdf`\n- `findings.csv`\n- `evidence.zip`\n- a reviewer checklist\n\nIf useful, I can run one sample file from your side and return the full export."
    ],
  ])
})
