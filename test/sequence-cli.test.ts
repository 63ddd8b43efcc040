/** `outreach-lint sequence`: YAML/JSON files, folders of numbered steps, CSV/JSONL exports; every format carries the step. */
import {existsSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {cli, removeTemps, root, temp} from './cli-harness.js'

const team = join(root, 'fixtures', 'sequences', 'team')
afterAll(removeTemps)

describe('outreach-lint sequence', () => {
  test('json: one object per sequence with its score, deductions, steps and findings, each with its step', () => {
    const r = cli(['sequence', '-f', 'json', join(team, 'bump-sequence.yaml')], {cwd: root})
    expect(r.status).toBe(1)
    const [seq] = JSON.parse(r.stdout) as Array<{id: string; score: number; days: number; steps: Array<{step: number; channel: string; lintedAs: string; day: number; messages: Array<{step: number; ruleId: string}>}>; messages: Array<{ruleId: string; step: number; start: number; end: number}>}>
    expect(seq.id).toBe('leeds-bump')
    expect(seq.days).toBe(7)
    expect(seq.steps.map((s) => [s.step, s.channel, s.lintedAs, s.day])).toEqual([
      [1, 'email', 'email', 0],
      [2, 'email', 'followup', 1],
      [3, 'linkedin-message', 'linkedin-inmail', 4],
      [4, 'sms', 'sms', 7]
    ])
    for (const s of seq.steps) for (const m of s.messages) expect(m.step).toBe(s.step)
    expect(seq.messages.map((m) => [m.ruleId, m.step, m.start, m.end])).toEqual([
      ['sequence-gap-too-short', 2, 9, 66],
      ['sequence-no-new-content', 2, 9, 66],
      ['sequence-linkedin-before-connection', 3, 8, 47],
      ['sequence-no-new-content', 3, 8, 47],
      ['sequence-no-new-content', 4, 0, 52],
      ['sequence-sms-opt-out', 4, 0, 52]
    ])
  })

  test('stylish, github, sarif and markdown name the step of every finding', () => {
    const file = join(team, 'bump-sequence.yaml')
    const stylish = cli(['sequence', file], {cwd: root}).stdout
    expect(stylish).toContain('fixtures/sequences/team/bump-sequence.yaml#step-2  score 42/100')
    expect(stylish).toContain('fixtures/sequences/team/bump-sequence.yaml#sequence  score 18/100')
    expect(stylish).toMatch(/1:1 +error +The first SMS of the sequence \(step 4\) does not say how to opt out/)
    const github = cli(['sequence', '-f', 'github', file], {cwd: root}).stdout
    expect(github).toContain('::warning file=fixtures/sequences/team/bump-sequence.yaml,line=1,title=sequence-no-new-content::[sequence] Step 2 adds nothing step 1 did not already say: it is a bump.')
    expect(github).toContain('title=empty-follow-up::[step-2] "Any thoughts" is a bump with nothing new in it.')
    const sarif = JSON.parse(cli(['sequence', '-f', 'sarif', file], {cwd: root}).stdout) as {runs: Array<{results: Array<{ruleId: string; message: {text: string}}>}>}
    const texts = sarif.runs[0].results.map((x) => `${x.ruleId}: ${x.message.text}`)
    expect(texts).toContain('sequence-sms-opt-out: [sequence] The first SMS of the sequence (step 4) does not say how to opt out (such as "Reply STOP to opt out").')
    expect(texts.filter((t) => t.startsWith('reply-chasing: [step-3]'))).toHaveLength(1)
    const markdown = cli(['sequence', '-f', 'markdown', file], {cwd: root}).stdout
    expect(markdown).toContain('bump-sequence.yaml#step-2')
    expect(markdown).toContain('bump-sequence.yaml#sequence')
  })

  test('a folder of numbered step files is one sequence; findings point into each step file', () => {
    const r = cli(['sequence', '-f', 'json', join(team, 'leeds-steps')], {cwd: root})
    const [seq] = JSON.parse(r.stdout) as Array<{id: string; steps: Array<{step: number; day: number}>; messages: Array<{ruleId: string; step: number}>}>
    expect(seq.id).toBe('leeds-steps')
    expect(seq.steps.map((s) => [s.step, s.day])).toEqual([
      [1, 0],
      [2, 3],
      [3, 8]
    ])
    expect(seq.messages.map((m) => [m.ruleId, m.step])).toEqual([
      ['sequence-no-new-content', 2],
      ['sequence-guilt-trip-break-up', 3],
      ['sequence-no-new-content', 3]
    ])
    // In stylish, a step's own findings are reported in its file, at the file's line (after the front matter).
    const stylish = cli(['sequence', join(team, 'leeds-steps')], {cwd: root}).stdout
    expect(stylish).toMatch(/fixtures\/sequences\/team\/leeds-steps\/02-bump\.md  score \d+\/100\n(?:.*\n)*? {2}7:45 +error +"Any thoughts" is a bump/)
  })

  test('CSV export with mapped columns: each sequence apart, a bad row is one line naming file, line and column, exit 2', () => {
    const r = cli(['sequence', '-f', 'json', '--field-sequence', 'seq_id', '--field-step', 'step_no', '--field-delay', 'wait', join(team, 'export.csv')], {cwd: root})
    expect(r.status).toBe(2)
    expect(r.stderr).toBe("outreach-lint: fixtures/sequences/team/export.csv: line 6 (sequence hull, step 3): wait 'soon' is not a duration like 2d or 36h\n")
    const out = JSON.parse(r.stdout) as Array<{id: string; steps: unknown[]; messages: Array<{ruleId: string; step: number}>}>
    expect(out.map((s) => [s.id, s.steps.length, s.messages.map((m) => `${m.ruleId}@${m.step}`)])).toEqual([['leeds', 2, ['sequence-no-new-content@2']]])
  })

  test('JSONL export, and bad input: one clear line each', () => {
    const dir = temp()
    writeFileSync(join(dir, 'rows.jsonl'), '{"sequence":"a","step":1,"text":"Hi Sam, how is the Leeds rota?"}\n{"sequence":"a","step":3,"text":"Hi again"}\n')
    writeFileSync(join(dir, 'bad.yaml'), 'steps:\n  - text: hi\n  - text: again\n    delay: soon\n')
    writeFileSync(join(dir, 'broken.yaml'), 'steps: [\n')
    const r = cli(['sequence', 'rows.jsonl', 'bad.yaml', 'broken.yaml', 'none.yaml'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'outreach-lint: rows.jsonl: sequence a: step 2 is missing (steps 1, 3)',
      "outreach-lint: bad.yaml: steps[1].delay 'soon' is not a duration like 2d or 36h",
      expect.stringMatching(/^outreach-lint: broken\.yaml: line \d+: /),
      'outreach-lint: none.yaml: no such file'
    ])
  })

  test('-o writes the report whole; a good sequence passes; --min-score fails a low one', () => {
    const dir = temp()
    const good = cli(['sequence', '-f', 'json', '-o', join(dir, 'report.json'), join(team, 'good-sequence.yaml')], {cwd: root})
    expect(good.status).toBe(0)
    expect(readdirSync(dir)).toEqual(['report.json'])
    const low = cli(['sequence', '--min-score', '97', join(team, 'good-sequence.yaml')], {cwd: root})
    expect(low.status).toBe(1)
    expect(low.stderr).toMatch(/^outreach-lint: 1 sequence below --min-score 97: fixtures\/sequences\/team\/good-sequence\.yaml#leeds-good \(\d+\)\n$/)
    // The report may not replace a sequence it lints.
    const clash = cli(['sequence', '-o', join(team, 'good-sequence.yaml'), join(team, 'good-sequence.yaml')], {cwd: root})
    expect(clash.status).toBe(2)
    expect(existsSync(join(team, 'good-sequence.yaml'))).toBe(true)
  })
})

test('explain shows a sequence rule: why, its thresholds and their basis, its example sequences', () => {
  const r = cli(['explain', 'sequence-gap-too-short'], {cwd: root})
  expect(r.status).toBe(0)
  expect(r.stdout).toContain('sequence-gap-too-short  (spammy, warning, a sequence rule: outreach-lint sequence)')
  expect(r.stdout).toContain('The team\'s judgement, not a measured figure')
  expect(r.stdout).toContain('      step 2 (email, after 1d): Hi Sam, Hull cut overtime by 18% after fixing their rota. Want their checklist? Ana')
})

test('a step file with a bad delay is one line naming the folder and the file; --quiet keeps errors only in JSON', () => {
  const dir = temp()
  const steps = join(dir, 'steps')
  mkdirSync(steps)
  writeFileSync(join(steps, '01-intro.md'), '---\nchannel: email\n---\nHi Sam, how is the Leeds rota since May?\n')
  writeFileSync(join(steps, '02-next.md'), '---\ndelay: soon\n---\nHi Sam, any thoughts?\n')
  const r = cli(['sequence', 'steps'], {cwd: dir})
  expect(r.status).toBe(2)
  expect(r.stderr).toBe("outreach-lint: steps: 02-next.md: delay 'soon' is not a duration like 2d or 36h\n")
  const quiet = JSON.parse(cli(['sequence', '-q', '-f', 'json', join(team, 'bump-sequence.yaml')], {cwd: root}).stdout) as Array<{steps: Array<{messages: Array<{severity: string}>}>; messages: Array<{severity: string}>}>
  const severities = new Set([...quiet[0].messages, ...quiet[0].steps.flatMap((s) => s.messages)].map((m) => m.severity))
  expect([...severities]).toEqual(['error'])
})

test('--rule sets a sequence rule\'s level (or off) and a step rule\'s, for every step', () => {
  const file = join(team, 'bump-sequence.yaml')
  const r = cli(['sequence', '-f', 'json', '--rule', 'sequence-no-new-content=off', '--rule', 'sequence-gap-too-short=error,empty-follow-up=off', file], {cwd: root})
  const [seq] = JSON.parse(r.stdout) as Array<{steps: Array<{messages: Array<{ruleId: string}>}>; messages: Array<{ruleId: string; severity: string}>}>
  expect(seq.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(['sequence-gap-too-short:error', 'sequence-linkedin-before-connection:error', 'sequence-sms-opt-out:error'])
  expect(seq.steps.flatMap((s) => s.messages.map((m) => m.ruleId))).not.toContain('empty-follow-up')
  const bad = cli(['sequence', '--rule', 'sequence-nope=off', file], {cwd: root})
  expect(bad.status).toBe(2)
  expect(bad.stderr).toBe('outreach-lint: --rule sequence-nope: unknown sequence rule (docs/sequences.md lists them)\n')
})
