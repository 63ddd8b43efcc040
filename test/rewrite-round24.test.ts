/**
 * Round 15's judges' findings (issue 17, round 24 of the rewrite), as team-written drafts, each failing
 * before the change it tests. Nothing kept or moved points at a line that went or comes later: "It
 * would show ..." keeps the offer it describes (r1339), "if this isn't a priority" the topic (r1287); a
 * sentence whose "it" comes before any name, or a meeting's length, is not moved to the top (r1266,
 * r1349); "instead" and "in return" go with the call they answered (r1321, r1364), and so do the times
 * offered for it (r1292). The guide line for what was noticed goes only where it belongs: not in a short
 * break-up or bump (r1267, r1269, r1298), not above a slot or a line that already asks for what was
 * noticed (r1285, r1318, r1355), not before a chase's label, which goes (r1327, r1328, r1335); and in a
 * hiring, press or student-club note it asks for no "how you help" (r1319, r1322, r1346, r1370).
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 24: nothing kept or moved points at a line that went', () => {
  rewrites([
    [
      "a line opening on It after the offer it describes",
      'followup',
      "Hi [Name],\n\nJust checking in on my offer to put together a short Churn Snapshot for [Company].  It would show your three riskiest accounts and one renewal you could save this month.\n\nIf you'd like it, reply \"yes\" and I'll start.\n\nThanks,\nDana",
      "Hi [Name],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI offered to put together a short Churn Snapshot for [Company].  It would show your three riskiest accounts and one renewal you could save this month.\n\nIf you'd like it, reply \"yes\" and I'll start.\n\nThanks,\nDana"
    ],
    [
      "if this isn't a priority after the line naming the topic",
      'followup',
      "[Name],\n\nI've reached out a couple of times about [topic]. I understand if this isn't a priority this quarter.\n\nWould you say:\na) Not now (I'll check back in Q3)\nb) Not for me (I'll stop here)\nc) Worth a chat (pick a time)\n\n[Sender name]",
      "[Name],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI've reached out about [topic] before. I understand if this isn't a priority this quarter.\n\nWould you say:\na) Not now (I'll check back in Q3)\nb) Not for me (I'll stop here)\nc) Worth a chat (pick a time)\n\n[Sender name]"
    ],
    [
      "an it-sentence not moved ahead of the name it means",
      'email',
      "Hi Tom,\n\nI ran payments at Monzo for four years, now I'm building Ledgerly, bookkeeping by voice. You speak, it files the receipt for you. 12K freelancers signed up in a month.\n\nYour thread on why accounting apps fail solo founders is our whole pitch.\n\nRaising a $750K pre-seed. Open to 20 minutes?\n\nAnya",
      "Hi Tom,\n\nI ran payments at Monzo for four years, now I'm building Ledgerly, bookkeeping by voice. You speak, it files the receipt for you. 12K freelancers signed up in a month.\n\nYour thread on why accounting apps fail solo founders is our whole pitch.\n\nRaising a $750K pre-seed. Worth a look?\n\nAnya"
    ],
    [
      "a meeting's length not moved to the top",
      'followup',
      "Hi Dr. Okafor,\n\nCircling back on my note from last week. I know your inbox is full, so I'll be brief.\n\nI'd love to have you on the show to talk about what your work on model evaluation means for teams shipping AI features today.\n\n20 minutes, async if you prefer, no prep needed.\n\nWould sometime next month work?\n\nBest,\nLena",
      "Hi Dr. Okafor,\n\nI'd love to have you on the show to talk about what your work on model evaluation means for teams shipping AI features today.\n\n20 minutes, async if you prefer, no prep needed.\n\nWould sometime next month work?\n\nBest,\nLena"
    ],
    [
      "\"instead\" after the call it was instead of went",
      'email',
      "Hi Omar - your talk on flaky CI at Trackwise was spot on.\n\nWe built Retrier after fighting the same flaky suite. Parcelo, a team your size, cut red builds 60% in two weeks.\n\nWorth a 15-min call next week to see if it maps to your setup? Happy to send a 2-min Loom instead.",
      "Hi Omar - your talk on flaky CI at Trackwise was spot on.\n\nWe built Retrier after fighting the same flaky suite. Parcelo, a team your size, cut red builds 60% in two weeks.\n\nDoes it map to your setup? Happy to send a 2-min Loom."
    ],
    [
      "\"in return\" after the call it was in return for went",
      'linkedin-inmail',
      "Hi Chris - saw your post on Shopify's data platform team. I'm a senior engineer focused on streaming and observability. Would a 15-minute call make sense to talk through how you've set up on-call? Happy to share what I've been building in return.",
      "Hi Chris - saw your post on Shopify's data platform team. I'm a senior engineer focused on streaming and observability. Want me to send a short note on what I've been building?"
    ],
    [
      "times offered for a call that went",
      'email',
      "Hi [FIRST_NAME],\n\n[REFERRER_NAME] suggested I get in touch with you.\n\nAt [YOUR_COMPANY], we help [TARGET_PERSONA] [ACHIEVE_OUTCOME]. [REFERRER_NAME] thought this could be relevant because [SPECIFIC_REASON].\n\nWould you be open to a brief call this week to see if there's a fit?\nHappy to work around your schedule — here are a few options:\n- [OPTION_1]\n- [OPTION_2]\n\nOr grab any time here: [CALENDAR_LINK]\n\nBest,\n[YOUR_NAME]",
      "Hi [FIRST_NAME],\n\n[REFERRER_NAME] suggested I get in touch with you.\n\nAt [YOUR_COMPANY], we help [TARGET_PERSONA] [ACHIEVE_OUTCOME]. [REFERRER_NAME] thought this could be relevant because [SPECIFIC_REASON].\n\nWould any of this help right now?\n\nBest,\n[YOUR_NAME]"
    ]
  ])
})

describe('round 24: the guide line only where it belongs, in words that fit the message', () => {
  rewrites([
    [
      "a two-line break-up",
      'followup',
      "Hi Ana,\n\nI know things are busy. If this isn't a fit right now, a quick no helps and I'll stop here.\n\nRaj",
      "Hi Ana,\n\nI know things are busy. If this isn't a fit right now, a quick no helps and I'll stop here.\n\nRaj"
    ],
    [
      "a one-line bump that steps back",
      'followup',
      "Seems like now's not the time. Should I check back in the autumn, or just close the loop?",
      "Seems like now's not the time. Should I check back in the autumn, or just close the loop?"
    ],
    [
      "a break-up that stops chasing",
      'followup',
      "Hi Lee,\n\nGoing to stop chasing on this. If timing's not right for Northwind, totally understand.\n\nMind if I send an update in 90 days? We should have our first two hospital contracts signed by then.\n\nThanks either way,\nKim",
      "Hi Lee,\n\nGoing to stop chasing on this. If timing's not right for Northwind, totally understand.\n\nMind if I send an update in 90 days? We should have our first two hospital contracts signed by then.\n\nThanks either way,\nKim"
    ],
    [
      "a template's own observation slot",
      'email',
      "Hi [Name],\n\n[1 sentence — observation about their company, showing research].\n\n[Product] helps companies like [similar company] [measurable result]\n— [social proof: \"e.g., [Client] saved X hours/week\"].\n\nIs [specific pain point] a topic for you?\n\n[Sender name]",
      "Hi [Name],\n\n[1 sentence — observation about their company, showing research].\n\n[Product] helps companies like [similar company] [measurable result]\n— [social proof: \"e.g., [Client] saved X hours/week\"].\n\nIs [specific pain point] a topic for you?\n\n[Sender name]"
    ],
    [
      "a multi-line merge field asking for the research",
      'linkedin-inmail',
      "Hi {{first_name}},\n\n{{One sentence about them — show you\ndid research.}}\n\nWe helped {{similar_company}} with the same problem —\n{{one metric}}.\n\nWorth a quick conversation?\n\n{{your_name}}",
      "Hi {{first_name}},\n\n{{One sentence about them — show you\ndid research.}}\n\nWe helped {{similar_company}} with the same problem —\n{{one metric}}.\n\nWant me to send over how {{similar_company}} did it?\n\n{{your_name}}"
    ],
    [
      "what of theirs stood out, as a slot",
      'linkedin-connect',
      "Hi [Name] — I'm hiring for a [Role] at [Company] and your work\non [specific project] stood out. Would love to connect if you're open to it.",
      "Hi [Name] — I'm hiring for a [Role] at [Company] and your work\non [specific project] stood out. Would love to connect if you're open to it."
    ],
    [
      "Forgot to mention as the note's label",
      'followup',
      "Forgot to mention, the 25 demos came from one person working two hours a day. Same list, better opener.\n\nHappy to share the exact steps if useful.",
      "[[What you noticed about them: one line that would be wrong if sent to anyone else.]] The 25 demos came from one person working two hours a day. Same list, better opener.\n\nHappy to share the exact steps if useful."
    ],
    [
      "Quick follow-up as the note's label",
      'followup',
      "Quick follow-up — [similar program] brought in [specific result]\nfor [company]. I think the same setup could work for you.\n\nHappy to share the details.",
      "[[What you noticed about them: one line that would be wrong if sent to anyone else.]] [similar program] brought in [specific result]\nfor [company]. I think the same setup could work for you.\n\nHappy to share the details."
    ],
    [
      "Different angle here as its own sentence",
      'followup',
      "Hey {{first_name}}, different angle here.\n\nMost agencies I talk to lose 6-8 hours a week per account manager to status reports. The ones who fixed it send one automated digest, not five manual ones.\n\nWorth a 10-min look at what that could look like for {{company}}?",
      "Hey {{first_name}},\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nMost agencies I talk to lose 6-8 hours a week per account manager to status reports. The ones who fixed it send one automated digest, not five manual ones.\n\nWant me to send a short note on what that could look like for {{company}}?"
    ],
    [
      "a recruiting note's guide line",
      'linkedin-inmail',
      "Hi Sam! I came across your profile and loved your background! We're a fast-growing startup looking for senior engineers to join our world-class team. This is a huge opportunity - do you have time for a call tomorrow or Friday? Looking forward to hearing from you!",
      // (rw-25's ask for a hiring note. Since round 29 the praise that names nothing is the line on what was noticed,
      // and the pitch's guide line asks why the role fits it: the line naming the role is no longer lost, r1322.)
      "Hi Sam! [[What you noticed about them: one line that would be wrong if sent to anyone else.]] [[One line on why the role fits what you noticed about them.]] Want me to send over the details of the role? Looking forward to hearing from you!"
    ],
    [
      "a press note's guide line",
      'email',
      "Dear Journalist,\n\nI hope this email finds you well! I wanted to reach out to share some exciting news about Brightpay, the leading provider of innovative invoicing solutions for growing agencies.\n\nBrightpay is thrilled to announce the launch of our revolutionary new platform that leverages cutting-edge technology. Our solution offers best-in-class features and unparalleled support.\n\nI've attached our press release for your convenience. Please let me know if you'd like to schedule an interview with our CEO.\n\nThank you for your time!\n\nBest regards,\n[Name]",
      "Dear Journalist,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI've attached our press release for your convenience. Would our CEO be someone you'd like to feature?\n\nThank you for your time!\n\nBest regards,\n[Name]"
    ],
    [
      "a student club's guide line",
      'email',
      "Dear {contact_name},\n\nI hope this email finds you well. My name is {name} and I'm the {role} for the Robotics Society at Carleton University. I'm reaching out to express our interest in {company} partnering with us for our upcoming hackathon from March 6th to March 8th.\n\nAs a partner, {company} will gain visibility with hundreds of engineering students through a sponsor booth and talks.\n\nIf you'd like, I'd be happy to share our sponsorship package.\n\nThank you,\n{name}",
      "Dear {contact_name},\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm reaching out to express our interest in {company} partnering with us for our upcoming hackathon from March 6th to March 8th.\n\nAs a partner, {company} will gain visibility with hundreds of engineering students through a sponsor booth and talks.\n\nIf you'd like, I'd be happy to share our sponsorship package.\n\nThank you,\n{name}"
    ]
  ])
})
