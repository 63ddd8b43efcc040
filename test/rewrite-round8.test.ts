/**
 * What the judged round 8 of rewrites found (docs/quality.md), as team-written drafts: the guide line
 * goes after a greeting written as spintax, and not into a draft that says goodbye; a template's
 * bracketed note to the writer does not make the draft a job seeker's; "happy to share if useful"
 * names no thing to send; an offer of times goes with the meeting it was for.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const rewrite = (text: string, channel: 'email' | 'followup' = 'followup') => linter.rewrite({text, channel}).text
const GUIDE = '[[What you noticed about them: one line that would be wrong if sent to anyone else.]]'

describe('round 8', () => {
  test('"{Hi|Hey} {{first_name}}," is the greeting: the guide line goes after it', () => {
    expect(rewrite('{Hi|Hey} {{first_name}},\n\nJust checking in on my last note.\n\nRotaly keeps shift swaps in one place. Worth a look?\n\nAna')).toBe(
      `{Hi|Hey} {{first_name}},\n\n${GUIDE}\n\nRotaly keeps shift swaps in one place. Worth a look?\n\nAna`
    )
  })

  test('a draft that closes the thread gets no line about what was noticed', () => {
    const draft = "Hi {{first_name}},\n\nI'll close out your file for now, but feel free to reach out if rota swaps become a focus.\n\nAna"
    expect(rewrite(draft)).toBe(draft)
  })

  test('a job posting named in a bracketed note to the writer is what to notice, not an application', () => {
    const out = rewrite('Hi [First Name],\n\n[PERSONALIZE: reference their recent post or a job posting for a planner role.]\n\nWe cut rota swaps at two depots like yours. Worth 15 minutes to compare notes?\n\nAna', 'email')
    expect(out).not.toContain('questions about the role')
    expect(out).toContain('[PERSONALIZE: reference their recent post or a job posting for a planner role.]')
    expect(out).not.toMatch(/15 minutes/)
  })

  test('"Happy to share if useful" names nothing to send: the ask offers what the draft names', () => {
    const out = rewrite('Hey {{first_name}},\n\nWanted to float this back up.\n\nWe just published a guide on rota planning for night shifts. Happy to share if useful.\n\nStill open to a quick chat if timing works.\n\nAna')
    expect(out).not.toContain('send over if useful')
    expect(out).toContain('Want me to send over the guide?')
  })

  test('an offer of times for the meeting that went goes with it: one ask is left', () => {
    expect(
      rewrite('Hi Jo,\n\nSaw Northgate is exhibiting at LogiMAT. We help depots cut mis-picks. Would you be open to a 15-minute meeting at the show to share a few ideas? If helpful, I can send two time options.\n\nAna', 'email')
    ).toBe('Hi Jo,\n\nSaw Northgate is exhibiting at LogiMAT. We help depots cut mis-picks. Want me to send over a few ideas?\n\nAna')
  })
})
