/**
 * Round 19's judges' findings (issue 17, round 30 of the rewrite), as team-written drafts, each failing
 * before the change it tests. A cut keeps bold markers paired; a job title's department is no product
 * name. A cut leaves nothing pointing at what went: a lead-in's named object, a worry that the last
 * note got lost, the request a "writing to ask" lead-in carried, the self-introduction that alone
 * names who "we" are.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe("round 30: plain bugs — bold markers, a department for a product", () => {
  rewrites([
    [
      "a second sentence cut after \"**Curious?**\" keeps the closing marker of the bold: no \"**Curious?\" left open",
      "followup",
      "Hi [Name],\n\nI know your week is packed.\n\n**The offer:** I'll review your checkout flow and send three fixes ranked by effort.\n\n**Curious?** Reply with \"sure\" and I'll send over a booking link.\n\nThanks,\n[Your Name]",
      "Hi [Name],\n\n**The offer:** I'll review your checkout flow and send three fixes ranked by effort.\n\n**Curious?**\n\nThanks,\n[Your Name]"
    ],
    [
      "a job title's department (\"Vice President of Partnerships at Fernway Labs\") is no product name: the guide line names the company",
      "email",
      "Dear Clinic Team,\n\nI hope this note finds you well! My name is Dana Reyes, and I'm the Vice President of Partnerships at Fernway Labs. We help small clinics cut no-shows with text reminders.\n\nCould we set up a 20-minute call next week?\n\nWarm regards,\nDana",
      "Dear Clinic Team,\n\n[[One line on what you noticed about them, then how Fernway Labs helps with it.]] We help small clinics cut no-shows with text reminders.\n\nIs cutting no-shows a priority right now?\n\nWarm regards,\nDana"
    ]
  ])
})

describe("round 30: a cut leaves nothing pointing at what went", () => {
  rewrites([
    [
      "\"I came across your website {site_name} while ...\": only \"your website\" goes, so the sentence does not open on the field",
      "email",
      "Hi {name},\n\nI came across your website {site_name} while reading up on sourdough, and your post on rye starters is the clearest I have found.\n\nI write recipe tests for {my_site} and would like to send you a guest piece on long fermentation.\n\nWould you be open to a draft?\n\nCheers,\n{my_name}",
      "Hi {name},\n\nI came across {site_name} while reading up on sourdough, and your post on rye starters is the clearest I have found.\n\nI write recipe tests for {my_site} and would like to send you a guest piece on long fermentation.\n\nWould you be open to a draft?\n\nCheers,\n{my_name}"
    ],
    [
      "\"Didn't want it to get buried\" chases a note the reader never sees here: it goes with the chase before it",
      "followup",
      "Hi Priya,\n\nJust circling back on my last note about the warehouse audit.\n\nDidn't want it to get buried under everything else this week!\n\nThanks,\nTom",
      "Hi Priya,\n\n[[One new thing for them about the warehouse audit since your last note: a fact, a resource or a question it did not have.]]\n\nThanks,\nTom"
    ],
    [
      "\"I'm writing to ask whether you would be willing to ...\" is the draft's request: asked directly, not cut",
      "email",
      "Hi Dr. Osei,\n\nI'm writing to ask whether you would be willing to give a short talk at our spring meetup for data librarians in Bristol. It runs on 14 May, and about 60 people came last year.\n\nBest wishes,\nHannah",
      "Hi Dr. Osei,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nWould you be willing to give a short talk at our spring meetup for data librarians in Bristol? It runs on 14 May, and about 60 people came last year.\n\nBest wishes,\nHannah"
    ],
    [
      "the same request with a question after it: said without the lead-in (\"I'd like to ask if ...\"), the later question stays the ask",
      "email",
      "Hi Dr. Osei,\n\nI'm writing to ask if you would be willing to judge the poster prize at our spring meetup in Bristol. Each judge reads about ten posters on the day, and the winners get a book token.\n\nCould you let me know by Friday? Are you able to take part?\n\nBest wishes,\nHannah",
      "Hi Dr. Osei,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI'd like to ask if you would be willing to judge the poster prize at our spring meetup in Bristol. Each judge reads about ten posters on the day, and the winners get a book token.\n\nCould you let me know by Friday?\n\nBest wishes,\nHannah"
    ],
    [
      "a recruiter's self-introduction that alone names the company the rest calls \"we\" stays, and \"Let us know what you think\" stays the ask",
      "email",
      "Hi Jonah!\n\nI'm a talent partner at $Northwind. We're growing the teams that build our ferry booking apps! Check out what we ship on our careers page <here>.\n\nWe think you'd be a strong fit because of your work on $TheirProject.\n\nLet us know what you think\n\nCheers,\nAda",
      "Hi Jonah!\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] I'm a talent partner at $Northwind. We're growing the teams that build our ferry booking apps! Check out what we ship on our careers page <here>.\n\nWe think you'd be a strong fit because of your work on $TheirProject.\n\nLet us know what you think\n\nCheers,\nAda"
    ]
  ])
})
