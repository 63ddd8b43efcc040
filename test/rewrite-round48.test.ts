/**
 * The draft's own ask, kept low-friction (issue 17: "the draft's purpose survives ... kept as the message's one
 * ask, made low-friction"), in drafts written in the kind of what judged round 29 and the re-lint of dev
 * rewrites found, each failing before the change it tests:
 * - a meeting kept to learn from the reader still asked for a slot of their time: it is offered as one choice
 *   beside questions in writing, with no length or slot (a form the time-ask rules read as no request);
 * - a favour or a permission lost its own ask to "Would any of this help right now?", or got it after the request;
 * - a slot after "help with" made "Would it help you to {{pain_point}}?"; a thing no message carries was offered
 *   to be sent ("Want me to send over the two warehouses we run?");
 * - false urgency carried into a chase's guide line; a time question on its own line under a link line kept.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 48: the one ask, the draft\'s own, made low-friction', () => {
  rewrites([
    [
      "a coffee wished for to learn from them stays, offered beside questions in writing, no slot",
      "email",
      "Hi Marta,\n\nI'm a final-year nursing student and read your piece on moving from ward nursing into hospital IT at St Anne's. If you had a spare moment, I'd love to meet for coffee to learn a little about your path into hospital IT.\n\nThank you,\nLeo",
      "Hi Marta,\n\nI'm a final-year nursing student and read your piece on moving from ward nursing into hospital IT at St Anne's. If you had a spare moment, I'd love to learn a little about your path into hospital IT, by email or over coffee, whichever is easier.\n\nThank you,\nLeo"
    ],
    [
      "a meeting to hear how they did something in the past asks for their story in writing, in grammar",
      "email",
      "Hi Marta,\n\nI'm a final-year nursing student and read your piece on moving from ward nursing into hospital IT at St Anne's. If you had a spare moment, I'd love to meet for coffee to hear how you made that switch.\n\nThank you,\nLeo",
      "Hi Marta,\n\nI'm a final-year nursing student and read your piece on moving from ward nursing into hospital IT at St Anne's. Would you be open to sharing how you made that switch by email?\n\nThank you,\nLeo"
    ],
    [
      "a bare meeting question after what they would learn is the meeting beside questions in writing",
      "linkedin-inmail",
      "Hi Marta,\n\nYou moved from ward nursing into hospital IT at St Anne's, and I'd love to learn more about how that went. Would you be open to a quick chat?\n\nLeo",
      "Hi Marta,\n\nYou moved from ward nursing into hospital IT at St Anne's, and I'd love to learn more about how that went. Would you be open to answering a few questions by message?\n\nLeo"
    ],
    [
      "a wish for coffee and a chat on a condition of their time loses the condition and the length",
      "email",
      "Hi Marta,\n\nI'm hoping to learn more about your career path from ward nursing into hospital IT at St Anne's. If you have some time in the next couple of weeks, I would love to grab a coffee and have a brief chat.\n\nThanks,\nLeo",
      "Hi Marta,\n\nI'm hoping to learn more about your career path from ward nursing into hospital IT at St Anne's. I can send a few questions by email, or we can grab a coffee and have a chat if that's easier.\n\nThanks,\nLeo"
    ],
    [
      "a permission asked in the draft's words stays its one ask, whatever meeting words its object holds",
      "email",
      "Hello,\n\nI keep a free directory of repair cafés in Yorkshire, and your site lists the meeting times for the Otley group. Specifically, may I copy those meeting times into the directory each month, with a link back to your page?\n\nThank you,\nRuth",
      "Hello,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I keep a free directory of repair cafés in Yorkshire, and your site lists the meeting times for the Otley group. Specifically, may I copy those meeting times into the directory each month, with a link back to your page?\n\nThank you,\nRuth"
    ],
    [
      "a favour's steps and how little it takes keep their own ask: no stock question",
      "sms",
      "Hi! Small favour - our allotment society is up for a council grant and the vote closes Friday.\n\nCould you:\n1. Open the council page: example.org/vote\n2. Pick \"Otley Allotments\"\n\nTakes 2 min, thank you so much!",
      "Hi! [[One line on what you noticed about them, then one line on how you help with it.]]\n\nCould you:\n1. Open the council page: example.org/vote\n2. Pick \"Otley Allotments\"\n\nTakes 2 min, thank you so much!"
    ],
    [
      "a request said as what the writer would value is the ask: no stock question after it",
      "email",
      "Hi — I'm a sixth-former building RotaCheck, a free tool that checks a care home's weekly rota against staffing rules. I would value a quick read of the rules it checks, or a note on what it gets wrong. Nothing to sign up for: https://rotacheck.example.org",
      "Hi — [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm a sixth-former building RotaCheck, a free tool that checks a care home's weekly rota against staffing rules. I would value a quick read of the rules it checks, or a note on what it gets wrong. Nothing to sign up for: https://rotacheck.example.org"
    ],
    [
      "a slot after \"help with\" holds a thing, not a doing: no \"Would it help you to {{pain_point}}?\"",
      "email",
      "Hi {{firstName}},\n\nI'd love to show you how {{company}} can help with {{pain_point}}.\n\nAre you free for a 15-min chat this week?\n\nBest,\n{{sender_name}}",
      "Hi {{firstName}},\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'd love to show you how {{company}} can help with {{pain_point}}.\n\nIs {{pain_point}} something you're dealing with right now?\n\nBest,\n{{sender_name}}"
    ],
    [
      "what a meeting was to show that no message can carry is not offered to be sent",
      "email",
      "Hi Jo,\n\nYour post on weekend rota swaps at the Leeds site was spot on. I'd love to show you the two warehouses we run. Do you have 15 minutes next week?\n\nAna",
      "Hi Jo,\n\nYour post on weekend rota swaps at the Leeds site was spot on. I'd love to show you the two warehouses we run. Would that be useful?\n\nAna"
    ],
    [
      "a chase topic is never the made-up pressure after it",
      "sms",
      "Hi Jo, just checking you saw my note about the [deep clean] — we're about half-booked now for May. Happy to answer any questions.",
      "Hi Jo, [[One new thing for them since your last note: a fact, a resource or a question it did not have.]] Happy to answer any questions."
    ],
    [
      "a time question on its own line under a link line goes, the link stays",
      "email",
      "Hi Jo,\n\nYour rota post said weekend cover takes two planners a full day. Ours does it in an hour.\n\nSandbox: https://sandbox.example.org\nWorth 15 min next week?\n\nAna",
      "Hi Jo,\n\nYour rota post said weekend cover takes two planners a full day. Ours does it in an hour.\n\nSandbox: https://sandbox.example.org\nWorth a look?\n\nAna"
    ]
  ])
})
