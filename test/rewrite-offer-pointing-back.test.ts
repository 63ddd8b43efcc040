/**
 * A meeting asked "to walk you through it and hear what you'd want" names nothing to send once the
 * meeting goes: "it" points back and "hear ..." went with the meeting. The offer to send is built only
 * from a thing named (the judged round 29 found "Want me to send over it and hear what ...").
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('an offer to send is never built from "it" and a second doing', () => {
  rewrites([
    [
      'the walk-through of "it" joined to "and hear what you would want" sends nothing named',
      'email',
      'Hi Dana,\n\nSaw the new Leeds depot. We built a routing tool for depots like yours.\n\nCould I steal 20 minutes to walk you through it and hear what you would want your team to own?\n\nThanks,\nAmir',
      'Hi Dana,\n\nSaw the new Leeds depot. We built a routing tool for depots like yours.\n\nWant me to send over a short recorded demo?\n\nThanks,\nAmir'
    ]
  ])
})
