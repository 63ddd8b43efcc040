/** lintSequence: each step linted at its position, the sequence rules over the whole, a score with deductions. */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {ConfigError} from '../src/rules/errors.js'
import {fixSequence, lintSequence, type SequenceInput} from '../src/sequence.js'

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
      ['sequence-sms-consent', 4, 1, 1, 0, 52, 'Sam, Ana here. Have 15 minutes for a call this week?'],
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

  test('a config sets the sequence rules beside the steps\' rules: off, a level, options', () => {
    const config = {
      rules: {
        'sequence-no-new-content': 'off',
        'sequence-sms-opt-out': 'warn',
        // E-mails half a day apart are fine for this team: step 2, a day on, is no longer too soon.
        'sequence-gap-too-short': ['error', {minDays: {email: 0.5}}],
        'empty-follow-up': 'off'
      }
    } as const
    const r = lintSequence(bad, {config})
    expect(r.messages.map((m) => [m.ruleId, m.step, m.severity])).toEqual([
      ['sequence-linkedin-before-connection', 3, 'error'],
      ['sequence-sms-consent', 4, 'error'],
      ['sequence-sms-opt-out', 4, 'warning']
    ])
    expect(r.steps.flatMap((s) => s.result!.messages.map((m) => m.ruleId))).not.toContain('empty-follow-up')
    // An option given replaces the rule's value of it whole, as a step rule's does: this minDays names
    // e-mail only, so a LinkedIn message a day on is no longer checked; with its own entry, it is.
    const steps = {steps: [bad.steps[0], {channel: 'linkedin-message', delay: '1d', text: 'Hi Sam, here is the rota checklist I mentioned: https://example.com/rota'}]} as SequenceInput
    const gaps = (c: typeof config | {rules: Record<string, unknown>}) => lintSequence(steps, {config: c as never}).messages.filter((m) => m.ruleId === 'sequence-gap-too-short').map((m) => m.message)
    expect(gaps(config)).toEqual([])
    expect(gaps({rules: {'sequence-gap-too-short': ['error', {minDays: {email: 0.5, 'linkedin-message': 2}}]}})).toEqual(['Step 2 (linkedin-message) goes out 1 day after the previous step; give it at least 2 days.'])
  })

  test.each([
    [{'sequence-nope': 'off'}, 'config: rules.sequence-nope: unknown sequence rule "sequence-nope" (one of sequence-escalating-pressure, sequence-gap-too-short, sequence-guilt-trip-break-up, sequence-linkedin-before-connection, sequence-no-new-content, sequence-repeated-pitch, sequence-repeated-sentence, sequence-same-ask, sequence-sms-consent, sequence-sms-opt-out, sequence-too-dense, sequence-too-long)'],
    [{'sequence-gap-too-short': 'loud'}, 'config: rules.sequence-gap-too-short: expected one of off, warn, warning, error, info, or [level, {options}]'],
    [{'sequence-gap-too-short': ['error', {minDay: 2}]}, 'config: rules.sequence-gap-too-short.minDay: unknown option of gap (one of minDays)'],
    [{'sequence-gap-too-short': ['error', {minDays: {fax: 2}}]}, 'config: rules.sequence-gap-too-short.minDays.fax: unknown channel (one of default, email, followup, linkedin-connect, linkedin-inmail, linkedin-message, sms, call)'],
    [{'sequence-too-dense': ['warn', {steps: 0}]}, 'config: rules.sequence-too-dense.steps: expected a number from 1'],
    [{'sequence-gap-too-short': ['error', 'soon']}, 'config: rules.sequence-gap-too-short: expected [level, {options}]: the options as key: value pairs']
  ])('a bad sequence rule setting in a config is one ConfigError naming the field: %j', (rules, error) => {
    expect(() => lintSequence(bad, {config: {rules: rules as never}})).toThrow(new ConfigError(error, 'config'))
  })

  test('a config for the steps and a linter are not given together', () => {
    expect(() => lintSequence(bad, {linter: createLinter(), config: {channel: 'sms'}})).toThrow("config: channel: the steps' settings are the given linter's; give a linter or a config for the steps, not both")
    // The sequence rules' settings alone go with any linter.
    expect(lintSequence(bad, {linter: createLinter(), config: {rules: {'sequence-no-new-content': 'off'}}}).messages.map((m) => m.ruleId)).not.toContain('sequence-no-new-content')
  })

  test('fixSequence replaces each bump with what the sequence lacks, each bump its own, and applies the steps\' safe fixes', () => {
    const input: SequenceInput = {
      steps: [
        {channel: 'email', subject: 'Re: Leeds rota', text: 'Hi Sam,\n\nI hope this email finds you well. Saw the Leeds depot doubled its night shift in May. How are you handling the rota changes?\n\nAna'},
        ...bad.steps.slice(1)
      ]
    }
    const fixed = fixSequence(input)
    expect(fixed.sequence.steps.map((s) => [s.subject, s.text])).toEqual([
      ['Leeds rota', 'Hi Sam,\n\nSaw the Leeds depot doubled its night shift in May. How are you handling the rota changes?\n\nAna'],
      [undefined, 'Hi Sam,\n\n[[One result a team like theirs got, with its number.]]\n\n[[A resource they can use without a call: a checklist, a benchmark, a short teardown. Offer to send it.]]\n\nAna'],
      [undefined, "Hi Sam, [[A new angle no earlier step took: a different problem of theirs, a recent change at their company, a peer's result.]]"],
      [undefined, '[[A different problem of theirs, one no earlier step named.]]']
    ])
    expect(fixed.changes.map((c) => [c.step, c.ruleId, c.field, c.before])).toEqual([
      [1, 'generic-opener', 'body', 'I hope this email finds you well. '],
      [1, 'fake-reply-subject', 'subject', 'Re: '],
      [2, 'sequence-no-new-content', 'body', 'Just bumping this to the top of your inbox. Any thoughts?'],
      [3, 'sequence-no-new-content', 'body', 'did you get a chance to read my emails?'],
      [4, 'sequence-no-new-content', 'body', 'Sam, Ana here. Have 15 minutes for a call this week?']
    ])
    // The fixed sequence, linted: the bumps are gone; the guide lines are for the writer to fill in.
    expect(fixed.result.messages.map((m) => [m.ruleId, m.step])).toEqual([
      ['sequence-gap-too-short', 2],
      ['sequence-linkedin-before-connection', 3],
      ['sequence-sms-consent', 4],
      ['sequence-sms-opt-out', 4]
    ])
    expect(fixed.result.steps[1].result!.messages.filter((m) => m.ruleId === 'unfilled-guide-line')).toHaveLength(2)
    // The input is left as it was, and fixing again changes nothing.
    expect(input.steps[1].text).toBe(bad.steps[1].text)
    expect(fixSequence(fixed.sequence).changes).toEqual([])
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
