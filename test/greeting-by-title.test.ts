/**
 * A greeting to an organisation or an office by its full name ("Dear Palm Beach County Emergency
 * Management,") is one greeting: the rewrite keeps it whole and puts what it adds after it, never
 * between its words (the judged round 29 found a guide line spliced into such a salutation).
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('a greeting by an office or organisation name is kept whole', () => {
  rewrites([
    [
      'five capitalised words up to the comma are the addressee, not a name and the start of the message',
      'email',
      'Dear Riverside Borough Flood Response Office,\n\nI am a local developer. We built a crisis map for storms and it is live now. Would a short demo help?',
      'Dear Riverside Borough Flood Response Office,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] We built a crisis map for storms and it is live now. Want me to send over a short recorded demo?'
    ],
    [
      'the small words of a name ("of the") and a closing colon',
      'email',
      'Hello Members of the Grants Committee:\n\nWe run a food bank. Could we send our proposal?',
      'Hello Members of the Grants Committee:\n\n[[One line on what you noticed about them, then one line on how you help with it.]] What would you change in the proposal?'
    ]
  ])
})

describe('a salutation alone on its first line, a blank line after it, is the greeting (judged round 31)', () => {
  rewrites([
    [
      '"To the ... team," is where the message is addressed, not its first sentence: what the rewrite adds goes after it',
      'email',
      'To the Northwind Platform team,\n\nI have been building an open-source scheduler that fills several gaps your queue leaves open. I think the two projects are complementary.\n\nWould a short comparison be useful?\n\nBest,\nSam',
      'To the Northwind Platform team,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] I think the two projects are complementary.\n\nWould a short comparison be useful?\n\nBest,\nSam'
    ],
    [
      '"Ops Team —" on its own line opens the same way',
      'email',
      'Ops Team —\n\nWe built a rota planner that cuts handover time in half. Want a look?\n\nJo',
      'Ops Team —\n\n[[One line on what you noticed about them, then one line on how you help with it.]] Want a look?\n\nJo'
    ],
    [
      'a sentence that starts with "To" and a small word is no salutation',
      'email',
      'To be honest,\n\nI think your rota is fine.',
      'To be honest,\n\nI think your rota is fine.'
    ]
  ])
})

describe('a line kept behind a guide line is still said (judged round 31)', () => {
  rewrites([
    [
      'the product named in the kept line is not restated after it ("Rotaly is a rota planner." said twice)',
      'linkedin-inmail',
      'Hi Dana — built Rotaly, a rota planner that balances night shifts across depots. Demo at [URL]. Does this fit how you plan?',
      'Hi Dana — [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I built Rotaly, a rota planner that balances night shifts across depots. Demo at [URL]. Does this fit how you plan?'
    ]
  ])
})
