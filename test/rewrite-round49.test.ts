/**
 * What judged rounds 31-32 (and earlier rounds' notes) found on what the rewrite cuts and keeps, as team-written
 * drafts in the kind of each failure, each failing before the change it tests:
 * - the purpose sentence cut as a reaching-out opener ("I am writing to inquire about ..."), a stock ask in its
 *   place: a sentence that carries what the draft asks for stays, its stock frame said as a wish;
 * - a sender's line whose subject the greeting's dash carried ("Hi Una — built ...") left subjectless ("Built ...")
 *   once a guide line or a moved line stood in front of it: it gets "I" back;
 * - a guide line for what was noticed stacked on the draft's own line about them: where the lint reads a sentence
 *   of the body as a specific observation of theirs (the detection's signal), no such guide line;
 * - a question holding a numbered item cut as a second ask, the list left counting "1. 2." with the third's tail;
 * - a list with an item cut left counting "2. 3." or "1. 3.": whatever list the rewrite shortens is renumbered;
 * - a cut line that said what the sender runs or maintains left the product never said (judged notes rounds 20-31).
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 49: what the rewrite cuts and keeps', () => {
  rewrites([
    [
      "the sentence that says what the draft asks (\"I am writing to inquire about ...\") stays, its stock frame said as a wish",
      "email",
      "Dear Registrar,\n\nI maintain Tidemark, an open-source tide prediction library used by harbour offices.\n\nI am writing to inquire about the right committee or process for registering Tidemark's data format as a national standard.\n\nI would welcome your advice on the next step.\n\nPriya Nair",
      "Dear Registrar,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I maintain Tidemark, an open-source tide prediction library used by harbour offices.\n\nI'd like to inquire about the right committee or process for registering Tidemark's data format as a national standard.\n\nI would welcome your advice on the next step.\n\nPriya Nair"
    ],
    [
      "an application said with a stock frame stays the application, no stock ask in its place",
      "email",
      "Dear Ms Okafor,\n\nI am writing to formally apply for the Harbour Logistics Coordinator role at Portline. I have spent six years scheduling berths at the Felixstowe terminal.\n\nMy CV is attached.\n\nKind regards,\nTom Reyes",
      "Dear Ms Okafor,\n\nI'd like to formally apply for the Harbour Logistics Coordinator role at Portline. I have spent six years scheduling berths at the Felixstowe terminal.\n\nMy CV is attached.\n\nKind regards,\nTom Reyes"
    ],
    [
      "a request to a council stays the request",
      "email",
      "Dear Parish Council,\n\nI am writing to request that the council install a crossing on Mill Lane near the primary school.\n\nThree children were nearly hit there this term.\n\nYours faithfully,\nAnn Lee",
      "Dear Parish Council,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI'd like to request that the council install a crossing on Mill Lane near the primary school.\n\nThree children were nearly hit there this term.\n\nYours faithfully,\nAnn Lee"
    ],
    [
      "a pitch of an article to an editor is the draft's purpose, no guide line in its place",
      "email",
      "Hi [Editor Name],\n\nI'm reaching out to pitch a feature on how small ferry operators cut fuel use by 18% last winter.\n\nI run Wakeline, a routing tool for ferries, and can share the operators' figures.\n\nBest,\nSam",
      "Hi [Editor Name],\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI'd like to pitch a feature on how small ferry operators cut fuel use by 18% last winter.\n\nI run Wakeline, a routing tool for ferries, and can share the operators' figures.\n\nWould any of this help right now?\n\nBest,\nSam"
    ],
    [
      "a line whose subject the greeting's dash carried gets \"I\" back behind the guide line",
      "email",
      "Hi Dana — built Tallyhook, a plugin that checks rota files against union rules. It runs in the browser. Worth a look?\n\nMo",
      "Hi Dana — [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I built Tallyhook, a plugin that checks rota files against union rules. It runs in the browser. Worth a look?\n\nMo"
    ],
    [
      "and behind the draft's own line about them moved in front",
      "email",
      "Hi Dana — built Tallyhook, a plugin that checks rota files against union rules. I saw your depot moved to four-on four-off shifts in March. Worth a look?\n\nMo",
      "Hi Dana — I saw your depot moved to four-on four-off shifts in March. I built Tallyhook, a plugin that checks rota files against union rules. Worth a look?\n\nMo"
    ],
    [
      "no line on what was noticed on top of the draft's own (\"I saw [harbour]'s work on [...]\")",
      "email",
      "Hi [Name],\n\nI'm Leo Marsh, the developer behind Ferrylog, an open-source berth scheduler.\n\nI saw [harbour]'s work on [specific topic, e.g. tidal berth windows] and thought Ferrylog might fit.\n\nHappy to send a short demo video.\n\nLeo",
      "Hi [Name],\n\nI saw [harbour]'s work on [specific topic, e.g. tidal berth windows] and thought Ferrylog might fit.\n\n[[One line on how you help with what you noticed about them.]]\n\nHappy to send a short demo video.\n\nLeo"
    ],
    [
      "a question that holds a numbered item is never cut as a second ask: the list keeps 1. 2. 3.",
      "email",
      "Hi [First Name],\n\nI'm studying how ferry operators plan crew rotas. [Company Name] caught my eye because [specific reason].\n\nWould you be willing to tell me:\n\n1. How many crew do you roster each week?\n2. What does a late change cost you? (rough figure)\n3. What would make you switch planning tools? (or what stops you?)\n\nThanks,\nLeo",
      "Hi [First Name],\n\n[Company Name] caught my eye because [specific reason].\n\n[[One line on how you help with what you noticed about them.]]\n\nWould you be willing to tell me:\n\n1. How many crew do you roster each week?\n2. What does a late change cost you? (rough figure)\n3. What would make you switch planning tools? (or what stops you?)\n\nThanks,\nLeo"
    ],
    [
      "a stock frame before no request (\"I am writing to follow up on ...\") is still cut",
      "email",
      "Hi Sam,\n\nI am writing to follow up on my note about Leith.\n\nWe cut berth idle time by 20% for Portline.\n\nWorth a look?\n\nAna",
      "Hi Sam,\n\n[[One new thing for them about Leith since your last note: a fact, a resource or a question it did not have.]]\n\nWe cut berth idle time by 20% for Portline.\n\nWorth a look?\n\nAna"
    ],
    [
      "a numbered item cut as a stock opener: the items after it count on from 1",
      "email",
      "Hi Jo,\n\nI saw Harbourline opened a second depot in Leith last month. Three notes for your planners.\n\n1. I hope you are doing well.\n2. Late shifts at Leith run two drivers short on Fridays.\n3. Your weekend rota repeats the same four names.\n\nWorth a look?\n\nAna",
      "Hi Jo,\n\nI saw Harbourline opened a second depot in Leith last month. Three notes for your planners.\n\n1. Late shifts at Leith run two drivers short on Fridays.\n2. Your weekend rota repeats the same four names.\n\nWorth a look?\n\nAna"
    ],
    [
      "the first item cut with the heading it ran on from: the list still starts at 1",
      "email",
      "Hi Jo,\n\nI saw Harbourline opened a second depot in Leith last month.\n\nWhat we'd cover:\n1. I hope this finds you well.\n2. Your depot's late shift cover\n3. Your weekend rota gaps\n\nWorth a look?\n\nAna",
      "Hi Jo,\n\nI saw Harbourline opened a second depot in Leith last month.\n\n1. Your depot's late shift cover\n2. Your weekend rota gaps\n\nWorth a look?\n\nAna"
    ],
    [
      "a cut line that said what the sender runs keeps the product said as what it is ('I run Berthwise, a ...')",
      "email",
      "Hi Jo,\n\nI run Berthwise, a world-class booking platform for small marinas.\n\nOur platform books visiting boats into free berths overnight.\n\nWorth a look?\n\nAna",
      "Hi Jo,\n\n[[One line on what you noticed about them, then how Berthwise helps with it.]] Berthwise is a booking platform for small marinas.\n\nOur platform books visiting boats into free berths overnight.\n\nWorth a look?\n\nAna"
    ]
  ])
})
