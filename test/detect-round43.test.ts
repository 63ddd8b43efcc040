/**
 * docs/fresh-errors.md, round 21, class ROLE: whose sentence it is, read from its subject, its verb
 * and where it stands. The reason for writing that is the sender's own thing, defined on the spot
 * ("I'm writing on behalf of X, an ..."), introduces the sender; liking under a modal ("I'd love your
 * feedback") and a bare verb going on with a wished infinitive ("... and hear how you ...") wish for
 * something, they see nothing of the reader's; a feature line with its subject left out, after the
 * offering, is the offering at work, not the reader's problem. Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {analyseRoles} from '../src/analyse/roles.js'
import {analyseText} from '../src/analyse/facts.js'
import {tagText} from '../src/analyse/grammar.js'
import {scanPlaceholders} from '../src/parse/placeholders.js'
import {parsePieces} from '../src/parse/processor.js'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const ruleIds = (text: string) => linter.lint({text}).messages.map((m) => m.ruleId)

/** The role of the sentence that holds `phrase`, and whether it reads as the reader's concrete work. */
function sentenceOf(text: string, phrase: string): {role: string; concrete: boolean} {
  const {placeholders, broken} = scanPlaceholders(text)
  const facts = analyseText(parsePieces(text, placeholders), text, placeholders, broken)
  const roles = analyseRoles(facts, tagText(text.slice(0, facts.signatureStart), placeholders), linter.config.vocabulary, undefined, 'email')
  const at = text.indexOf(phrase)
  const s = roles.sentences.find((x) => x.start <= at && at < x.end)
  return {role: s?.role ?? 'none', concrete: s?.concrete === true}
}

describe('writing on behalf of, or reaching out from, a thing defined on the spot introduces the sender', () => {
  test.each([
    ["Dear committee,\n\nI'm writing on behalf of **Tallowmark** (<https://tallowmark.org>), an open-source service that builds reading lists from library records.\n\nCould it be listed?", "I'm writing on behalf"],
    ['Hi,\n\nWe are reaching out from Quayside — a public benchmark for harbour-routing agents.\n\nWould your lab submit a baseline?', 'We are reaching out'],
    ['Hello Dr Ames,\n\nI am writing to you on behalf of the Fenwick Trust, a charity that funds tide-gauge repairs.\n\nMay I send our report?', 'I am writing'],
    ['Hi Jo,\n\nI’m reaching out from Brightkiln - a two-person studio that glazes tiles for pools.\n\nWorth a look?', 'reaching out'],
  ])('%#: the opening introduces the sender', (text, phrase) => {
    expect(sentenceOf(text, phrase).role).toBe('self-intro')
    expect(ruleIds(text).some((id) => id === 'pitch-opening' || id === 'sender-first-opening')).toBe(true)
  })

  test.each([
    // No definition of the sender's thing: a place, a reason, the reader's own organisation asked about.
    ['Hi Jo,\n\nI am reaching out from Leeds because your kiln post answered a question I had.\n\nCould I ask one more?', 'I am reaching out'],
    ["Hi Jo,\n\nI'm writing on behalf of my team, who all read your kiln post.\n\nCould I ask one more?", "I'm writing"],
    ['Hi Jo,\n\nAre you reaching out from Brightkiln, a studio in Hull?\n\nThanks!', 'Are you'],
  ])('%#: not the sender introduced', (text, phrase) => {
    expect(sentenceOf(text, phrase).role).not.toBe('self-intro')
  })
})

