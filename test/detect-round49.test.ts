/**
 * docs/fresh-errors.md, round 23, classes WEAK, SLOT and ROLE on the relevance side: what a sentence
 * says of the reader, read from what it does and for whom. Coming upon them while searching a segment
 * and a profile placed by their company's slot and a field in fixed words are the list's words; an
 * instruction in brackets is the writer's note; an either/or slot parted by " / " is read by whole
 * phrases at its weakest; "your [repo]" is a thing of theirs; the team the greeting addresses is the
 * reader, and a thing named by it is theirs. Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {slotKind, slotWords} from '../src/analyse/slots.js'
import {addresseeTeam} from '../src/analyse/whose-name.js'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const unspecific = (text: string, channel: 'email' | 'followup' = 'email') =>
  linter.lint({text, channel}).messages.some((m) => m.ruleId === 'no-recipient-specifics')

describe('the list the reader is on is no detail of theirs', () => {
  test.each([
    // Coming upon them while searching a segment, and what the segment does.
    ['Hi [Name],\n\nI came across [Company] while researching family-run garden centres that sell seedlings online.\n\nWe print plant labels. Worth a look?'],
    ['Hi [Name],\n\nFound your profile when looking for [industry] founders.\n\nWe print plant labels. Worth a look?'],
    // ... with the sender's view of the fit after it.
    ['Hi [Name],\n\nI came across [Company] while searching for tree surgeons in [city], and I think our booking tool could fit.\n\nWorth a look?'],
    // A profile placed by their company's slot and a field in fixed words.
    ['Hi [Name],\n\nI noticed your work at [Company] on cold-chain logistics.\n\nWe build rota tools for depots. Worth a look?'],
    ['Hi [Name],\n\nI noticed your experience in marine insurance at {{company}}.\n\nWe build claims tools. Worth a look?']
  ])('%#: no-recipient-specifics reports it', (text) => {
    expect(unspecific(text)).toBe(true)
  })

  test.each([
    // What was seen of them after the search, or a thing of theirs named in it.
    ['Hi [Name],\n\nI came across [Company] while researching garden centres and saw your seedling page lists no delivery dates.\n\nWorth a look?'],
    ['Hi [Name],\n\nI came across [Company] while researching garden centres and was impressed by [specific achievement].\n\nWorth a look?'],
    // A profile told in words written for this reader: a named place, a definite thing.
    ['Hi Sam,\n\nI noticed your work at Brightwell on the Leeds depot rota.\n\nWe build rota tools for depots. Worth a look?']
  ])('%#: no-recipient-specifics stays quiet', (text) => {
    expect(unspecific(text)).toBe(false)
  })
})

describe("a bracketed instruction is the writer's note, not a phrase said to the reader", () => {
  test('a phrase that runs into "[mention ...]" raises nothing', () => {
    expect(unspecific('Hi [Name],\n\nWe run coding evenings for teenagers. It fits your plans around [mention two goals from their annual report].\n\nWould a short call help?')).toBe(true)
  })
  test('a phrase that runs into a slot of a thing of theirs still counts', () => {
    expect(unspecific('Hi [Name],\n\nI read your recent [post] on hiring night planners.\n\nWe build rota tools for depots. Worth a look?')).toBe(false)
  })
})

describe('either/or slots by whole phrases, and "your [thing]"', () => {
  test('a slash with spaces parts phrases, not words', () => {
    expect(slotWords('Grant Program Name / funding inquiry', ['grant', 'program', 'name', 'funding', 'inquiry'])).toEqual(['grant', 'program', 'name', 'or', 'funding', 'inquiry'])
    // (Without spaces it still parts the words around it.)
    expect(slotWords('issue/job', ['issue', 'job'])).toEqual(['issue', 'or', 'job'])
  })
  test.each([
    [['grant', 'program', 'name', 'or', 'funding', 'inquiry'], 'my note from [date] regarding ', 'area'],
    [['award', 'name', 'or', 'trust', 'name'], 'I came across ', 'area'],
    [['repo'], 'Your ', 'own'],
    [['project'], 'I think your ', 'own'],
    // An area after "your" stays an area; a word of no kind says nothing.
    [['platform'], 'Your ', 'area'],
    [['thing'], 'Your ', undefined]
  ] as const)('%#: %j after %j is %s', (words, before, kind) => {
    expect(slotKind(words, before)).toBe(kind)
  })
  test('a follow-up about a name-or-inquiry slot says nothing of the reader', () => {
    expect(unspecific('Hi [Name],\n\nFollowing up on my note from [date] regarding [Bursary Name / funding request]. I know inboxes fill up.\n\nWould a call next week suit?', 'followup')).toBe(true)
  })
  test('"Your [repo] would be ..." names a thing of theirs', () => {
    expect(unspecific('Hi [Name],\n\nWe built a test runner for command-line tools. Your [repo] would make a fine first case study.\n\nInterested?')).toBe(false)
  })
})

describe('the team the greeting addresses is the reader', () => {
  test.each([
    ['Hi Lumen team,\n\nThanks.', ['Lumen']],
    ['Dear Open Rota Project maintainers,\n\nThanks.', ['Open', 'Rota', 'Project']],
    ['To the Kiln team,\nThanks.', ['Kiln']],
    // A person, or a team of nobody named, is no team's name.
    ['Hi Sam,\n\nThanks.', undefined],
    ['Hi team,\n\nThanks.', undefined]
  ] as const)('%#: the greeting of %j names %j', (text, words) => {
    expect(addresseeTeam(text)?.words).toEqual(words)
  })

  test.each([
    ['Hi Lumen team,\n\nI wrote a small plug-in that exports Lumen dashboards to PDF. It handles every chart type but heatmaps.\n\nWould you link it from your docs?'],
    ["Hey Kiln team — built a patch that adds dark mode to Kiln's settings screen.\n\nHappy to open a PR?"],
    ['Dear Open Rota Project team,\n\nWe would like to add our name to the supporters of the Open Rota Project.\n\nHow do we apply?']
  ])('%#: a thing named by it is theirs', (text) => {
    expect(unspecific(text)).toBe(false)
  })

  test('the name with nothing of theirs after it is a weak detail (M3)', () => {
    expect(unspecific('Hi Lumen team,\n\nWe build rota software for depots, and we would love to help Lumen grow. Open to a quick call?')).toBe(true)
  })
})
