/**
 * Judged round 33 (round 24's dev drafts): a yes-or-no hook about the reader's world ("Quick question - do any of
 * your clients ever ask about ...?") was kept as the draft's one ask, so the call to action after the pitch was cut
 * as a second ask and the note ended on its pitch. The hook asks for nothing; the question after the pitch is the
 * ask, and both stay. A hook with no pitch after it still keeps one ask. Drafts in our own words.
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
  ])
})
