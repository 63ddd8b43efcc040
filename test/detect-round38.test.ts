/**
 * docs/fresh-errors.md, ROLE class (rounds 16-19): the sender's own made thing, done and told ("I've
 * built", "we released", "I have just published") with "I"/"we" as the maker, is the sender's work
 * shown, counted with their pitch for the opening (P2) and the body (P4); a thing that will be made,
 * or made for the reader, is handed over or offered and stays out. Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const rules = (text: string) => new Set(linter.lint({text}).messages.map((m) => m.ruleId))

describe('the sender\'s own made thing, told in the past or the perfect, is their work shown', () => {
  test.each([
    'Hi Sam,\n\nYour flood map of the Hull estuary was sharp. I\'ve built a gauge archive for Yorkshire rivers. I have also published a dataset of weir readings. We released Riverwatch in May too. Would any of it help?',
    'Hi Jo,\n\nWe have just shipped a booking page for dog groomers. We launched a reminder tool in March too. Is your salon still booking by phone?',
  ])('%#: most of the body is the sender\'s', (text) => {
    expect(rules(text).has('pitch-heavy-body')).toBe(true)
  })

  test.each([
    'Hi Sam,\n\nI\'ve designed an open booking widget for village halls: **Hallpass**, a calendar that takes deposits. Could your parish council use it?',
  ])('%#: it opens on the pitch', (text) => {
    expect(rules(text).has('pitch-opening')).toBe(true)
  })

  test.each([
    'Hi Sam,\n\nWe\'re recruiting depot managers for **Nightshift Study**, a funded research project on rota fatigue. Nightshift Study runs on phones and tablets (whichever your staff use). Would your Leeds depot take part?',
  ])('%#: a name the sender\'s clause sets beside its definition is theirs at work', (text) => {
    expect(rules(text).has('pitch-heavy-body')).toBe(true)
  })

  test.each([
    // Made for the reader: something handed over.
    'Hi Sam,\n\nYour flood map of the Hull estuary was sharp. I built a gauge chart for your estuary team from the readings you posted. Want it?',
    // Not made yet: an offer.
    'Hi Sam,\n\nYour flood map of the Hull estuary was sharp. We could build a gauge chart for the estuary if you send the readings. Want one?',
    // Recalled, not shown: a common thing in the simple past.
    'Hi Sam,\n\nYour flood map of the Hull estuary was sharp. I built a shed by the weir last summer and watched it flood. Are the upstream gauges on the next map?',
    // Nobody made it here: "Made me think" has no maker.
    'Hi Sam,\n\nYour flood map of the Hull estuary was sharp. Made me think about the weirs upstream. Are they on the next map?',
  ])('%#: not when it is handed over, planned or nobody\'s', (text) => {
    const found = rules(text)
    expect(found.has('pitch-heavy-body') || found.has('pitch-opening')).toBe(false)
  })
})
