/**
 * A salutation alone on the first line ("To the A2A Project team,", "To the IETF Secretariat,") is the
 * greeting, so the sentence after it is the opening the opening rules read (judged round 31 and round
 * 23's misses: taken as the opening, it hid a sender-first first sentence).
 */
import {expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const ids = (text: string) => linter.lint({text, channel: 'email'}).messages.map((m) => m.ruleId)

test('the first sentence after "To the ... team," is the opening: a sender-first one is reported', () => {
  const text = 'To the Northwind Platform team,\n\nI have been building an open-source scheduler that fills several gaps your queue leaves open.\n\nWould a short comparison be useful?\n\nBest,\nSam'
  expect(ids(text)).toContain('sender-first-opening')
  const opening = linter.lint({text, channel: 'email'}).messages.find((m) => m.ruleId === 'sender-first-opening')!
  expect(opening.actual).toBe('I have been building')
})

test('"To whom it may concern," on its own line is the greeting too', () => {
  expect(ids('To whom it may concern,\n\nI have been building an open-source scheduler for depots.\n\nWould a short comparison be useful?')).toContain('sender-first-opening')
})
