/**
 * Readings that do not lean on one tag of the part-of-speech model (docs/taggers.md: a model better on
 * the gold sample moved dev results both ways through readings tuned with the shipped model's errors).
 * A readiness that opens the clause ("Glad to ...", "Happy to ...") is the writer's, whatever the model
 * made of its first word; a funding stage before a plural of companies names a kind of company, not the
 * reader's round; "the" and a noun the sender's own pitch or introduction used is that offering told,
 * not a problem of the reader's peers. Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {analyseRoles} from '../src/analyse/roles.js'
import {analyseText} from '../src/analyse/facts.js'
import {tagText} from '../src/analyse/grammar.js'
import type {Token} from '../src/analyse/tagging.js'
import {scanPlaceholders} from '../src/parse/placeholders.js'
import {parsePieces} from '../src/parse/processor.js'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const ruleIds = (text: string) => linter.lint({text}).messages.map((m) => m.ruleId)

/** Role and subject of the sentence that holds `phrase`, with the tags changed by `retag` first. */
function roleOf(text: string, phrase: string, retag: (tokens: Token[]) => void = () => {}): string {
  const {placeholders, broken} = scanPlaceholders(text)
  const facts = analyseText(parsePieces(text, placeholders), text, placeholders, broken)
  const tokens = tagText(text.slice(0, facts.signatureStart), placeholders)
  retag(tokens)
  const roles = analyseRoles(facts, tokens, linter.config.vocabulary, undefined, 'email')
  const at = text.indexOf(phrase)
  const s = roles.sentences.find((x) => x.start <= at && at < x.end)
  return s === undefined ? 'none' : `${s.role}/${s.subject}`
}

describe('a readiness that opens the clause is the writer offering, whatever tag its first word has', () => {
  const asNoun = (word: string) => (tokens: Token[]) => {
    for (const t of tokens) if (t.norm === word) t.pos = 'NOUN'
  }
  test.each([
    ['Hi Ana,\n\nI maintain the tide-table parser you forked.\n\nGlad to adjust the output format to your harbour feed.\n\nBest, Lee', 'Glad to', 'glad'],
    ['Hi Ana,\n\nI wrote the berth-booking plugin.\n\nHappy to port it to your marina software this month.\n\nBest, Lee', 'Happy to', 'happy'],
  ])('%#: read as the sender, also when the model calls the word a noun', (text, phrase, word) => {
    expect(roleOf(text, phrase)).toMatch(/\/sender$/)
    expect(roleOf(text, phrase, asNoun(word))).toMatch(/\/sender$/)
  })
})

describe('a funding stage before a plural of companies is a kind of company, not news of theirs', () => {
  test.each([
    'Hi Ana,\n\nMost heads of engineering at Series B companies are stuck choosing between speed and on-call sanity.\n\nWe built a rota tool for that. Worth a look?',
    'Hi Ana,\n\nEngineering leads at Series B companies keep telling me the on-call rota eats a day a week.\n\nWe built a rota tool for that. Worth a look?',
    'Hi Ana,\n\nPlenty of seed-stage startups we meet lose a week a month to manual invoicing.\n\nOur tool automates it. Worth a look?',
  ])('%#: nothing here is specific to this reader', (text) => {
    expect(ruleIds(text)).toContain('no-recipient-specifics')
  })

  test('the reader\'s own round is still news of theirs', () => {
    expect(ruleIds('Hi Ana,\n\nCongrats on closing your Series B last week.\n\nWe built a rota tool for growing on-call teams. Worth a look?')).not.toContain('no-recipient-specifics')
  })
})

describe("'the' and a noun of the sender's own pitch is the offering told, not a problem of the reader's peers", () => {
  const text =
    "Hi Ana,\n\nQuick intro: Tidecalc is a free app that tells skippers when they can clear the harbour bar.\n\nWhen it's not safe (fog, spring tides, gales), the app recommends waiting in port.\n\nThat's where {company} comes in: your brand could appear as the recommended chandlery at that exact moment.\n\nWould this be interesting?\n\nBest, Lee"
  test('the sender\'s app sentence raises no relevance', () => {
    expect(ruleIds(text)).toContain('no-recipient-specifics')
  })
  test.each([
    // No pitch before it.
    "Hi Ana,\n\nMost harbour offices I speak with spend every spring-tide morning re-checking mooring lines because the night logs slipped.\n\nIf that sounds familiar, how do you handle it?\n\nBest, Lee",
    // A pitch before it whose nouns the peers' sentence does not point back at ("the night logs" is no app).
    "Hi Ana,\n\nWe make a tide app.\n\nLast spring I ran the night desk at Brixham harbour.\n\nMost harbour offices I speak with spend every spring-tide morning re-checking mooring lines because the night logs slipped.\n\nIf that sounds familiar, how do you handle it?\n\nBest, Lee",
  ])('%#: a peer problem put to the reader still counts', (peers) => {
    expect(ruleIds(peers)).not.toContain('no-recipient-specifics')
  })
})
