/**
 * The rewrite's "points at a cut" check (scripts/eval-rewrite.mjs): a kept sentence that leans on the
 * draft's sentence before it, which the rewrite cut or moved behind it. Team-written drafts.
 */
import {describe, expect, test} from 'vitest'

// @ts-expect-error: a plain ES module script, without types
const {pointsAtCut} = (await import('../scripts/eval-rewrite.mjs')) as {pointsAtCut: (before: string, after: string) => Array<{sentence: string; leansOn: string}>}

const DRAFT = "Hi Ana,\n\nJust checking in on my offer to build a short Pipeline Audit for Korva. It would show the three deals most likely to slip this quarter.\n\nWorth a look?\n\nBen"

describe('points at a cut', () => {
  test('an it-sentence whose offer went is found, with the sentence it leaned on', () => {
    const after = "Hi Ana,\n\nIt would show the three deals most likely to slip this quarter.\n\nWorth a look?\n\nBen"
    expect(pointsAtCut(DRAFT, after)).toEqual([{sentence: 'It would show the three deals most likely to slip this quarter.', leansOn: 'Just checking in on my offer to build a short Pipeline Audit for Korva.'}])
  })
  test('the same sentence after the offer restated, or a guide line and the offer, is not', () => {
    expect(pointsAtCut(DRAFT, "Hi Ana,\n\nI offered to build a short Pipeline Audit for Korva. It would show the three deals most likely to slip this quarter.\n\nWorth a look?\n\nBen")).toEqual([])
    expect(pointsAtCut(DRAFT, DRAFT)).toEqual([])
  })
  test('a sentence moved ahead of the one it leans on is found', () => {
    const draft = 'Hi Raj,\n\nWe ship a billing API. Your team moved to usage pricing in May. That change usually breaks invoicing.\n\nBen'
    const after = 'Hi Raj,\n\nThat change usually breaks invoicing. We ship a billing API. Your team moved to usage pricing in May.\n\nBen'
    expect(pointsAtCut(draft, after).map((x) => x.sentence)).toEqual(['That change usually breaks invoicing.'])
  })
  test('"instead" after the call it answered went, and a short "Worth it?" after the offer went', () => {
    const draft = 'Hi Lee,\n\nWe cut flaky builds by half at Mosa. Open to a 15-minute call Tuesday? Happy to send a two-minute video instead.\n\nWe can run the audit for free. Worth it?\n\nBen'
    const after = 'Hi Lee,\n\nWe cut flaky builds by half at Mosa. Want me to send a short note? Happy to send a two-minute video instead.\n\nWorth it?\n\nBen'
    expect(pointsAtCut(draft, after).map((x) => x.sentence)).toEqual(['Happy to send a two-minute video instead.', 'Worth it?'])
  })
  test('a sentence that names its own subject is not found, whatever went before it', () => {
    const draft = 'Hi Lee,\n\nHope your week is going well. Mosa cut flaky builds by half in a month. If it is not a fit, no worries.\n\nBen'
    expect(pointsAtCut(draft, 'Hi Lee,\n\nMosa cut flaky builds by half in a month. If it is not a fit, no worries.\n\nBen')).toEqual([])
  })
})
