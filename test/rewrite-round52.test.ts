/**
 * Judged rounds 33 and 34 (round 24's dev drafts): "better than the draft" failed most on asks. A draft that is no sale (a grant
 * request, a request for data, an invitation to advise, a note after meeting someone) got the stock "Would any of this help right
 * now?" or "Worth a look?" in place of what it asks for; now the draft's own purpose is its one ask, said with its object (the place
 * offered, the sum asked, the conversation to go on with), and a request already said as one gets no stock question after it.
 * And where the draft's ask went, nothing was left to answer: a hook about their world before the pitch, a list of terms with no
 * question, or a question asked for effect ("You know how ...?") stood in for the ask, so the real one was cut or never replaced.
 * Drafts in our own words.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 52: the draft\'s purpose is its one ask, said with its object', () => {
  rewrites([
    [
      "advisor",
      "email",
      "Dear [Name],\n\nYour research on grid storage pricing is the reason I am writing.\n\nWe're building Voltline, an open protocol for pricing battery capacity. We have a working prototype and two utilities testing it.\n\nYour background in [FIELD] would be invaluable as an advisor. The commitment is light: a monthly check-in and a review of our technical paper.\n\nCould we set up a 30-minute call next week?\n\nThanks,\n[Your name]",
      "Dear [Name],\n\nYour research on grid storage pricing is the reason I am writing.\n\nWe're building Voltline, an open protocol for pricing battery capacity. We have a working prototype and two utilities testing it.\n\nYour background in [FIELD] would be invaluable as an advisor. The commitment is light: a monthly check-in and a review of our technical paper.\n\nWould you be open to being an advisor?\n\nThanks,\n[Your name]"
    ],
    [
      "grant",
      "email",
      "Hello Grants Committee,\n\nI maintain Tidewatch, an open dataset of coastal flood sensors used by three city councils.\n\n## The Ask\n$8K microgrant for:\n- 20 new sensor kits\n- a year of hosting\n\n## Links\n- **Data:** https://example.org/tidewatch\n\nHappy to hop on a call whenever suits.\n\nBest,\n[YOUR NAME]",
      "Hello Grants Committee,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I maintain Tidewatch, an open dataset of coastal flood sensors used by three city councils.\n\n## The Ask\n$8K microgrant for:\n- 20 new sensor kits\n- a year of hosting\n\n## Links\n- **Data:** https://example.org/tidewatch\n\nWould you consider us for the $8K microgrant?\n\nBest,\n[YOUR NAME]"
    ],
    [
      "after event",
      "email",
      "Hi [Name],\n\nIt was great to meet you at [Conference] on Tuesday. Your point about onboarding churn stuck with me.\n\nAs promised, here is the article I mentioned: [link]\n\nI'd love to continue our conversation about [topic]. Would you be up for a coffee chat sometime next month?\n\nBest,\n[Your Name]",
      "Hi [Name],\n\nIt was great to meet you at [Conference] on Tuesday. Your point about onboarding churn stuck with me.\n\nAs promised, here is the article I mentioned: [link]\n\nI'd love to continue our conversation about [topic]. Would you be open to continuing it by email?\n\nBest,\n[Your Name]"
    ],
    [
      "data request",
      "email",
      "Hello,\n\nI am a researcher at [UNIVERSITY] working on river sediment models.\n\nI would like to request access to the [DATASET] survey data for non-commercial research.\n\nProject summary: [SUMMARY]\n\nDataset page: https://example.org/data/42\n\nKind regards,\n[NAME]",
      "Hello,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I am a researcher at [UNIVERSITY] working on river sediment models.\n\nI would like to request access to the [DATASET] survey data for non-commercial research.\n\nProject summary: [SUMMARY]\n\nDataset page: https://example.org/data/42\n\nKind regards,\n[NAME]"
    ],
    [
      "partnership with feedback in its list",
      "email",
      "Hi [Owner Name],\n\nYour studio came up as one of the most booked on Pilateo in [City] this spring.\n\nI'd like to discuss a partnership opportunity:\n\n**What we offer:**\n• A featured listing in [City]\n• A monthly newsletter slot\n\n**What we're looking for:**\n• Feedback on how bookings reach you\n• A short quote for our site\n\nWould you have 20 minutes this week for a call?\n\nLooking forward to working together!\n\nBest,\n[Your Name]",
      "Hi [Owner Name],\n\nYour studio came up as one of the most booked on Pilateo in [City] this spring.\n\nI'd like to discuss a partnership opportunity:\n\n**What we offer:**\n• A featured listing in [City]\n• A monthly newsletter slot\n\n**What we're looking for:**\n• Feedback on how bookings reach you\n• A short quote for our site\n\nWould a partnership be something you'd consider?\n\nLooking forward to working together!\n\nBest,\n[Your Name]"
    ]
  ])
})

describe('round 52: a line that asks for nothing does not stand in for the ask that went', () => {
  rewrites([
    [
      "a hook about them, the pitch, then a free thing to call for: that thing is the one ask",
      "email",
      "Dear Homeowner,\n\nIs your boiler over ten years old? We are the region's most trusted heating engineers, with hundreds of five-star reviews.\n\nCall us now for your FREE, no obligation quote!\n\nWarmway Heating\n0113 496 0001",
      "Dear Homeowner,\n\nIs your boiler over ten years old? [[One line on what you noticed about them, then one line on how you help with it.]]\n\nWould a quote be useful?\n\nWarmway Heating\n0113 496 0001"
    ],
    [
      "hook then pitch",
      "linkedin-inmail",
      "Hey [Name]! I found [Shop Name] on Maps and your reviews are great.\n\nQuick question — do you ever lose bookings because nobody picks up the phone? Or wish someone could answer the phone after hours?\n\nI run Ringwise in Leeds — we set up answering services for small shops. We pick up when you can't, and text you the details.\n\nWould you be open to a quick 15-minute chat? No cost, no pressure — I just want to hear how you handle calls today.",
      "Hey [Name]!\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nQuick question — do you ever lose bookings because nobody picks up the phone?\n\nI run Ringwise in Leeds — we set up answering services for small shops. We pick up when you can't, and text you the details.\n\nWould any of this help right now? No cost, no pressure — I just want to hear how you handle calls today."
    ],
    [
      "a list of terms with no question: the time ask still gets its one ask (a guard)",
      "email",
      "Hi [First Name],\n\nI'd like to explore a partnership between Stridely and [Running Club].\n\nStridely is a training-plan app for amateur runners. We'd like to offer your members a discount.\n\n**What we need from you:**\n\n- A mention in your newsletter\n- A link on your club page\n\nWould you be open to a quick call to talk it through?\n\nI can share results from two other clubs that did this.\n\nBest,\n[Your Name]",
      "Hi [First Name],\n\nI'd like to explore a partnership between Stridely and [Running Club].\n\nStridely is a training-plan app for amateur runners. We'd like to offer your members a discount.\n\n**What we need from you:**\n\n- A mention in your newsletter\n- A link on your club page\n\nWould a partnership be something you'd consider?\n\nI can share results from two other clubs that did this.\n\nBest,\n[Your Name]"
    ],
    [
      "you know how",
      "email",
      "Hi Father Tom,\n\nI've been building something and would love your view on it. You know how parish volunteers get scheduled across three different spreadsheets? I'm making Rota Bell, a simple scheduler for parish volunteers. Would you be willing to try it for a week and tell me what's missing?\n\nThanks for considering it.\n\nAnna",
      "Hi Father Tom,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI've been building something and would love your view on it. You know how parish volunteers get scheduled across three different spreadsheets? I'm making Rota Bell, a simple scheduler for parish volunteers. Would you be willing to try it for a week and tell me what's missing?\n\nThanks for considering it.\n\nAnna"
    ]
  ])
})
