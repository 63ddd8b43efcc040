/** lintSequence: each step linted at its position, the sequence rules over the whole, a score with deductions. */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {lintSequence, type SequenceInput} from '../src/sequence.js'

const bad: SequenceInput = {
  id: 'leeds',
  steps: [
    {channel: 'email', subject: 'Leeds rota', text: 'Hi Sam,\n\nSaw the Leeds depot doubled its night shift in May. How are you handling the rota changes?\n\nAna'},
    {channel: 'email', delay: '1d', text: 'Hi Sam,\n\nJust bumping this to the top of your inbox. Any thoughts?\n\nAna'},
    {channel: 'linkedin-message', delay: '3d', text: 'Hi Sam, did you get a chance to read my emails?'},
    {channel: 'sms', delay: '72h', text: 'Sam, Ana here. Have 15 minutes for a call this week?'}
  ]
}

describe('lintSequence', () => {
  const result = lintSequence(bad)

  test('each step is linted as its channel at its position: step 1 a first touch, later e-mails follow-ups', () => {
    expect(result.steps.map((s) => [s.step, s.channel, s.lintedAs, s.day])).toEqual([
      [1, 'email', 'email', 0],
      [2, 'email', 'followup', 1],
      [3, 'linkedin-message', 'linkedin-inmail', 4],
      [4, 'sms', 'sms', 7]
    ])
    // The bump is a follow-up finding of the single-message rules, with its step.
    const step2 = result.steps[1].result!.messages
    expect(step2.filter((m) => m.ruleId === 'empty-follow-up').map((m) => [m.step, m.actual])).toEqual([
      [2, 'top of your inbox'],
      [2, 'Any thoughts']
    ])
    for (const s of result.steps) for (const m of s.result!.messages) expect(m.step).toBe(s.step)
  })

  test('the sequence rules find exactly these, each with its step and range', () => {
    expect(result.messages.map((m) => [m.ruleId, m.step, m.line, m.column, m.start, m.end, m.actual])).toEqual([
      ['sequence-gap-too-short', 2, 3, 1, 9, 66, 'Just bumping this to the top of your inbox. Any thoughts?'],
      ['sequence-no-new-content', 2, 3, 1, 9, 66, 'Just bumping this to the top of your inbox. Any thoughts?'],
      ['sequence-linkedin-before-connection', 3, 1, 9, 8, 47, 'did you get a chance to read my emails?'],
      ['sequence-no-new-content', 3, 1, 9, 8, 47, 'did you get a chance to read my emails?'],
      ['sequence-no-new-content', 4, 1, 1, 0, 52, 'Sam, Ana here. Have 15 minutes for a call this week?'],
      ['sequence-sms-opt-out', 4, 1, 1, 0, 52, 'Sam, Ana here. Have 15 minutes for a call this week?']
    ])
    expect(result.messages[1].message).toBe('Step 2 adds nothing step 1 did not already say: it is a bump.')
  })

  test('a bump gets a rewrite that adds what the whole sequence is missing, as guide lines', () => {
    const [suggestion] = result.messages[1].suggestions
    // Step 1 observed something about them and asked a question: a result and a resource are missing.
    expect(suggestion).toEqual({
      message: 'Replace the bump with what the sequence has not given them yet: a result and a resource.',
      replacement: '[[One result a team like theirs got, with its number.]]\n\n[[A resource they can use without a call: a checklist, a benchmark, a short teardown. Offer to send it.]]',
      start: 9,
      end: 66
    })
  })

  test('the score is the steps\' mean score minus the sequence rules\' deductions', () => {
    const mean = result.steps.reduce((sum, s) => sum + s.result!.score, 0) / result.steps.length
    const ruleIds = result.deductions.map((d) => d.ruleId)
    expect(ruleIds).toContain('step-findings')
    expect(result.deductions.find((d) => d.ruleId === 'step-findings')!.points).toBeCloseTo(100 - mean, 1)
    expect(result.deductions.find((d) => d.ruleId === 'sequence-no-new-content')).toEqual({ruleId: 'sequence-no-new-content', severity: 'warning', count: 3, points: 12})
    const total = result.deductions.reduce((sum, d) => sum + d.points, 0)
    expect(result.score).toBe(Math.max(0, Math.round(100 - total)))
    expect(result.days).toBe(7)
  })

  test('a good sequence scores higher and has no sequence findings', () => {
    const good = lintSequence({
      steps: [
        {channel: 'linkedin-connect', text: 'Hi Sam, I work on warehouse rotas and liked your post on the Leeds night shift.'},
        {channel: 'email', delay: '2d', subject: 'Leeds night shift', text: 'Hi Sam,\n\nSaw the Leeds depot doubled its night shift in May. How are you handling the rota changes?\n\nAna'},
        {channel: 'linkedin-message', delay: '4d', text: 'Thanks for connecting, Sam. Hull cut overtime by 18% after moving pickers to fixed rotas. Want their numbers?'},
        {channel: 'email', delay: '5d', text: 'Hi Sam,\n\nHere is the checklist Hull used for the switch: https://example.com/rota-checklist\n\nAna'}
      ]
    })
    expect(good.messages).toEqual([])
    expect(good.score).toBeGreaterThan(result.score + 20)
  })

  test('a call step counts for the cadence but is not linted', () => {
    const r = lintSequence({steps: [{text: 'Hi Sam, how is the Leeds rota holding up since May?'}, {channel: 'call', delay: '1d', text: 'Ask about the rota.'}]})
    expect(r.steps[1]).toEqual({step: 2, channel: 'call', day: 1})
    expect(r.messages.map((m) => [m.ruleId, m.step])).toEqual([])
  })

  test('runs with a linter of a config: a step rule turned off is off in every step', () => {
    const linter = createLinter({rules: {'empty-follow-up': 'off'}})
    const r = lintSequence(bad, {linter})
    expect(r.steps.flatMap((s) => s.result!.messages.map((m) => m.ruleId))).not.toContain('empty-follow-up')
  })

  test.each([
    [{steps: []}, 'outreach-lint: sequence steps: the sequence has no steps'],
    [{steps: [{text: 'a'}, {text: 'b', delay: 'soon'}]}, "outreach-lint: sequence steps[1].delay 'soon' is not a duration like 2d or 36h"],
    [{steps: [{text: 'a', channel: 'fax'}]}, "outreach-lint: sequence steps[0].channel 'fax' is not a channel (one of email, followup, linkedin-connect, linkedin-inmail, linkedin-message, sms, call)"],
    [{steps: [{subject: 'x'}]}, 'outreach-lint: sequence steps[0].text: expected text, got undefined'],
    ['hello', 'outreach-lint: sequence expected an object with steps, got \'hello\'']
  ])('bad input: %j', (input, error) => {
    expect(() => lintSequence(input as never)).toThrow(new TypeError(error))
  })
})
