/**
 * docs/fresh-errors.md, round 20, class SPUR: whose a name is, read by its place in the sentence for
 * the family of forms, and words in capitals that stand where a name stands. Names in the sender's
 * example or analogy, in a template slot's example, a place's possessive, a bare plural acronym and
 * its spelling out, the offering put in the reader's hands, a guess put as a question: nothing of
 * the reader's. Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const ruleIds = (text: string, subject?: string) => linter.lint(subject === undefined ? {text} : {text, subject}).messages.map((m) => m.ruleId)
const relevanceMissing = (text: string) => ruleIds(text).includes('no-recipient-specifics')
const shouts = (text: string, subject?: string) => ruleIds(text, subject).includes('shouting')
const spamWords = (text: string) => ruleIds(text).includes('spam-trigger-words')

describe("names in the sender's example or analogy are no detail of theirs", () => {
  test.each([
    // "Think ...": an analogy, quoted or not.
    'Hi [Name],\n\nWe match dog walkers with busy owners. Think "Fiverr meets Rover for Sunday strolls."\n\nWorth a quick look?',
    'Hi [Name],\n\nWe match dog walkers with busy owners. Imagine Rover, but for the whole street.\n\nWorth a quick look?',
    // Two names set side by side inside the sender's pitch line.
    'Hi [Name],\n\nOur app is Duolingo meets Strava for choirs: short daily drills and a streak.\n\nWant a look?',
    // Examples after a marker, in a question about a slot.
    'Hi [Name],\n\nDoes [Company] still book interviews through tools such as Calendly or Doodle?\n\nWe built a scheduler for panels. Worth a look?',
    'Hi [Name],\n\nMost clinics we meet juggle booking apps (e.g. Jane, Cliniko) and paper forms.\n\nWe built one intake for both. Worth a look?',
    // Names in parentheses right after the kind they exemplify.
    'Hi [Name],\n\nDoes your team run sign-ups on a survey tool (Typeform, Tally, Jotform)?\n\nWe built a form that fills the rota too. Worth a look?',
    // "like" after a common noun: the kind, examples of it.
    'Hi [Name],\n\nIs your team moving off spreadsheets to planners like Asana?\n\nWe built a lighter one. Worth a look?',
  ])('%#: still nothing about them', (text) => {
    expect(relevanceMissing(text)).toBe(true)
  })

  test.each([
    // Their own tool named in parentheses after "your": theirs.
    'Hi Sam,\n\nSaw your booking tool (Cliniko) now sends reminders by text. We built an intake form that plugs into it.\n\nWorth a look?',
    // "looks like": a clause about them follows, not an example.
    'Hi Sam,\n\nLooks like Northwind opened a second depot in Leeds last month. We build rota tools for new sites.\n\nWorth a look?',
  ])('%#: a name of theirs still counts', (text) => {
    expect(relevanceMissing(text)).toBe(false)
  })
})

describe("a name in a template slot's example is the writer's, for every signal", () => {
  test.each([
    "Hi [Name],\n\nOur app helps you practise talking. It might suit [their situation if you know it - e.g., learning Welsh for a partner's family].\n\nWant to try it?",
    'Hi [Name],\n\nWe run coding nights. [Mention something they did, like a talk at PyCon or a post on Dev.to.]\n\nWant to join one?',
  ])('%#: still nothing about them', (text) => {
    expect(relevanceMissing(text)).toBe(true)
  })

  test('a Markdown link is no slot: its text can name their thing', () => {
    expect(relevanceMissing('Hi Sam,\n\nI read [your write-up of the Leeds depot move](https://example.org/leeds). We build rota tools for new sites.\n\nWorth a look?')).toBe(false)
  })
})

describe("a place's possessive, a bare plural acronym and its spelling out name a kind", () => {
  test.each([
    "Hi [Name],\n\nAre your portfolio companies selling into Brazil's big cities?\n\nWe built deposit escrow for renters. Worth a look?",
    "Hi [Name],\n\nEurope's new battery rules start next year. We built a passport register for packs.\n\nWorth a look?",
    'Hi [Name],\n\nWe are preparing a safety case. Any tips on finding DPOs who know both privacy law and ML?\n\nThanks!',
    'Hi [Name],\n\nWe are preparing a safety case. Could you suggest Designated Safety Officers (DSOs) who know both fields?\n\nThanks!',
    'Hi [Name],\n\nWe are preparing a safety case. Could you suggest DSOs (Designated Safety Officers) who know both fields?\n\nThanks!',
  ])('%#: still nothing about them', (text) => {
    expect(relevanceMissing(text)).toBe(true)
  })

  test.each([
    // A company's possessive is theirs; an acronym fixed by "your" is one thing of theirs.
    "Hi Sam,\n\nNorthwind's stores moved to same-day delivery in May. We build routing for that.\n\nWorth a look?",
    'Hi Sam,\n\nCongrats on your DPOs passing the Leeds audit last week. We build privacy tooling.\n\nWorth a look?',
  ])('%#: a name of theirs still counts', (text) => {
    expect(relevanceMissing(text)).toBe(false)
  })
})

describe("the sender's offering put in the reader's hands, and a guess, are nothing seen of theirs", () => {
  test.each([
    'Hey [Name]!\n\nCould you spare 20 minutes next week and let me watch you try Parla?\n\nI want to see where people get stuck.',
    'Hi [Name],\n\nWant to test Ledgerly on your next payroll run?\n\nNo card needed.',
    // A chase's guess: no event they had.
    "Hi [Name],\n\nI haven't heard back since the launch. Is it not the right fit? Or have you just been swamped?\n\nEither way, let me know.",
  ])('%#: still nothing about them', (text) => {
    expect(relevanceMissing(text)).toBe(true)
  })

  test.each([
    // A question that says what they did: the name is theirs.
    'Hi Sam,\n\nDid the Leeds depot go live on Ledgerly in May? We build audit logs for payroll tools.\n\nWorth a look?',
    // News stated, not guessed.
    'Hi Sam,\n\nSaw you just opened the Leeds depot. We build rota tools for new sites.\n\nWorth a look?',
  ])('%#: still about them', (text) => {
    expect(relevanceMissing(text)).toBe(false)
  })

  test("a button's quoted label is no quotation of theirs", () => {
    expect(relevanceMissing('Hi [Name]!\n\nWe are testing a new app for meeting people at venues.\n\nOnce you tap "Start Beta" you are in, and you can come to [Venue] on [Date].\n\nLet me know!')).toBe(true)
  })
})

describe('a word in capitals in a name\'s place is no shouting', () => {
  test.each([
    ['Our prover found 212 BEACON obligations and 9 Isabelle lemmas in the parser.', undefined],
    ['I used BEACON to check the parser for overflow, and it passed.', undefined],
    ['BEACON has checked most of the parser already.', undefined],
    ['We are building an open replacement for BEACON in clinic scheduling.', 'An open replacement for BEACON'],
  ])('%#: a name', (text, subject) => {
    expect(shouts(text, subject)).toBe(false)
  })

  test.each([
    ['Sign up today and get 3 FREE months on us.', undefined],
    ['This offer is AMAZING and it ends tonight.', undefined],
    ['Book this week and the setup is FREE.', 'FREE SETUP THIS WEEK'],
  ])('%#: still shouting', (text, subject) => {
    expect(shouts(text, subject)).toBe(true)
  })
})

describe('"free of" a thing is no price', () => {
  test('without it', () => {
    // (A bare noun after it, "free of tracking scripts", is not read yet: the phrase patterns cannot
    // say "any word but charge".)
    expect(spamWords('The converter keeps your pages free of any tracking script and leaves the layout free of Bootstrap classes.')).toBe(false)
  })
  test('free of charge is still a price', () => {
    expect(spamWords('The first audit is free of charge.')).toBe(true)
  })
})
