/**
 * Judged round 33 (round 24's dev drafts): a yes-or-no hook about the reader's world ("Quick question - do any of
 * your clients ever ask about ...?") was kept as the draft's one ask, so the call to action after the pitch was cut
 * as a second ask and the note ended on its pitch. The hook asks for nothing; the question after the pitch is the
 * ask, and both stay. A numbered list of the sender's points whose first item says what someone needs ("1. **Your
 * stylists want it** - most say they need ...") was read as a menu of options, the reader's one ask, so the meeting
 * ask went with nothing in its place; and where the meeting was to show several things in a row, the new ask offers
 * the one a message can carry. Drafts in our own words.
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 51: a hook about them, then the pitch, then the call to action', () => {
  rewrites([
    [
      'the call to action after the pitch stays beside the hook',
      'linkedin-inmail',
      "Hi Maya,\n\nLoved the spring menu you posted. The rhubarb tart looked stunning.\n\nQuick question - do any of your wedding clients ever ask about printed menus? We've built a menu-printing service and are partnering with caterers like you.\n\nPartners earn 20% on every order. Would you be interested in hearing more?",
      "Hi Maya,\n\nLoved the spring menu you posted. The rhubarb tart looked stunning.\n\nQuick question - do any of your wedding clients ever ask about printed menus? We've built a menu-printing service and are partnering with caterers like you.\n\nPartners earn 20% on every order. Would you be interested in hearing more?"
    ],
      [
      'a list of points that opens its sentence is no menu, and the meeting is offered as the thing a message can carry',
      'email',
      "Hi [First Name],\n\nI noticed [Salon Group] runs twelve salons but books colour appointments by phone.\n\n**Why this fits:**\n\n1. **Your stylists want it** - most say they need online colour booking\n2. **No work for you** - we run setup and support\n\nWould you be open to a 15-minute call to explore this?\n\nI can show you the booking page, share case studies, and discuss pricing options.\n\nBest,\n[Your Name]",
      "Hi [First Name],\n\nI noticed [Salon Group] runs twelve salons but books colour appointments by phone.\n\n**Why this fits:**\n\n1. **Your stylists want it** - most say they need online colour booking\n2. **No work for you** - we run setup and support\n\nWant me to send over case studies?\n\nBest,\n[Your Name]"
    ],
  ])
})
