/**
 * Round 12's judges' findings on the rewrite (issue 17) that round 15's changes left standing, as
 * team-written drafts, each failing before the change it tests: a stock "Worth a look?" in place of
 * a bare time ask ("Worth a chat?", "15 minutes this week?") when the draft shows nothing to look at.
 * The new ask fits what the draft offers, in its own words:
 * - a thing it names that it can send ("a scorecard"), or a wish to show whose number the ask carries;
 * - what it says it helps the reader do, or the problem it names as theirs ("month-end close is their
 *   biggest headache"), asked about as a priority.
 */
import {describe} from 'vitest'
import {OBSERVE, rewrites} from './rewrite-harness.js'

describe('round 16: the new ask fits what the draft offers', () => {
  rewrites([
    [
      "a thing the draft built is what the ask offers to send",
      'email',
      "Hi Maya,\n\nSaw Quillo is hiring its first four support agents this spring.\n\nWe built a scorecard for support hires after running forty of them at Brightdesk.\n\nWorth a chat?\n\nBest,\nOwen",
      "Hi Maya,\n\nSaw Quillo is hiring its first four support agents this spring.\n\nWe built a scorecard for support hires after running forty of them at Brightdesk.\n\nWant me to send over the scorecard?\n\nBest,\nOwen"
    ],
    [
      "a wish to show with a number in it goes, and the new ask carries the number",
      'email',
      "Hi Dev,\n\nNoticed Harrow Bikes now ships to the EU. Returns usually double in the first quarter after that.\n\nHappy to walk you through the 4-step returns checklist we used.\n\nOpen to a quick call?\n\nThanks,\nIsla",
      "Hi Dev,\n\nNoticed Harrow Bikes now ships to the EU. Returns usually double in the first quarter after that.\n\nWant me to send over the 4-step returns checklist we used?\n\nThanks,\nIsla"
    ],
    [
      "a wish to show without \"if useful\" on the end",
      'email',
      "Hi Jo,\n\nSaw that Penrose Dental opened a third practice in March.\n\nHappy to share how Corran Dental cut no-shows across three sites if useful.\n\n15 minutes this week?\n\nKit",
      "Hi Jo,\n\nSaw that Penrose Dental opened a third practice in March.\n\nWant me to send a short note on how Corran Dental cut no-shows across three sites?\n\nKit"
    ],
    [
      "what the sender helps them do to their own is asked about as theirs",
      'email',
      "Hi Rhys,\n\nSaw Castlegate Lettings took on the Elm Street block.\n\nWe help lettings agencies track their overdue rent across landlords.\n\nOpen to a quick call?\n\nMeg",
      "Hi Rhys,\n\nSaw Castlegate Lettings took on the Elm Street block.\n\nWe help lettings agencies track their overdue rent across landlords.\n\nIs tracking your overdue rent a priority right now?\n\nMeg"
    ],
    [
      "\"a simpler way to\" names what the reader would do",
      'email',
      "Hi Lena,\n\nCongrats on Oakfield Foods opening the Preston site.\n\nWe've built a simpler way to manage supplier invoices across sites.\n\nWorth a chat?\n\nTom",
      "Hi Lena,\n\nCongrats on Oakfield Foods opening the Preston site.\n\nWe've built a simpler way to manage supplier invoices across sites.\n\nIs managing supplier invoices a priority right now?\n\nTom"
    ],
    [
      "a problem the draft names is the question",
      'email',
      "Hi Sam,\n\nThe finance leads I talk to at growing retailers say month-end close is their biggest headache.\n\nWe automate the reconciliations that slow it down.\n\n15 minutes this week?\n\nAda",
      `Hi Sam,\n\n${OBSERVE}\n\nThe finance leads I talk to at growing retailers say month-end close is their biggest headache.\n\nWe automate the reconciliations that slow it down.\n\nIs month-end close a priority right now?\n\nAda`
    ],
    [
      "what the product lets them do is the question",
      'email',
      "Hi Nell,\n\nSaw that Willow Physio added evening clinics.\n\nOur scheduler lets you fill last-minute cancellations from a waitlist.\n\nWorth a quick call?\n\nBen",
      "Hi Nell,\n\nSaw that Willow Physio added evening clinics.\n\nOur scheduler lets you fill last-minute cancellations from a waitlist.\n\nIs filling last-minute cancellations from a waitlist a priority right now?\n\nBen"
    ],
    [
      "a template's helped outcome is the question",
      'email',
      "Hi [First Name],\n\nSaw [Company] is expanding into [region].\n\nWe help teams like yours [specific outcome].\n\nOpen to a quick chat?\n\n[Your Name]",
      "Hi [First Name],\n\nSaw [Company] is expanding into [region].\n\nWe help teams like yours [specific outcome].\n\nWould it help you to [specific outcome]?\n\n[Your Name]"
    ],
    [
      "a merge field as the helped reader",
      'email',
      "Hi Ola,\n\nSaw {{company}} added a night shift at the Derby site.\n\nOur rota app can help {{company}} cut overtime across shifts.\n\nWorth a chat?\n\nRay",
      "Hi Ola,\n\nSaw {{company}} added a night shift at the Derby site.\n\nOur rota app can help {{company}} cut overtime across shifts.\n\nIs cutting overtime a priority right now?\n\nRay"
    ],
    [
      "\"do more with ...\" is what they would do",
      'email',
      "Hi Finn,\n\nCongrats on the new Bristol office.\n\nOur planning tool helps small studios do more with fewer handoffs.\n\nOpen to a quick call?\n\nMo",
      "Hi Finn,\n\nCongrats on the new Bristol office.\n\nOur planning tool helps small studios do more with fewer handoffs.\n\nIs doing more with fewer handoffs a priority right now?\n\nMo"
    ],
  ])
})