describe('liking under a modal is a wish, not a look at the reader', () => {
  test.each([
    ['Hi Jo,\n\nI built a kiln logger for small studios.\n\nI’d love your feedback if you have time to try it.', 'love your feedback'],
    ['Hi Jo,\n\nWe built a kiln logger for small studios.\n\nWe would love your honest thoughts on the setup guide.', 'would love'],
    ['Hi Jo,\n\nWe built a kiln logger for small studios.\n\nI would like your take on the firing charts.', 'would like'],
    ['Hi Jo,\n\nWe built a kiln logger.\n\nI’d love to: 1. Get your feedback on the alerts 2. Hear which glazes your students use', 'love to'],
  ])('%#: no observation', (text, phrase) => {
    expect(sentenceOf(text, phrase).role).not.toBe('observation')
  })

  test.each([
    ['Hi Jo,\n\nI loved your talk on firing porcelain at 1,280 degrees in Hull.\n\nWe built a kiln logger.', 'I loved'],
    ['Hi Jo,\n\nI really enjoyed your thread on the Hull studio’s gas kiln conversion.\n\nWe built a kiln logger.', 'enjoyed'],
  ])('%#: liking what they made, seen, is an observation', (text, phrase) => {
    expect(sentenceOf(text, phrase).role).toBe('observation')
  })
})

describe('a bare verb going on with a wished infinitive is wished too', () => {
  test.each([
    ['Hi Jo,\n\nI am building a kiln logger.\n\nI would love to show you the prototype and hear where firing logs break in your studio.', 'I would love'],
    ['Hi Jo,\n\nWe built a kiln logger.\n\nWe’d like to walk you through it and see how your students record their firings.', 'like to walk'],
  ])('%#: no observation', (text, phrase) => {
    expect(sentenceOf(text, phrase).role).not.toBe('observation')
  })

  test('a seen thing in a clause of its own stays an observation', () => {
    const text = 'Hi Jo,\n\nWe are exhibiting at the Hull craft fair and noticed your studio has the stand beside ours in hall 3.\n\nSay hello?'
    expect(sentenceOf(text, 'We are exhibiting').role).toBe('observation')
  })
})

describe('a feature line with its subject left out, after the offering, is the offering at work', () => {
  test.each([
    ['Hi Jo,\n\nKilnlog is a firing logger for pottery studios:\n- **Quiet alerts**: Flags a stalled ramp before your overnight glaze firing cracks the shelves.\n\nWorth a look?', 'Flags'],
    ['Hi Jo,\n\nWe built Kilnlog, a firing logger for pottery studios.\n\nCatches stalled ramps before your overnight glaze firings crack the kiln shelves.\n\nWorth a look?', 'Catches'],
    ['Hi Jo,\n\nWe make Kilnlog, a firing logger for pottery studios.\n\n• Pushes each cone reading into your shared studio spreadsheet within seconds.\n\nWorth a look?', 'Pushes'],
  ])('%#: not the reader’s concrete problem', (text, phrase) => {
    expect(sentenceOf(text, phrase).concrete).toBe(false)
  })

  test('the reader as the subject after the offering stays their work', () => {
    const text = 'Hi Jo,\n\nWe built Kilnlog, a firing logger for pottery studios.\n\nYour night-shift technicians still copy every cone reading into paper binders by hand.\n\nWorth a look?'
    expect(sentenceOf(text, 'Your night-shift').concrete).toBe(true)
  })
})

describe('customers named in what the sender saw of the reader are the reader’s', () => {
  test.each([
    ['Hi Jo,\n\nSaw that you delivered great results for clients like Havana Books in the last year.\n\nWe book sales calls for agencies. Open to a chat?', 'Saw that'],
    ['Hi Jo,\n\nI noticed your studio glazed the pools for customers such as Tidewell Spa and Brightkiln Hotels.\n\nWe make kiln loggers. Worth a look?', 'I noticed'],
  ])('%#: an observation, no logo-drop', (text, phrase) => {
    expect(sentenceOf(text, phrase).role).toBe('observation')
    expect(ruleIds(text)).not.toContain('logo-drop')
  })

  test('the sender’s own customers are still named to vouch for them', () => {
    const text = 'Hi Jo,\n\nWe delivered great results for clients like Havana Books and Tidewell Spa.\n\nOpen to a chat?'
    expect(sentenceOf(text, 'We delivered').role).toBe('proof')
    expect(ruleIds(text)).toContain('logo-drop')
  })
})
