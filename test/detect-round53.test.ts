/**
 * docs/fresh-errors.md, round 24, classes WEAK and SLOT (missing relevance). WEAK: an observation has to
 * say something: praise that names nothing of theirs once its judging words are set aside, their trade
 * in their town said back, and what the sender's own users are seeing are no observation of the reader
 * (LABELLING.md M5, M3), and a reaching-out frame after such a look is still the preamble. SLOT
 * (LABELLING.md 3.3): the frame outside a slot says whose it is: "I'm a [current role]" is the sender's,
 * what the sender applied for ("my application for [Role Title]") and a figure of theirs ("your [XX]
 * locations") are the reader's own. Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {slotKind} from '../src/analyse/slots.js'

const linter = createLinter()
const rules = (text: string) => linter.lint({text}).messages.map((m) => m.ruleId)

describe('the frame outside a slot says whose it is', () => {
  test.each([
    [['current', 'role'], "My name is [Your Name], and I'm a ", 'sender'],
    [['job', 'title'], "I'm an ", 'sender'],
    [['years'], 'With all of my ', 'sender'],
    [['role', 'title'], 'Just a quick follow-up on my application for ', 'own'],
    [['job', 'title'], 'I am applying for the ', 'own'],
    [['xx'], "We'd love to list your ", 'own'],
    // The reader's application, to the sender's company, and a name applied to: not a thing of theirs the sender answers.
    [['company'], 'I am following up on your insurance application for ', 'area'],
    [['accelerator', 'name'], 'I sent an application to ', undefined],
    // A figure of the sender's is no count of theirs.
    [['xx'], 'We already list ', undefined]
  ] as const)('%j after %j', (words, before, kind) => {
    expect(slotKind(words, before)).toBe(kind)
  })
})

describe('an observation has to say something of theirs', () => {
  const ask = '\n\nWe build booking tools for salons. Worth a look?'
  test.each([
    "I noticed [Company] has awesome reviews — clearly you're doing something right.",
    'I noticed your outstanding work as [Title] at [Company].',
    "Your firm's reputation for excellence caught my attention.",
    "I noticed you're a dog groomer in [City].",
    'I noticed you manage rentals across [City].'
  ])('%s', (line) => {
    expect(rules(`Hi [Name],\n\n${line}${ask}`)).toContain('no-recipient-specifics')
  })
  test.each([
    'Your talk on rota fatigue at DepotCon was excellent and caught my attention.',
    "I noticed [Company] has 40 five-star reviews since March — clearly you're doing something right.",
    "I noticed you're a dog groomer in Leeds who just opened a second van."
  ])('%s stays an observation', (line) => {
    expect(rules(`Hi Sam,\n\n${line}${ask}`)).not.toContain('no-recipient-specifics')
  })
  test("what the sender's users are seeing is the sender's result", () => {
    expect(rules('Hi [Name],\n\nWe build rota tools for depots. Our pilot depots are seeing 25% fewer missed shifts.\n\nWorth a look?')).toContain('no-recipient-specifics')
  })
  test('a reaching-out frame after a look that sees nothing is still the preamble', () => {
    expect(rules("Hi [Name],\n\nI noticed you're a dog groomer in [City] — wanted to reach out directly.\n\nWorth a look?")).toContain('reaching-out-opener')
    expect(rules('Hi Jo,\n\nYour write-up of the Leeds re-scan trial is the reason I wanted to reach out.\n\nWorth a look?')).not.toContain('reaching-out-opener')
  })
})

describe("a list headed by who gets it is the sender's perks", () => {
  test.each(['**For you:**', 'For your clients:', 'What you get:', 'Your perks:'])('%s', (heading) => {
    expect(rules(`Hi Sam,\n\nWe run a referral programme for wedding planners.\n\n${heading}\n- Earn 20% on every couple you refer\n- Offer your couples a free seating planner\n\nWorth a look?`)).toContain('no-recipient-specifics')
  })
  test('a heading that names their things still heads their situation', () => {
    expect(rules('Hi Sam,\n\nThree things on your booking page:\n- the deposit form asks for a card twice\n- the calendar hides Saturdays\n\nWorth a look?')).not.toContain('no-recipient-specifics')
  })
})
