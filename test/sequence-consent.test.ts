/**
 * SMS consent (sequence-sms-consent): a sequence states the channels its recipient agreed to
 * (`consent: sms`), a step whether they agreed to its channel (`consent: true`), in YAML or JSON, a
 * step file's front matter and an export's consent column; an SMS step without it is reported.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {lintSequence, sequenceProblem, type SequenceInput} from '../src/sequence.js'
import {cli, removeTemps, temp} from './cli-harness.js'

afterAll(removeTemps)

const EMAIL = 'Hi Sam,\n\nSaw the Leeds depot doubled its night shift in May. How are you handling the rota?\n\nAna'
const SMS = "Sam, Ana from Rotafix: sent you Hull's rota numbers by e-mail. Reply STOP to opt out."

const consentFindings = (sequence: SequenceInput): Array<[number, string]> =>
  lintSequence(sequence)
    .messages.filter((m) => m.ruleId === 'sequence-sms-consent')
    .map((m) => [m.step, m.message])

describe('lintSequence', () => {
  test('an SMS step with no consent stated is reported once, at the first such step, with why', () => {
    const r = lintSequence({steps: [{text: EMAIL}, {channel: 'sms', delay: '3d', text: SMS}, {channel: 'sms', delay: '4d', text: SMS}]})
    const found = r.messages.filter((m) => m.ruleId === 'sequence-sms-consent')
    expect(found.map((m) => [m.step, m.severity, m.category, m.start, m.end])).toEqual([[2, 'error', 'spammy', 0, SMS.length]])
    expect(found[0].message).toBe('Step 2 is an SMS, but the sequence does not say the recipient agreed to be texted (state it with "consent: sms" once your CRM records it).')
    expect(found[0].why).toMatch(/^A marketing text to someone who never agreed to get texts from you/)
    expect(found[0].url).toMatch(/\/docs\/rules\/sequence-sms-consent\.md$/)
  })

  test.each([
    ['consent: sms', {consent: 'sms'}, []],
    ['consent: [email, sms]', {consent: ['email', 'sms']}, []],
    ['consent: email only', {consent: 'email'}, [2]],
    ['a step that says false, over the sequence', {consent: 'sms', stepConsent: [undefined, false, true]}, [2]],
    ['each SMS step says true', {stepConsent: [undefined, true, true]}, []],
    ['the second SMS step does not say', {stepConsent: [undefined, true, undefined]}, [3]]
  ] as const)('%s', (_name, given, steps) => {
    const sequence: SequenceInput = {
      ...('consent' in given ? {consent: given.consent as SequenceInput['consent']} : {}),
      steps: [{text: EMAIL}, {channel: 'sms', delay: '3d', text: SMS}, {channel: 'sms', delay: '4d', text: SMS}].map((s, i) => {
        const c = 'stepConsent' in given ? given.stepConsent[i] : undefined
        return c === undefined ? s : {...s, consent: c}
      }) as SequenceInput['steps']
    }
    expect(consentFindings(sequence).map(([step]) => step)).toEqual(steps)
  })

  test('the opt-out rule still wants its line when consent is stated', () => {
    const r = lintSequence({consent: 'sms', steps: [{text: EMAIL}, {channel: 'sms', delay: '3d', text: 'Sam, Ana from Rotafix: sent you the numbers.'}]})
    expect(r.messages.filter((m) => m.ruleId.startsWith('sequence-sms')).map((m) => [m.ruleId, m.step])).toEqual([['sequence-sms-opt-out', 2]])
  })

  test.each([
    [{consent: 'fax', steps: [{text: 'a'}]}, "consent: expected the channels the recipient agreed to, like sms or [sms, email] (one of email, followup, linkedin-connect, linkedin-inmail, linkedin-message, sms, call), got 'fax'"],
    [{consent: [], steps: [{text: 'a'}]}, 'consent: expected the channels the recipient agreed to, like sms or [sms, email] (one of email, followup, linkedin-connect, linkedin-inmail, linkedin-message, sms, call), got an array'],
    [{consent: true, steps: [{text: 'a'}]}, 'consent: expected the channels the recipient agreed to, like sms or [sms, email] (one of email, followup, linkedin-connect, linkedin-inmail, linkedin-message, sms, call), got boolean'],
    [{steps: [{text: 'a', consent: 'yes'}]}, "steps[0].consent: expected true or false (the recipient agreed to this step's channel), got 'yes'"]
  ])('a bad consent is one line naming the field: %o', (sequence, problem) => {
    expect(sequenceProblem(sequence)).toBe(problem)
  })
})

describe('outreach-lint sequence reads consent from every kind of input', () => {
  const found = (dir: string, args: string[]): string[] => {
    const r = cli(['sequence', '-f', 'json', ...args], {cwd: dir})
    return (JSON.parse(r.stdout) as Array<{id: string; messages: Array<{ruleId: string; step: number}>}>).map((s) => `${s.id ?? ''}:${s.messages.filter((m) => m.ruleId === 'sequence-sms-consent').map((m) => m.step).join(',')}`)
  }

  test('YAML and JSON: the sequence\'s consent and a step\'s', () => {
    const dir = temp()
    const steps = [
      {channel: 'email', text: EMAIL},
      {channel: 'sms', delay: '3d', text: SMS}
    ]
    writeFileSync(join(dir, 'seqs.json'), JSON.stringify({sequences: [{id: 'none', steps}, {id: 'seq', consent: 'sms', steps}, {id: 'step', steps: [steps[0], {...steps[1], consent: true}]}]}))
    writeFileSync(join(dir, 'one.yaml'), `id: yaml\nconsent: [email, sms]\nsteps:\n  - text: "${EMAIL.replace(/\n/g, '\\n')}"\n  - channel: sms\n    delay: 3d\n    text: "${SMS}"\n`)
    expect(found(dir, ['seqs.json', 'one.yaml'])).toEqual(['yaml:', 'none:2', 'seq:', 'step:'])
  })

  test('a step file\'s front matter', () => {
    const dir = temp()
    for (const [name, consent] of [['agreed', 'consent: true\n'], ['silent', '']]) {
      mkdirSync(join(dir, name))
      writeFileSync(join(dir, name, '01-intro.md'), EMAIL)
      writeFileSync(join(dir, name, '02-text.md'), `---\nchannel: sms\ndelay: 3d\n${consent}---\n${SMS}\n`)
    }
    expect(found(dir, ['agreed', 'silent'])).toEqual(['agreed:', 'silent:2'])
    writeFileSync(join(dir, 'silent', '02-text.md'), `---\nchannel: sms\ndelay: 3d\nconsent: sms\n---\n${SMS}\n`)
    const bad = cli(['sequence', 'silent'], {cwd: dir})
    expect([bad.status, bad.stderr]).toEqual([2, "outreach-lint: silent/02-text.md: consent: expected true or false (the recipient agreed to this step's channel), got 'sms'\n"])
  })

  test('an export\'s consent column: yes or no for the row\'s step, channels for the sequence; --field-consent maps it', () => {
    const dir = temp()
    const row = (seq: string, step: number, channel: string, consent: string) => `${seq},${step},${channel},${step === 1 ? '' : '3d'},"${(channel === 'sms' ? SMS : EMAIL).replace(/"/g, '""')}",${consent}`
    writeFileSync(
      join(dir, 'export.csv'),
      ['seq,step,channel,delay,body,opted_in', row('a', 1, 'email', ''), row('a', 2, 'sms', 'yes'), row('b', 1, 'email', 'sms'), row('b', 2, 'sms', 'sms'), row('c', 1, 'email', 'email'), row('c', 2, 'sms', ''), row('d', 1, 'email', 'sms'), row('d', 2, 'sms', 'no')].join('\n') + '\n'
    )
    expect(found(dir, ['--field-sequence', 'seq', '--field-consent', 'opted_in', 'export.csv'])).toEqual(['a:', 'b:', 'c:2', 'd:2'])
    // Without the mapping the column is not read: every SMS is without consent.
    expect(found(dir, ['--field-sequence', 'seq', 'export.csv'])).toEqual(['a:2', 'b:2', 'c:2', 'd:2'])
    writeFileSync(join(dir, 'rows.jsonl'), [{sequence: 'j', step: 1, body: EMAIL, consent: ['sms']}, {sequence: 'j', step: 2, channel: 'sms', delay: '3d', body: SMS}, {sequence: 'k', step: 1, body: EMAIL}, {sequence: 'k', step: 2, channel: 'sms', delay: '3d', body: SMS, consent: true}].map((r) => JSON.stringify(r)).join('\n') + '\n')
    expect(found(dir, ['rows.jsonl'])).toEqual(['j:', 'k:'])
    writeFileSync(join(dir, 'bad.csv'), ['sequence,step,channel,body,consent', 'x,1,email,Hi,', 'x,2,sms,Hi,maybe', 'y,1,email,Hi,'].join('\n') + '\n')
    const bad = cli(['sequence', 'bad.csv'], {cwd: dir})
    expect(bad.status).toBe(2)
    expect(bad.stderr).toBe('outreach-lint: bad.csv: line 3 (sequence x, step 2): consent: expected yes or no (for the step), or the channels the recipient agreed to, like sms or sms;email (one of email, followup, linkedin-connect, linkedin-inmail, linkedin-message, sms, call), got "maybe"\n')
  })
})
