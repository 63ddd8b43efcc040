/**
 * docs/fresh-errors.md, round 19: the reader's names and the sender's offering. A capitalised run
 * after an indefinite article is a kind (a job title, a trade), not a name of the reader's; a name
 * that helps a kind of people, said in the plural, is the sender's offering introduced by its name.
 * Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const relevanceMissing = (text: string) => linter.lint({text}).messages.some((m) => m.ruleId === 'no-recipient-specifics')
const pitchOpening = (text: string) => linter.lint({text}).messages.some((m) => m.ruleId === 'pitch-opening')

describe('a capitalised run after "a"/"an" is a kind, not a detail of theirs', () => {
  test.each([
    // A title asked for in an introduction request: a third party, not the reader.
    'Hello,\n\nWe run a reading programme for primary pupils in six towns.\n\nCould you put me in touch with a **Regional Partnerships Manager or Community Grants Officer** who covers the north?\n\nThanks,\nOwen',
    'Hi Sam,\n\nWe make rota software for care homes. Could you point me to a **Head of Care Operations** who plans the night shifts?\n\nBest,\nLena',
  ])('%#: still nothing about them', (text) => {
    expect(relevanceMissing(text)).toBe(true)
  })

  test.each([
    // A named thing of theirs, a common noun after the run: "a Harbourline piece on you" is one piece.
    'Hi Sam,\n\nI read a Harbourline Gazette piece on your Leeds depot doubling its night shift. We build rota tools for depots. Worth a look?',
  ])('%#: a named thing of theirs still counts', (text) => {
    expect(relevanceMissing(text)).toBe(false)
  })
})

describe('a name that helps a kind of people is the sender\'s offering', () => {
  test.each([
    'Hi [Name],\n\n**Tidewell Tutors** helps sixth-form students revise for chemistry exams.\n\nWould your pupils like a free trial week?',
    'Hi [Name],\n\nRopewalk helps amateur choirs find rehearsal rooms near them.\n\nCould I send you our list for your town?',
  ])('%#: it opens on a pitch', (text) => {
    expect(pitchOpening(text)).toBe(true)
  })

  test.each([
    // Its own people, owned: one party's story, not a kind served.
    'Hi Sam,\n\nHarbourline helps its drivers plan night routes with a shared map, which I found striking.\n\nIs that map built in-house?',
  ])('%#: not when the people are its own', (text) => {
    expect(pitchOpening(text)).toBe(false)
  })
})
