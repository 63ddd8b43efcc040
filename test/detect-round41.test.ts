/**
 * docs/fresh-errors.md, round 20, class ROLE: the sender's own work, made or done and shown, read as
 * what it is. A made thing described with figures of its own make-up ("an open-source 7-layer
 * platform", "v0.2", "2010-2026") is the sender's pitch, not a result; a tool the sender used to an end
 * of their own ("I used Lean to check ...") is their method, their pitch. A figure that counts or
 * measures keeps a made thing a result, and the reader's thing put to use stays theirs. Drafts in
 * our own words.
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

/** The role of the sentence that holds `phrase`. */
function roleOf(text: string, phrase: string): string {
  const {placeholders, broken} = scanPlaceholders(text)
  const facts = analyseText(parsePieces(text, placeholders), text, placeholders, broken)
  const roles = analyseRoles(facts, tagText(text.slice(0, facts.signatureStart), placeholders), linter.config.vocabulary, undefined, 'email')
  const at = text.indexOf(phrase)
  const s = roles.sentences.find((x) => x.start <= at && at < x.end)
  return s?.role ?? 'none'
}

describe('a made thing described by its own figures is the sender pitching it', () => {
  test.each([
    ['Dear Dr Ortiz,\n\nI have released Tidewell, an open-source 3-stage pipeline that cleans tide-gauge records from 1990-2024.\n\nWould you look at it?', 'I have released'],
    ['Hi Sam,\n\nWe shipped Harbor (v2.1), a two-pane editor for port schedules with one shared audit log.\n\nWorth a look?', 'We shipped'],
    ['Hi Sam,\n\nLast month I built Quaylog — a 4-layer ledger for berth bookings.\n\nWorth a look?', 'I built'],
    ['Hello Professor Lee,\n\nWe recently implemented a verified parser for tide tables:\n- 3-pass checking\n- one schema for every port\n- open licence\n\nWould you review it?', 'We recently implemented'],
  ])('%#: the opening is a pitch', (text, phrase) => {
    expect(roleOf(text, phrase)).toBe('pitch')
    expect(ruleIds(text).some((id) => id === 'pitch-opening' || id === 'sender-first-opening')).toBe(true)
  })

  test.each([
    // A figure that counts or measures what it did: a result.
    ['Hi Sam,\n\nWe have built a ledger which now holds 40,000 berth bookings.\n\nWorth a look?', 'We have built'],
    ['Hi Sam,\n\nI have built 12 dashboards for harbour masters.\n\nWorth a look?', 'I have built'],
  ])('%#: a counted result stays proof', (text, phrase) => {
    expect(roleOf(text, phrase)).toBe('proof')
  })

  test.each([
    // Made for them, or a wish or a plan: nothing shown.
    ['Hi Sam,\n\nI built you a 2-page map of your berths.\n\nWant it?', 'I built'],
    ["Hi Sam,\n\nI'd love to build a 3-layer ledger for your port.\n\nWorth a chat?", "I'd love"],
  ])('%#: not the sender showing their work', (text, phrase) => {
    expect(roleOf(text, phrase)).not.toBe('pitch')
  })
})

describe('a tool the sender used to an end of their own is their method', () => {
  test.each([
    ['Hi team,\n\nI used Lean to check every lemma of our scheduler.\n\nWould a write-up help your users?', 'I used'],
    ['Hi team,\n\nWe have used Rust to rewrite the parser, and it is open source.\n\nWorth a look?', 'We have used'],
    ['Hi team,\n\nLast spring we used a small GPU cluster to train a 7B tide model:\n- 3 ports\n- 2 seasons\n- one open benchmark\n\nWorth a look?', 'we used'],
  ])('%#: a pitch of the sender', (text, phrase) => {
    expect(roleOf(text, phrase)).toBe('pitch')
  })

  test.each([
    // The reader's thing put to use, a wish, a question to them, a result for a named client.
    ['Hi Sam,\n\nI used your tide dataset to train a model for my thesis.\n\nThank you for publishing it.', 'I used'],
    ["Hi Sam,\n\nI used Harbourline's open data to map late ferries.\n\nThank you for publishing it.", 'I used'],
    ["Hi Sam,\n\nI'd use Lean to check the scheduler if I had the time.\n\nAny tips?", "I'd use"],
    ['Hi Sam,\n\nHave you used Lean to check a scheduler?\n\nCurious.', 'Have you used'],
    ['Hi Sam,\n\nWe used our tool to cut berth waits for Portwell by 30%.\n\nWorth a look?', 'We used'],
  ])('%#: not the sender pitching their method', (text, phrase) => {
    expect(roleOf(text, phrase)).not.toBe('pitch')
  })
})

describe('the rewrite keeps the figure of a list pitch\'s lead-in', () => {
  test('the lead-in figure stays in the guide line, without the words that lead into the items', () => {
    const text = 'Hi team,\n\nI used Lean to verify a 40-module port scheduler through:\n- 212 checked lemmas\n- 0 open goals\n- 3 ports in daily use\n\nWould a case study interest you?\n\nBest,\nAna'
    const out = linter.rewrite({text}).text
    expect(out).toContain('40-module port scheduler;')
    expect(out).toContain('212 checked lemmas')
  })
})

describe('a fronted phrase of time or place without its comma is not the subject', () => {
  test.each([
    ['Hi Sam,\n\nLast month I built Quaylog — a 4-layer ledger for berth bookings.\n\nWorth a look?', 'Last month'],
    ['Hi Sam,\n\nIn 2024 we released Tidewell, an open tide-gauge cleaner.\n\nWorth a look?', 'In 2024'],
    ['Hi Sam,\n\nAt the harbour office I built Berthwise (v1.3), a planner for night shifts.\n\nWorth a look?', 'At the harbour'],
  ])('%#: the sender is the subject, telling their own work', (text, phrase) => {
    expect(['pitch', 'self-intro']).toContain(roleOf(text, phrase))
  })

  test.each([
    // The pronoun's clause qualifies the fronted noun: "teams I talk to" is who the sentence is about.
    ["Hi Sam,\n\nFor most teams I talk to, it's 5 hours a week of manual berth planning.\n\nSound familiar?", 'For most teams'],
    ['Hi Sam,\n\nIn the ports we have looked at, the slowest step is the night handover.\n\nSound familiar?', 'In the ports'],
  ])('%#: not the sender pitching', (text, phrase) => {
    expect(roleOf(text, phrase)).not.toBe('pitch')
  })
})

describe('the sender\'s product pointed back at is at work, not looking at the reader', () => {
  test.each([
    ['Hi [Name],\n\nI built Tallyline, a till counter for market stalls. It catches miscounts before closing.\n\nWorth a look?', 'It catches'],
    ['Hi Sam,\n\nWe made Driftwatch for harbour sensors. This spots drift in the readings overnight.\n\nWant a look?', 'This spots'],
  ])('%#: no observation of theirs', (text, phrase) => {
    expect(roleOf(text, phrase)).not.toBe('observation')
  })

  test.each([
    // The writer looking: still an observation of theirs.
    ['Hi Sam,\n\nI built Tallyline for market stalls. I noticed your stall moved to the Saturday market last month.\n\nWorth a look?', 'I noticed'],
  ])('%#: the writer still observes', (text, phrase) => {
    expect(roleOf(text, phrase)).toBe('observation')
  })
})
