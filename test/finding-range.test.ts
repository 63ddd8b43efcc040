/**
 * A finding covers one match, never the text between two (reliability #8): two boasts in one
 * sentence were one finding from the first to the last, and deleting it ("We're the #1 rated
 * platform and our award-winning suite has helped ..." -> "We're the #suite has helped ...") took
 * the words between with it.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {applyEdits, createLinter, type LintMessage, type RuleInput} from '../src/index.js'
import {cli, removeTemps, temp} from './cli-harness.js'

afterAll(removeTemps)

const linter = createLinter()
const of = (messages: LintMessage[], ruleId: string) =>
  messages.filter((m) => m.ruleId === ruleId).map((m) => ({actual: m.actual, start: m.start, end: m.end, suggestions: m.suggestions.map((s) => [s.start, s.end, s.replacement])}))

describe('one match, one finding', () => {
  test('two boasts in one sentence are two findings, each only its own words', () => {
    const text = "We're the #1 rated platform and our award-winning suite has helped 500 depots cut re-scans by 40%."
    expect(of(linter.lint(text).messages, 'company-boast')).toEqual([
      {actual: '1 rated platform', start: 11, end: 27, suggestions: [[11, 28, '']]},
      {actual: 'award-winning', start: 36, end: 49, suggestions: [[36, 50, '']]}
    ])
  })

  test('two pressures in one sentence are two findings', () => {
    const text = 'Saw your Leeds opening. This offer expires today and the price goes up tomorrow, so act now.'
    expect(of(linter.lint(text).messages, 'false-urgency')).toEqual([
      {actual: 'offer expires', start: 29, end: 42, suggestions: [[29, 43, '']]},
      {actual: 'act now', start: 84, end: 91, suggestions: [[84, 91, '']]}
    ])
  })

  test('taking every suggestion keeps the words between the matches', () => {
    const text = 'Your Leeds depot doubled its volume. Our award-winning team and our industry-leading support helped Acme cut returns by 20%.'
    const edits = linter.lint(text).messages.filter((m) => m.ruleId === 'company-boast').map((m) => m.suggestions[0])
    expect(applyEdits(text, edits).text).toBe('Your Leeds depot doubled its volume. Our team and our support helped Acme cut returns by 20%.')
  })

  test('rewrite drops each boast and keeps the sentence it stood in', () => {
    expect(linter.rewrite('Hi Jo,\n\nYour Leeds depot doubled its volume. Our industry-leading team and our best-in-class support helped Acme cut returns by 20%. Worth a look?')).toBe(
      'Hi Jo,\n\nYour Leeds depot doubled its volume. Our team and our support helped Acme cut returns by 20%. Worth a look?'
    )
    // Adjectives in a row still go together, with the comma between them.
    expect(linter.rewrite('Hi Jo,\n\nYour Leeds depot doubled its volume. Our award-winning, cutting-edge app cut re-scans at Acme by 40%. Worth a look?')).toBe(
      'Hi Jo,\n\nYour Leeds depot doubled its volume. Our app cut re-scans at Acme by 40%. Worth a look?'
    )
  })

  test('outreach-lint rewrite on a file: the words between two boasts stay', () => {
    const dir = temp()
    writeFileSync(join(dir, 'd.txt'), 'Hi Jo,\n\nYour Leeds depot doubled its volume. Our award-winning rostering tool and our industry-leading support helped Acme cut re-scans by 40%. Worth a look?\n\nAna\n')
    const r = cli(['rewrite', 'd.txt'], {cwd: dir})
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('Hi Jo,\n\nYour Leeds depot doubled its volume. Our rostering tool and our support helped Acme cut re-scans by 40%. Worth a look?\n\nAna\n')
  })

  test('perSentence reports only the first match of a sentence, and still only its words', () => {
    const rule = (perSentence: boolean): RuleInput => ({
      id: 'boast-word',
      category: 'product-centric',
      severity: 'warning',
      message: 'Boast: {match}.',
      why: 'Because.',
      check: 'phrase',
      patterns: ['award-winning', 'industry-leading'],
      perSentence,
      examples: {invalid: ['award-winning'], valid: ['plain']}
    })
    const text = 'Our award-winning team and our industry-leading support. Our industry-leading app.'
    const actual = (perSentence: boolean) => createLinter({noBuiltin: true, packs: [{rules: [rule(perSentence)]}]}).lint(text).messages.map((m) => m.actual)
    expect(actual(false)).toEqual(['award-winning', 'industry-leading', 'industry-leading'])
    expect(actual(true)).toEqual(['award-winning', 'industry-leading'])
  })
})
