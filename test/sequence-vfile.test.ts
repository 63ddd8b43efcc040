/** Sequences through the vfile API: one vfile per step, each with the findings that point into it, as vfile messages. */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {parse} from 'yaml'
import {root} from './cli-harness.js'
import {lintSequence, sequenceToVFiles, type SequenceInput, type StepFileData} from '../src/sequence.js'

// A bump the next day, a LinkedIn message with no connection, an SMS without an opt-out line.
const bad = parse(readFileSync(join(root, 'fixtures', 'sequences', 'team', 'bump-sequence.yaml'), 'utf8')) as SequenceInput

const filesOf = (sequence: SequenceInput): VFile[] => sequence.steps.map((s, i) => new VFile({path: `leeds.yaml#step-${i + 1}`, value: s.text}))
const shown = (file: VFile): string[] =>
  file.messages.map((m) => `${m.line}:${m.column}-${m.place && 'end' in m.place ? `${m.place.end.line}:${m.place.end.column}` : ''} ${m.fatal ? 'error' : 'warning'} ${m.ruleId} ${m.source}`)

test('each step file gets its step rules\' findings, then the sequence rules\' findings that point into it', () => {
  const result = lintSequence(bad)
  const files = sequenceToVFiles(result, filesOf(bad))
  expect(files.map((f) => f.messages.length)).toEqual([0, 7, 5, 7])
  expect(shown(files[1])).toEqual([
    '3:1-3:44 warning no-recipient-specifics outreach-lint',
    '3:1-3:57 error interrupt-then-pitch outreach-lint',
    '3:6-3:43 error reply-chasing outreach-lint',
    '3:26-3:43 error empty-follow-up outreach-lint',
    '3:45-3:57 error empty-follow-up outreach-lint',
    '3:1-3:58 warning sequence-gap-too-short outreach-lint',
    '3:1-3:58 warning sequence-no-new-content outreach-lint'
  ])
  expect(shown(files[3]).slice(-3)).toEqual(['1:1-1:53 warning sequence-no-new-content outreach-lint', '1:1-1:53 error sequence-sms-consent outreach-lint', '1:1-1:53 error sequence-sms-opt-out outreach-lint'])
  // A sequence finding carries what a draft's does: the reason, why, the page, what it replaces and with what.
  const bump = files[1].messages.find((m) => m.ruleId === 'sequence-no-new-content')!
  const finding = result.messages.find((m) => m.ruleId === 'sequence-no-new-content' && m.step === 2)!
  expect([bump.reason, bump.note, bump.url, bump.actual, bump.expected]).toEqual([finding.message, finding.why, finding.url, finding.actual, finding.suggestions.map((s) => s.replacement)])
  expect(bump.url).toMatch(/\/docs\/rules\/sequence-no-new-content\.md$/)
  expect(bump.place).toEqual({start: {line: 3, column: 1, offset: 9}, end: {line: 3, column: 58, offset: 66}})
  // The places count in the step's text, the file's value.
  expect(String(files[1].value).slice(9, 66)).toBe('Just bumping this to the top of your inbox. Any thoughts?')
  // Every finding of the sequence is on one file, and only once.
  const all = [...result.steps.flatMap((s) => s.result?.messages ?? []), ...result.messages]
  expect(files.flatMap((f) => f.messages).length).toBe(all.length)
})

test('file.data.outreachLint: the step, its score and deductions, and the sequence\'s', () => {
  const result = lintSequence(bad)
  const files = sequenceToVFiles(result, filesOf(bad))
  const data = files.map((f) => f.data.outreachLint as StepFileData)
  expect(data.map((d) => [d.step, d.channel, d.lintedAs, d.day, d.score])).toEqual([
    [1, 'email', 'email', 0, 100],
    [2, 'email', 'followup', 1, 42],
    [3, 'linkedin-message', 'linkedin-inmail', 4, 64],
    [4, 'sms', 'sms', 7, 57]
  ])
  expect(data[1].deductions).toEqual(result.steps[1].result!.deductions)
  for (const d of data) expect(d.sequence).toEqual({id: 'leeds-bump', score: result.score, deductions: result.deductions, days: 7})
})

test('a call step (not linted) has no score; a subject finding has no place and says "Subject:"; a clean step has no message', () => {
  const sequence: SequenceInput = {
    steps: [
      {subject: 'Re: Leeds rota', text: 'Hi Sam,\n\nSaw the Leeds depot doubled its night shift in May. How are you handling the rota changes?\n\nAna'},
      {channel: 'call', delay: '3d', text: 'Call Sam about the rota.'}
    ]
  }
  const files = sequenceToVFiles(lintSequence(sequence), filesOf(sequence))
  const subject = files[0].messages.find((m) => m.ruleId === 'fake-reply-subject')!
  expect([subject.reason.startsWith('Subject: '), subject.place]).toEqual([true, undefined])
  expect(files[1].messages).toEqual([])
  expect(files[1].data.outreachLint).toEqual({step: 2, channel: 'call', day: 3, sequence: {score: lintSequence(sequence).score, deductions: lintSequence(sequence).deductions, days: 3}})
})

test('one file per step, or a TypeError', () => {
  expect(() => sequenceToVFiles(lintSequence(bad), filesOf(bad).slice(1))).toThrow(new TypeError('outreach-lint: sequenceToVFiles: 3 files for 4 steps (one file per step)'))
})
