/**
 * Round 19's judges' findings (issue 17, round 30 of the rewrite), as team-written drafts, each failing
 * before the change it tests. A cut keeps bold markers paired; a job title's department is no product
 * name.
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
