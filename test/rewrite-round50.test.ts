/**
 * The one ask fitted to what the draft is for (issue 17: "the draft's purpose survives ... kept as the message's one
 * ask, made low-friction, not replaced by a stock line"), in drafts written in the kind of what judged rounds 29 and
 * 31 found, each failing before the change it tests:
 * - a call with someone the reader may not be ("whoever owns X") became "Would any of this help right now?": being
 *   pointed to them is the ask;
 * - a call for the reader to tell how they do a thing now became an offer of the sender's note on it;
 * - a research call for what the reader knows became "Worth a look?" with nothing to look at;
 * - a stock question was added to a note that says what it is not asking for, and after the draft's own offer to
 *   provide what they need;
 * - the way to answer in writing instead of a call was cut as a second ask, and the call's slot question kept;
 * - a referral asked with the meeting the people named would have became "Would you be interested?";
 * - the draft's own other way beside a call ("or I can send a short screen recording") lost to a stock offer;
 * - a request for guidance in the draft's words, and a call offered only as the other way to answer, got a stock question;
 * - a bare time ask ("Worth 20 minutes?") got "Would any of this help right now?" beside what names its object: what the
 *   sender would do for them, a trial the draft offers, what a referrer thought they would care about;
 * - a walk-through offered with a thing to send instead was kept beside a stock question: two asks.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 50: the one ask fitted to what the draft is for', () => {
  rewrites([
    [
      "a call with whoever owns a thing asks to be pointed to them",
      "email",
      "Hi Tom,\n\nI run Ledgerly, a tool that matches card refunds to the right cost centre. Finance teams at two firms your size closed their month three days sooner with it.\n\nThe ask: a 20-minute call with whoever owns month-end close at Brightwater. Could be Finance Ops, could be the controller. Happy to be routed.\n\nBest,\nAnna",
      "Hi Tom,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I run Ledgerly, a tool that matches card refunds to the right cost centre. Finance teams at two firms your size closed their month three days sooner with it.\n\nCould you point me to whoever owns month-end close at Brightwater? Could be Finance Ops, could be the controller. Happy to be routed.\n\nBest,\nAnna"
    ],
    [
      "a call for them to share how they do a thing now asks them to share it in writing",
      "linkedin-inmail",
      "Hi Sam,\n\nI saw you run the stockroom at Oakfield Garden Centre. I'm looking into how garden centres count their plants at the end of the season.\n\nWould you be open to a quick 10-minute call to share how you currently do the count? No pitch - I'm just trying to learn.\n\nThanks,\nPriya",
      "Hi Sam,\n\nI saw you run the stockroom at Oakfield Garden Centre. I'm looking into how garden centres count their plants at the end of the season.\n\nWould you be open to sharing how you currently do the count by message? No pitch - I'm just trying to learn.\n\nThanks,\nPriya"
    ],
    [
      "a research call for what they know asks a few questions in writing, not whether it is worth a look",
      "email",
      "Hi Jo,\n\nI noticed you keep the books for several independent bakeries. I'm researching how small food shops track their waste, and you'd have great insights on it.\n\nCould I borrow 20 minutes for a quick call?\n\nHappy to send a £10 voucher as thanks.\n\nBest,\nPriya",
      "Hi Jo,\n\nI noticed you keep the books for several independent bakeries. I'm researching how small food shops track their waste, and you'd have great insights on it.\n\nWould you be open to answering a few questions by email?\n\nHappy to send a £10 voucher as thanks.\n\nBest,\nPriya"
    ],
    [
      "a note that says what it is not asking for gets no stock question",
      "email",
      "Hello,\n\nTidemark is an open-source tide-table library for harbour apps. It reads your station feed through the published API rather than scraping it.\n\nOne thing I would rather ask than guess: whether caching the hourly feed for six hours is within your terms.\n\nNot asking for a link, a mention, or a review. Just the answer.\n\nOla",
      "Hello,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] Tidemark is an open-source tide-table library for harbour apps. It reads your station feed through the published API rather than scraping it.\n\nOne thing I would rather ask than guess: whether caching the hourly feed for six hours is within your terms.\n\nNot asking for a link, a mention, or a review. Just the answer.\n\nOla"
    ],
    [
      "an offer to provide what they need is the draft's own ask: no collaboration asked",
      "email",
      "Dear Dr. Hale,\n\nI'm writing to report a full count of the lichen species on the Orkney sea walls, 212 in all, made in a collaboration with two schools.\n\nThe records and photos are at https://example.org/orkney-lichens.\n\nIf the survey is still kept up to date, I would be happy to provide any further records needed.\n\nBest regards,\nMairi",
      "Dear Dr. Hale,\n\n[[One line on what you noticed about them, then one line on how you help with it. Proof to keep: 212 in all.]]\n\nThe records and photos are at https://example.org/orkney-lichens.\n\nIf the survey is still kept up to date, I would be happy to provide any further records needed.\n\nBest regards,\nMairi"
    ],
    [
      "the way to answer in writing instead of a call is the ask, and the slot question of the call goes",
      "email",
      "Hello Dana,\n\nRob Patel gave your name as a reference for the site manager role at Holt Builders.\n\nI'd like to set up a 10-minute call with you this week. What time would suit you?\n\nIf a call doesn't fit your week, could you reply to this email with short answers to the questions below?\n\n- How long did you work together?\n- Would you hire him again?\n\nThanks,\nKim",
      "Hello Dana,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] Rob Patel gave your name as a reference for the site manager role at Holt Builders.\n\nCould you reply to this email with short answers to the questions below?\n\n- How long did you work together?\n- Would you hire him again?\n\nThanks,\nKim"
    ],
    [
      "a referral asked with the meeting the people named would have keeps the referral, without the meeting",
      "email",
      "Hey Chris,\n\nQuick one. I'm running a trial with bakeries in Leeds: we collect their day-old bread and turn it into animal feed, free for the first ten shops.\n\nDo you know any bakery owners in Leeds or Bradford who'd be open to a 10-minute call? Even better if they bake on site.\n\nIf so, just send me their name.\n\nThanks,\nRosa",
      "Hey Chris,\n\nQuick one. [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm running a trial with bakeries in Leeds: we collect their day-old bread and turn it into animal feed, free for the first ten shops.\n\nDo you know any bakery owners in Leeds or Bradford who might be interested? Even better if they bake on site.\n\nIf so, just send me their name.\n\nThanks,\nRosa"
    ],
    [
      "the draft's other way beside the call, a recording, is the ask: of what the wish that went was to show",
      "email",
      "Hi [First Name],\n\nI've followed [Salon Name] for a while, and your colour work is lovely.\n\nWe built Bookly, a booking page for salons that runs on your existing Square account.\n\nI'd love to show you how it would look with [Salon Name]'s own price list. 15 minutes on a call, or I can send a short screen recording — whichever suits you.\n\nBest,\nNoor",
      "Hi [First Name],\n\nI've followed [Salon Name] for a while, and your colour work is lovely.\n\nWe built Bookly, a booking page for salons that runs on your existing Square account.\n\nWant me to send a short screen recording of how it would look with [Salon Name]'s own price list?\n\nBest,\nNoor"
    ],
    [
      "a request for guidance in the draft's words gets no stock question after it",
      "email",
      "Hello,\n\nI maintain Fernfile, an open-source format for herbarium scans, now at version 2.1.\n\nIt stores the scan, the label text and the collector's notes in one file.\n\nI would welcome guidance on whether the registry accepts formats that are not yet standardised.\n\nLena Brook",
      "Hello,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I maintain Fernfile, an open-source format for herbarium scans, now at version 2.1.\n\nIt stores the scan, the label text and the collector's notes in one file.\n\nI would welcome guidance on whether the registry accepts formats that are not yet standardised.\n\nLena Brook"
    ],
    [
      "a meeting offered only as the other way to do what the draft asks goes, with no new ask",
      "email",
      "Dear Ravi,\n\nYour team at Northfield has bought more river-restoration credits than any other buyer in the region, so your view of what makes a credit sound is one we cannot do without.\n\nWe are building an open scoring sheet for those credits, and the short questionnaire is at https://example.org/river-credits/questionnaire. Even a partial answer to the first section would help us a great deal. We can also schedule a 20-minute call if that is more practical.\n\nThank you,\nEmma",
      "Dear Ravi,\n\nYour team at Northfield has bought more river-restoration credits than any other buyer in the region, so your view of what makes a credit sound is one we cannot do without.\n\nWe are building an open scoring sheet for those credits, and the short questionnaire is at https://example.org/river-credits/questionnaire. Even a partial answer to the first section would help us a great deal.\n\nThank you,\nEmma"
    ],
    [
      "a bare time ask after what the sender would do for them asks whether that would be useful",
      "linkedin-inmail",
      "Hi [name] — Harbourline already publishes its berth schedule openly; I've built a checker that proves each schedule change was signed by the harbour master.\n\nIt runs in the browser, needs no server, and has been tested on two years of Leith records.\n\nI'd set it up free to make Harbourline the first port to use it. Worth 20 minutes?\n\n— [your name]",
      "Hi [name] — [[What you noticed about them: one line that would be wrong if sent to anyone else.]] Harbourline already publishes its berth schedule openly; I've built a checker that proves each schedule change was signed by the harbour master.\n\nIt runs in the browser, needs no server, and has been tested on two years of Leith records.\n\nI'd set it up free to make Harbourline the first port to use it. Would that be useful?\n\n— [your name]"
    ],
    [
      "a bare time ask beside a trial the draft offers asks about the trial",
      "followup",
      "Hi [FIRST_NAME],\n\nThis is my last note about the Shelfwise stock-count pilot.\n\n**Final offer:** 60-day free pilot (normally 30 days) with a named support lead.\n\nIf the timing isn't right, no problem at all.\n\nWorth 15 minutes to explore?\n\n[CALENDAR_URL]\n\nBest regards,\n[YOUR_NAME]",
      "Hi [FIRST_NAME],\n\nThis is my last note about the Shelfwise stock-count pilot.\n\n**Final offer:** 60-day free pilot (normally 30 days) with a named support lead.\n\nIf the timing isn't right, no problem at all.\n\nWould a 60-day free pilot be useful?\n\nBest regards,\n[YOUR_NAME]"
    ],
    [
      "a bare time ask in a referred note asks whether what the referrer thought they would care about is relevant",
      "linkedin-inmail",
      "Hey [NAME] — [MUTUAL] suggested I get in touch. We're in beta with Tally Rooms, and she thought you'd care about the offline-booking angle given your work on [RELEVANT_CONTEXT].\n\nIt runs on one laptop, costs £199 once, and needs no internet at the front desk.\n\nOpen to 15 min next week?",
      "Hey [NAME] — [MUTUAL] suggested I get in touch. We're in beta with Tally Rooms, and she thought you'd care about the offline-booking angle given your work on [RELEVANT_CONTEXT].\n\nIt runs on one laptop, costs £199 once, and needs no internet at the front desk.\n\nIs the offline-booking angle relevant to you right now?"
    ],
    [
      "a walk-through offered or a thing sent instead, before a question for their time: the thing sent is the one ask",
      "linkedin-inmail",
      "Hey [NAME]—I saw your talk at [EVENT] on warehouse scanning. We just opened the beta of Pickwise: a handheld app that reads damaged barcodes offline.\n\nWe use it in our own depot every day. Happy to walk through the setup (takes ~10 min on any Android phone) or send a demo.\n\nWorth a conversation?",
      "Hey [NAME]—I saw your talk at [EVENT] on warehouse scanning. We just opened the beta of Pickwise: a handheld app that reads damaged barcodes offline.\n\nWe use it in our own depot every day. Want me to send a demo?"
    ]
  ])
})
