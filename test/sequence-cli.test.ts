/** `outreach-lint sequence`: YAML/JSON files, folders of numbered steps, CSV/JSONL exports; every format carries the step. */
import {existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
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
      ['sequence-sms-consent', 4, 0, 52],
      ['sequence-sms-opt-out', 4, 0, 52]
    ])
  })

  test('stylish, github, sarif and markdown name the step of every finding', () => {
    const file = join(team, 'bump-sequence.yaml')
    const stylish = cli(['sequence', file], {cwd: root}).stdout
    expect(stylish).toContain('fixtures/sequences/team/bump-sequence.yaml#step-2  score 42/100')
    expect(stylish).toContain('fixtures/sequences/team/bump-sequence.yaml#sequence  score 3/100')
    expect(stylish).toMatch(/1:1 +error +The first SMS of the sequence \(step 4\) does not say how to opt out/)
    expect(stylish).toMatch(/1:1 +error +Step 4 is an SMS, but the sequence does not say the recipient agreed to be texted \(state it with "consent: sms" once your CRM records it\)\. +sequence-sms-consent/)
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
    // In path order, like the drafts' walk.
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      "outreach-lint: bad.yaml: steps[1].delay 'soon' is not a duration like 2d or 36h",
      expect.stringMatching(/^outreach-lint: broken\.yaml: line \d+: /),
      'outreach-lint: none.yaml: no such file or folder',
      'outreach-lint: rows.jsonl: sequence a: step 2 is missing (steps 1, 3)'
    ])
  })

  test('-o writes the report whole; a good sequence passes; --min-score fails a low one', () => {
    const dir = temp()
    const good = cli(['sequence', '-f', 'json', '-o', join(dir, 'report.json'), join(team, 'good-sequence.yaml')], {cwd: root})
    expect(good.status).toBe(0)
    expect(readdirSync(dir)).toEqual(['report.json'])
    const low = cli(['sequence', '--min-score', '100', join(team, 'good-sequence.yaml')], {cwd: root})
    expect(low.status).toBe(1)
    expect(low.stderr).toMatch(/^outreach-lint: 1 sequence below --min-score 100: fixtures\/sequences\/team\/good-sequence\.yaml#leeds-good \(\d+\)\n$/)
    // The report may not replace a sequence it lints.
    const clash = cli(['sequence', '-o', join(team, 'good-sequence.yaml'), join(team, 'good-sequence.yaml')], {cwd: root})
    expect(clash.status).toBe(2)
    expect(existsSync(join(team, 'good-sequence.yaml'))).toBe(true)
  })
})

describe('a folder of sequences: walked like a folder of drafts', () => {
  const FIRST = 'Hi Sam,\n\nSaw the Leeds depot doubled its night shift in May. How are you handling the rota changes?\n\nAna'
  const NEXT = 'Hi Sam,\n\nHull cut overtime by 18% after moving pickers to fixed rotas. Want their checklist?\n\nAna'
  const twoSteps = `steps:\n  - text: ${JSON.stringify(FIRST)}\n  - delay: 3d\n    text: ${JSON.stringify(NEXT)}\n`
  /** A library: sequence files, folders of step files (one nested in another), what is not a sequence, what is ignored, two bad ones. */
  function library(): string {
    const dir = temp()
    const files: Record<string, string> = {
      '.outreachlintignore': 'archive/\n',
      'archive/old.yaml': twoSteps,
      'node_modules/pkg/seq.yaml': twoSteps,
      '.old/seq.yaml': twoSteps,
      'labels.yaml': 'leeds-good: {bump: false}\n',
      'drafts.csv': 'id,body\na,"Hi Sam, any thoughts?"\n',
      'team/one.yaml': twoSteps,
      'team/export.jsonl':
        '{"sequence":"hull","step":1,"text":"Hi Kim, saw the Hull depot added a night shift. How is the rota?"}\n{"sequence":"hull","step":2,"delay":"3d","text":"Hi Kim, Leeds cut overtime by 18% with fixed rotas. Want the checklist?"}\n',
      'team/steps/01-intro.md': `---\nsubject: Leeds rota\n---\n${FIRST}\n`,
      'team/steps/02-next.md': `---\ndelay: 3d\n---\n${NEXT}\n`,
      'team/steps/README.md': 'Notes on this sequence.\n',
      'team/steps/nested/01-a.md': `${FIRST}\n`,
      'broken/bad.yaml': 'steps:\n  - text: hi\n  - text: again\n    delay: soon\n',
      'broken/steps/01-x.md': `${FIRST}\n`,
      'broken/steps/02-y.md': '---\ndelay: soon\n---\nHi\n'
    }
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), {recursive: true})
      writeFileSync(join(dir, name), text)
    }
    return dir
  }

  test('each sequence file and each folder of step files is a sequence; the summary counts sequences and steps; a bad one is one line', () => {
    const dir = library()
    const r = cli(['sequence', '.'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stdout).toBe(
      [
        'team/one.yaml#step-2  score 94/100',
        '  3:1  warning  Nothing here is specific to this reader; it could go to anyone on the list.  no-recipient-specifics',
        '',
        'team/steps/02-next.md  score 94/100',
        '  6:1  warning  Nothing here is specific to this reader; it could go to anyone on the list.  no-recipient-specifics',
        '',
        '✖ 2 problems (0 errors, 2 warnings) in 4 sequences (7 steps); 2 input errors (see above)',
        ''
      ].join('\n')
    )
    expect(r.stderr).toBe(
      [
        "outreach-lint: broken/bad.yaml: steps[1].delay 'soon' is not a duration like 2d or 36h",
        "outreach-lint: broken/steps/02-y.md: delay 'soon' is not a duration like 2d or 36h",
        // An export without the sequence and step columns is passed by, and the run says so (it may be a sequence export whose columns are not mapped).
        'outreach-lint: drafts.csv: passed by: not a sequence export: no "sequence" or "step" column (map them with --field-sequence and --field-step)',
        ''
      ].join('\n')
    )
    const json = JSON.parse(cli(['sequence', '-f', 'json', 'team'], {cwd: dir}).stdout) as Array<{filePath: string; id?: string; steps: unknown[]}>
    expect(json.map((s) => [s.filePath, s.id, s.steps.length])).toEqual([
      ['team/export.jsonl', 'hull', 2],
      ['team/one.yaml', undefined, 2],
      ['team/steps', 'steps', 2],
      ['team/steps/nested', 'nested', 1]
    ])
  })

  test('the ignore file, --ignore-path and --no-ignore, as for drafts; a clean folder', () => {
    const dir = library()
    writeFileSync(join(dir, 'ignore-broken'), 'broken/\n')
    const clean = cli(['sequence', '--ignore-path', 'ignore-broken', '-q', '.'], {cwd: dir})
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, '✔ no problems in 5 sequences (9 steps)\n', 'outreach-lint: drafts.csv: passed by: not a sequence export: no "sequence" or "step" column (map them with --field-sequence and --field-step)\n'])
    const all = JSON.parse(cli(['sequence', '--no-ignore', '-f', 'json', '.'], {cwd: dir}).stdout) as Array<{filePath: string}>
    expect(all.map((s) => s.filePath)).toEqual(['archive/old.yaml', 'team/export.jsonl', 'team/one.yaml', 'team/steps', 'team/steps/nested'])
  })

  test('an export whose columns are mapped is read with the mapping; unmapped, it is passed by with one line naming it and why', () => {
    const dir = temp()
    mkdirSync(join(dir, 'lib'))
    writeFileSync(join(dir, 'lib', 'export.csv'), `seq_id,step_no,wait,body\nhull,1,,${JSON.stringify(FIRST)}\nhull,2,3d,${JSON.stringify(NEXT)}\n`)
    const unmapped = cli(['sequence', 'lib'], {cwd: dir})
    expect([unmapped.status, unmapped.stdout]).toEqual([2, '✖ no problems in 0 sequences (0 steps); 1 input error (see above)\n'])
    expect(unmapped.stderr).toBe(
      'outreach-lint: lib: no sequences in this folder (YAML, JSON, CSV or JSONL sequence files, or folders of numbered step files: 01-intro.md, 02-follow-up.md, ...)\n' +
        'outreach-lint: lib/export.csv: passed by: not a sequence export: no "sequence" or "step" column (map them with --field-sequence and --field-step)\n'
    )
    const mapped = cli(['sequence', '-f', 'json', '--field-sequence', 'seq_id', '--field-step', 'step_no', '--field-delay', 'wait', 'lib'], {cwd: dir})
    expect(mapped.stderr).toBe('')
    expect((JSON.parse(mapped.stdout) as Array<{filePath: string; id: string; days: number}>).map((s) => [s.filePath, s.id, s.days])).toEqual([['lib/export.csv', 'hull', 3]])
  })

  test('named by itself, what holds no sequence is an input error, each one line naming it', () => {
    const dir = library()
    mkdirSync(join(dir, 'empty'))
    const r = cli(['sequence', 'none.yaml', 'empty', 'labels.yaml', 'drafts.csv', 'team/steps/README.md', 'x/*.yaml'], {cwd: dir})
    expect([r.status, r.stdout]).toEqual([2, '✖ no problems in 0 sequences (0 steps); 6 input errors (see above)\n'])
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'outreach-lint: drafts.csv: not a sequence export: no "sequence" or "step" column (map them with --field-sequence and --field-step)',
      'outreach-lint: empty: no sequences in this folder (YAML, JSON, CSV or JSONL sequence files, or folders of numbered step files: 01-intro.md, 02-follow-up.md, ...)',
      'outreach-lint: labels.yaml: not a sequence (expected {steps: [{channel, delay, text}]}, a list of those, or {sequences: [...]})',
      'outreach-lint: none.yaml: no such file or folder',
      'outreach-lint: team/steps/README.md: not a sequence (expected .yaml, .yml, .json, .csv, .jsonl, or a folder of numbered step files)',
      'outreach-lint: x/*.yaml: no files match this pattern'
    ])
  })
})

test('rules lists the sequence rules after the drafts\' rules, marked as sequence rules in the table and in JSON', () => {
  const table = cli(['rules'], {cwd: root})
  expect(table.status).toBe(0)
  const [drafts, sequences, total] = table.stdout.split('\n\n')
  expect(drafts).not.toMatch(/^sequence-/m)
  expect(sequences.split('\n')[0]).toMatch(/^sequence rule +category +severity +check$/)
  expect(sequences).toMatch(/^sequence-gap-too-short +spammy +warning +gap$/m)
  expect(sequences.split('\n').filter((l) => l.startsWith('sequence-')).length).toBe(12)
  expect(total).toMatch(/^\d+ rules, and 12 sequence rules \(run over whole sequences by `outreach-lint sequence`\)/)
  const json = JSON.parse(cli(['rules', '--format', 'json'], {cwd: root}).stdout) as Array<{id: string; kind: string; check?: string; url: string}>
  const listed = json.filter((r) => r.kind === 'sequence')
  expect(listed.length).toBe(12)
  expect(listed.every((r) => r.id.startsWith('sequence-') && r.check && r.url.endsWith(`/docs/rules/${r.id}.md`))).toBe(true)
  expect(json.filter((r) => r.kind !== 'sequence').every((r) => r.kind === 'draft' && !r.id.startsWith('sequence-'))).toBe(true)
  // The config's settings apply: a sequence rule turned off is not listed.
  const dir = temp()
  writeFileSync(join(dir, 'off.json'), JSON.stringify({rules: {'sequence-too-dense': 'off'}}))
  const off = JSON.parse(cli(['rules', '-f', 'json', '-c', 'off.json'], {cwd: dir}).stdout) as Array<{id: string}>
  expect(off.map((r) => r.id)).not.toContain('sequence-too-dense')
  expect(off.map((r) => r.id)).toContain('sequence-too-long')
})

test('explain shows a sequence rule: why, its thresholds and their basis, its example sequences', () => {
  const r = cli(['explain', 'sequence-gap-too-short'], {cwd: root})
  expect(r.status).toBe(0)
  expect(r.stdout).toContain('sequence-gap-too-short  (spammy, warning, a sequence rule: outreach-lint sequence)')
  expect(r.stdout).toContain('linkedin-inmail: 3 days. LinkedIn Recruiter lets a follow-up InMail go out no sooner than about 72 hours after the first')
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
  expect(r.stderr).toBe("outreach-lint: steps/02-next.md: delay 'soon' is not a duration like 2d or 36h\n")
  const quiet = JSON.parse(cli(['sequence', '-q', '-f', 'json', join(team, 'bump-sequence.yaml')], {cwd: root}).stdout) as Array<{steps: Array<{messages: Array<{severity: string}>}>; messages: Array<{severity: string}>}>
  const severities = new Set([...quiet[0].messages, ...quiet[0].steps.flatMap((s) => s.messages)].map((m) => m.severity))
  expect([...severities]).toEqual(['error'])
})

test('--rule sets a sequence rule\'s level (or off) and a step rule\'s, for every step', () => {
  const file = join(team, 'bump-sequence.yaml')
  const r = cli(['sequence', '-f', 'json', '--rule', 'sequence-no-new-content=off', '--rule', 'sequence-gap-too-short=error,empty-follow-up=off', file], {cwd: root})
  const [seq] = JSON.parse(r.stdout) as Array<{steps: Array<{messages: Array<{ruleId: string}>}>; messages: Array<{ruleId: string; severity: string}>}>
  expect(seq.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(['sequence-gap-too-short:error', 'sequence-linkedin-before-connection:error', 'sequence-sms-consent:error', 'sequence-sms-opt-out:error'])
  expect(seq.steps.flatMap((s) => s.messages.map((m) => m.ruleId))).not.toContain('empty-follow-up')
  const bad = cli(['sequence', '--rule', 'sequence-nope=off', file], {cwd: root})
  expect(bad.status).toBe(2)
  expect(bad.stderr).toBe(
    'outreach-lint: --rule: rules.sequence-nope: unknown sequence rule "sequence-nope" (one of sequence-escalating-pressure, sequence-gap-too-short, sequence-guilt-trip-break-up, sequence-linkedin-before-connection, sequence-no-new-content, sequence-repeated-pitch, sequence-repeated-sentence, sequence-same-ask, sequence-sms-consent, sequence-sms-opt-out, sequence-too-dense, sequence-too-long)\n'
  )
})

test('a level-only --rule keeps the options the config gave the rule: sequence rules and step rules, in sequence and draft runs alike', () => {
  const dir = temp()
  writeFileSync(join(dir, 'bump.yaml'), readFileSync(join(team, 'good-sequence.yaml')))
  writeFileSync(join(dir, 'draft.txt'), 'Hi Sam,\n\nSaw the Leeds depot doubled its night shift in May. How are you handling the rota changes?\n')
  writeFileSync(join(dir, '.outreachlintrc.yaml'), 'rules:\n  sequence-gap-too-short: [warn, {minDays: {email: 10}}]\n  too-long: [warn, {max: {default: 5}}]\n')
  const found = (args: string[]): string[] => {
    const [seq] = JSON.parse(cli(['sequence', '-f', 'json', ...args, 'bump.yaml'], {cwd: dir}).stdout) as Array<{steps: Array<{messages: Array<{ruleId: string; severity: string}>}>; messages: Array<{ruleId: string; severity: string}>}>
    return [...seq.steps.flatMap((s) => s.messages), ...seq.messages].filter((m) => m.ruleId === 'sequence-gap-too-short' || m.ruleId === 'too-long').map((m) => `${m.ruleId}:${m.severity}`)
  }
  const configured = found([])
  expect(configured.length).toBeGreaterThan(1)
  expect(new Set(configured)).toEqual(new Set(['sequence-gap-too-short:warning', 'too-long:warning']))
  // The same findings at the new level: the thresholds (10 days, 5 words) are the config's still.
  expect(found(['--rule', 'sequence-gap-too-short=error,too-long=error'])).toEqual(configured.map((f) => f.replace(':warning', ':error')))
  expect(found(['--rule', 'sequence-gap-too-short=off,too-long=off'])).toEqual([])
  const draft = (args: string[]) => (JSON.parse(cli(['-f', 'json', ...args, 'draft.txt'], {cwd: dir}).stdout) as Array<{messages: Array<{ruleId: string; severity: string}>}>)[0].messages.filter((m) => m.ruleId === 'too-long').map((m) => m.severity)
  expect(draft([])).toEqual(['warning'])
  expect(draft(['--rule', 'too-long=error'])).toEqual(['error'])
})

test('a config file sets the sequence rules beside the step rules: off, a level, options; a bad value is one line naming the file and field', () => {
  const dir = temp()
  writeFileSync(join(dir, 'bump.yaml'), readFileSync(join(team, 'bump-sequence.yaml')))
  writeFileSync(join(dir, 'draft.txt'), 'Hi Sam, just bumping this. Any thoughts?\n')
  const config = join(dir, '.outreachlintrc.yaml')
  writeFileSync(config, 'rules:\n  sequence-no-new-content: off\n  sequence-sms-opt-out: warn\n  sequence-gap-too-short: [error, {minDays: {email: 0.5}}]\n  empty-follow-up: off\n')
  const r = cli(['sequence', '-f', 'json', 'bump.yaml'], {cwd: dir})
  expect(r.stderr).toBe('')
  const [seq] = JSON.parse(r.stdout) as Array<{steps: Array<{messages: Array<{ruleId: string}>}>; messages: Array<{ruleId: string; severity: string; step: number}>}>
  expect(seq.messages.map((m) => `${m.ruleId}:${m.severity}@${m.step}`)).toEqual(['sequence-linkedin-before-connection:error@3', 'sequence-sms-consent:error@4', 'sequence-sms-opt-out:warning@4'])
  expect(seq.steps.flatMap((s) => s.messages.map((m) => m.ruleId))).not.toContain('empty-follow-up')
  // The same config lints single drafts: its sequence rules are not the drafts' rules, and not an error.
  const draft = cli(['-f', 'json', 'draft.txt'], {cwd: dir})
  expect(draft.stderr).toBe('')
  expect((JSON.parse(draft.stdout) as Array<{messages: Array<{ruleId: string}>}>)[0].messages.map((m) => m.ruleId)).not.toContain('empty-follow-up')
  // --rule on the command line goes over the file's setting.
  const over = cli(['sequence', '-f', 'json', '--rule', 'sequence-sms-opt-out=off', 'bump.yaml'], {cwd: dir})
  expect((JSON.parse(over.stdout) as Array<{messages: Array<{ruleId: string}>}>)[0].messages.map((m) => m.ruleId)).toEqual(['sequence-linkedin-before-connection', 'sequence-sms-consent'])
  for (const [setting, error] of [
    ['sequence-gap-too-short: [error, {minDays: {email: soon}}]', 'rules.sequence-gap-too-short.minDays.email: expected a number from 0'],
    ['sequence-gap-too-short: [error, {minDay: 2}]', 'rules.sequence-gap-too-short.minDay: unknown option of gap (one of minDays)'],
    ['sequence-too-dense: loud', 'rules.sequence-too-dense: expected one of off, warn, warning, error, info, or [level, {options}]']
  ]) {
    writeFileSync(config, `rules:\n  ${setting}\n`)
    const bad = cli(['sequence', 'bump.yaml'], {cwd: dir})
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([2, '', `outreach-lint: .outreachlintrc.yaml: ${error}\n`])
    // Validated like the step rules' settings: a lint of drafts with that config stops too.
    expect(cli(['draft.txt'], {cwd: dir}).stderr).toContain(`outreach-lint: .outreachlintrc.yaml: ${error}\n`)
  }
})

describe('a team\'s own sequence rules: files the config names in sequencePacks', () => {
  const RULE = [
    'id: sequence-unsubscribe-line',
    'category: spammy',
    'severity: error',
    "message: 'Step {step} ({channel}) has no unsubscribe line.'",
    'why: Our legal team asks for a way to unsubscribe in every e-mail of a sequence.',
    'url: https://wiki.example.com/outreach/unsubscribe',
    'check: required-line',
    'options:',
    '  channels: [email]',
    "  patterns: ['\\bunsubscribe\\b']",
    '  every: true',
    'basis: Our legal team.',
    'examples:',
    '  invalid:',
    '    - steps: [{text: "Hi Sam, how is the rota?"}]',
    '      findings: [{step: 1}]',
    '  valid:',
    '    - steps: [{text: "Hi Sam, how is the rota? Unsubscribe: reply no."}]',
    ''
  ].join('\n')
  const PACK = JSON.stringify({
    rules: [
      {
        id: 'sequence-short-gap',
        category: 'spammy',
        severity: 'warning',
        message: 'Step {step} comes {gap} after the last; we wait {min}.',
        why: 'Our buyers answer within a week.',
        check: 'gap',
        options: {minDays: {email: 5}},
        examples: {invalid: [{steps: [{text: 'a'}, {delay: '2d', text: 'b'}], findings: [{step: 2}]}], valid: [{steps: [{text: 'a'}, {delay: '6d', text: 'b'}]}]}
      }
    ]
  })

  function team(config: string): string {
    const dir = temp()
    mkdirSync(join(dir, 'rules'))
    writeFileSync(join(dir, 'rules', 'unsubscribe.yaml'), RULE)
    writeFileSync(join(dir, 'rules', 'more.json'), PACK)
    writeFileSync(join(dir, 'seq.yaml'), 'steps:\n  - text: "Hi Sam, saw the Leeds depot doubled its night shift. How is the rota? Unsubscribe: reply no."\n  - delay: 3d\n    text: "Hi Sam, Hull cut overtime by 18% with fixed rotas. Want their checklist?"\n')
    writeFileSync(join(dir, '.outreachlintrc.yaml'), config)
    return dir
  }

  test('they run beside the built-in ones, with their url; the rules map and --rule set them; explain shows them; a folder walk does not take them for sequences', () => {
    const dir = team('sequencePacks: [./rules/unsubscribe.yaml, ./rules/more.json]\n')
    const r = cli(['sequence', '-f', 'json', '.'], {cwd: dir})
    expect(r.stderr).toBe('')
    const [seq] = JSON.parse(r.stdout) as Array<{filePath: string; messages: Array<{ruleId: string; step: number; severity: string; message: string; url?: string}>}>
    expect(seq.filePath).toBe('seq.yaml')
    expect(seq.messages.map((m) => [m.ruleId, m.step, m.severity, m.message, m.url])).toEqual([
      ['sequence-short-gap', 2, 'warning', 'Step 2 comes 3 days after the last; we wait 5 days.', undefined],
      ['sequence-unsubscribe-line', 2, 'error', 'Step 2 (email) has no unsubscribe line.', 'https://wiki.example.com/outreach/unsubscribe']
    ])
    writeFileSync(join(dir, '.outreachlintrc.yaml'), 'sequencePacks: [./rules/unsubscribe.yaml, ./rules/more.json]\nrules:\n  sequence-short-gap: off\n')
    const off = cli(['sequence', '-f', 'json', '--rule', 'sequence-unsubscribe-line=warn', 'seq.yaml'], {cwd: dir})
    expect((JSON.parse(off.stdout) as Array<{messages: Array<{ruleId: string; severity: string}>}>)[0].messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(['sequence-unsubscribe-line:warning'])
    const explain = cli(['explain', 'sequence-unsubscribe-line'], {cwd: dir})
    expect(explain.stdout).toContain('sequence-unsubscribe-line  (spammy, error, a sequence rule: outreach-lint sequence)')
    expect(explain.stdout).toContain('\nMore: https://wiki.example.com/outreach/unsubscribe\n')
    // A lint of drafts with the config: the rule files are data it names, not drafts (more.json is no collection).
    writeFileSync(join(dir, 'draft.txt'), 'Hi Sam, saw the Leeds depot doubled its night shift. How is the rota?\n')
    const drafts = cli(['-f', 'json', '.'], {cwd: dir})
    expect(drafts.stderr).toBe('')
    expect((JSON.parse(drafts.stdout) as Array<{filePath: string}>).map((e) => e.filePath)).toEqual(['draft.txt'])
  })

  test('a bad file or field is one line naming the file and the field, exit 2, for sequences and drafts alike', () => {
    const cases: Array<[string, string, string]> = [
      ['sequencePacks: ./rules/unsubscribe.yaml\n', '', '.outreachlintrc.yaml: sequencePacks: expected a list of sequence rule files'],
      ['sequencePacks: [./rules/none.yaml]\n', '', '.outreachlintrc.yaml: sequencePacks.0: no such file rules/none.yaml'],
      ['sequencePacks: [./rules/unsubscribe.txt]\n', '', '.outreachlintrc.yaml: sequencePacks.0: a sequence rule file is a .yaml, .yml or .json data file'],
      ['sequencePacks: [./rules/unsubscribe.yaml]\n', RULE.replace('every: true', 'every: yes'), 'rules/unsubscribe.yaml: options.every: expected true or false'],
      ['sequencePacks: [./rules/unsubscribe.yaml]\n', RULE.replace('id: sequence-unsubscribe-line', 'id: unsubscribe-line'), 'rules/unsubscribe.yaml: id: "unsubscribe-line": a sequence rule\'s id starts with "sequence-" (the config\'s rules map tells sequence rules by it)'],
      ['sequencePacks: [./rules/unsubscribe.yaml]\n', RULE.replace("patterns: ['\\bunsubscribe\\b']", () => "patterns: ['(a+)+$']"), 'rules/unsubscribe.yaml: options.patterns: "(a+)+$" can backtrack catastrophically'],
      ['sequencePacks: [./rules/unsubscribe.yaml]\n', RULE.replace('basis: Our legal team.', 'deferTo: [sequence-nope]'), 'rules/unsubscribe.yaml: deferTo: unknown sequence rule "sequence-nope"'],
      ['sequencePacks: [./rules/more.json]\nrules:\n  sequence-short-gapp: off\n', '', '.outreachlintrc.yaml: rules.sequence-short-gapp: unknown sequence rule "sequence-short-gapp"']
    ]
    for (const [config, rule, error] of cases) {
      const dir = team(config)
      if (rule) writeFileSync(join(dir, 'rules', 'unsubscribe.yaml'), rule)
      const bad = cli(['sequence', 'seq.yaml'], {cwd: dir})
      expect([bad.status, bad.stdout], error).toEqual([2, ''])
      expect(bad.stderr.startsWith(`outreach-lint: ${error}`), `${bad.stderr} should start with ${error}`).toBe(true)
      expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1)
      writeFileSync(join(dir, 'draft.txt'), 'Hi Sam, how is the rota?\n')
      expect(cli(['draft.txt'], {cwd: dir}).stderr.startsWith(`outreach-lint: ${error}`), error).toBe(true)
    }
    const several = team('sequencePacks: [./rules/more.json]\n')
    writeFileSync(join(several, 'rules', 'more.json'), PACK.replace('"check":"gap"', '"check":"gapp"'))
    expect(cli(['sequence', 'seq.yaml'], {cwd: several}).stderr).toMatch(/^outreach-lint: rules\/more\.json: rules\[0\]\.check: unknown check kind "gapp" \(one of /)
  })
})

describe('--fix writes each bump\'s rewrite and the steps\' safe fixes into the sequence files, the rest of each file as it was', () => {
  const RESULT = '[[One result a team like theirs got, with its number.]]'
  const RESOURCE = '[[A resource they can use without a call: a checklist, a benchmark, a short teardown. Offer to send it.]]'
  const ANGLE = "[[A new angle no earlier step took: a different problem of theirs, a recent change at their company, a peer's result.]]"

  test('YAML: comments, other keys, quoting and block scalars kept; the bumps replaced; the report is of the fixed sequence', () => {
    const dir = temp()
    const file = join(dir, 'seq.yaml')
    // The file with its three values that --fix may change: step 1's subject and opening, step 2's bump, step 3's text.
    const yaml = (subject: string, opening: string, bump: string[], connect: string) =>
      [
        '# Leeds: a first touch and a bump.',
        "id: leeds-bump   # the sequence's name",
        'owner: ana',
        'steps:',
        '  - channel: email',
        `    subject: '${subject}'`,
        '    text: |',
        '      Hi Sam,',
        '',
        `      ${opening}Saw the Leeds depot doubled its night shift in May. How are you handling the rota changes?`,
        '',
        '      Ana',
        '  # the bump, three days on',
        '  - channel: email',
        '    delay: 3d',
        '    text: |',
        '      Hi Sam,',
        '',
        ...bump.map((line) => (line ? `      ${line}` : '')),
        '',
        '      Ana',
        '  - channel: linkedin-connect',
        '    delay: 2d',
        `    text: ${JSON.stringify(connect)}`,
        ''
      ].join('\n')
    writeFileSync(file, yaml('Re: Leeds rota', 'I hope this email finds you well. ', ['Just bumping this to the top of your inbox. Any thoughts?'], 'Hi Sam, did you get a chance to read my emails?'))
    const r = cli(['sequence', '--fix', '-f', 'json', 'seq.yaml'], {cwd: dir})
    expect(r.stderr).toBe('')
    expect(readFileSync(file, 'utf8')).toBe(yaml('Leeds rota', '', [RESULT, '', RESOURCE], `Hi Sam, ${ANGLE}`))
    const [seq] = JSON.parse(r.stdout) as Array<{messages: Array<{ruleId: string}>; steps: Array<{messages: Array<{ruleId: string}>}>}>
    expect(seq.messages.map((m) => m.ruleId)).toEqual([])
    expect(seq.steps.map((s) => s.messages.filter((m) => m.ruleId === 'unfilled-guide-line').length)).toEqual([0, 2, 1])
    // Fixed once, a second --fix changes nothing.
    const again = readFileSync(file, 'utf8')
    cli(['sequence', '--fix', 'seq.yaml'], {cwd: dir})
    expect(readFileSync(file, 'utf8')).toBe(again)
  })

  test('JSON: written as JSON, one value at a time', () => {
    const dir = temp()
    const file = join(dir, 'seq.json')
    const steps = (first: string, second: string) =>
      `{\n  "id": "hull",\n  "steps": [\n    {"channel": "email", "subject": "Hull rota", "text": ${JSON.stringify(first)}},\n    {"channel": "email", "delay": "3d", "text": ${JSON.stringify(second)}}\n  ]\n}\n`
    const first = 'Hi Kim,\n\nSaw the Hull depot added a night shift in May. How are you handling the rota changes?\n\nAna'
    writeFileSync(file, steps(first, 'Hi Kim,\n\nJust bumping this to the top of your inbox. Any thoughts?\n\nAna'))
    expect(cli(['sequence', '--fix', 'seq.json'], {cwd: dir}).stderr).toBe('')
    expect(readFileSync(file, 'utf8')).toBe(steps(first, `Hi Kim,\n\n${RESULT}\n\n${RESOURCE}\n\nAna`))
  })

  test('a folder of step files: each changed step file rewritten after its front matter; other files untouched', () => {
    const dir = temp()
    const steps = join(dir, 'steps')
    mkdirSync(steps)
    for (const name of readdirSync(join(team, 'leeds-steps'))) writeFileSync(join(steps, name), readFileSync(join(team, 'leeds-steps', name)))
    const r = cli(['sequence', '--fix', 'steps'], {cwd: dir})
    expect(r.stderr).toBe('')
    expect(readFileSync(join(steps, '01-intro.md'), 'utf8')).toBe(readFileSync(join(team, 'leeds-steps', '01-intro.md'), 'utf8'))
    expect(readFileSync(join(steps, 'README.txt'), 'utf8')).toBe(readFileSync(join(team, 'leeds-steps', 'README.txt'), 'utf8'))
    expect(readFileSync(join(steps, '02-bump.md'), 'utf8')).toBe(`---\nchannel: email\ndelay: 3d\n---\nHi Sam,\n\n${RESULT}\n\n${RESOURCE}\n\nAna\n`)
    expect(readFileSync(join(steps, '03-break-up.md'), 'utf8')).toBe(`---\nchannel: email\ndelay: 5d\n---\nHi Sam,\n\n${ANGLE}\n\nAna\n`)
    // The findings point at the fixed files' lines.
    expect(r.stdout).toMatch(/steps\/02-bump\.md  score \d+\/100\n {2}7:1 +error +A guide line is still in the draft/)
  })

  test('a CSV export is not written: one line says so', () => {
    const dir = temp()
    writeFileSync(join(dir, 'export.csv'), 'sequence,step,delay,body\nleeds,1,,"Hi Sam, saw the Leeds depot doubled its night shift. How is the rota?"\nleeds,2,3d,"Hi Sam, just bumping this. Any thoughts?"\n')
    const r = cli(['sequence', '--fix', 'export.csv'], {cwd: dir})
    expect(r.stderr).toBe('outreach-lint: export.csv: --fix does not write into CSV or JSONL exports; not fixed (the findings are of the sequences as fixed)\n')
    expect(readFileSync(join(dir, 'export.csv'), 'utf8')).toContain('just bumping this')
  })
})

describe('a config names its sequence exports\' columns once: sequenceFields', () => {
  const EXPORT = ['seq_id,step_no,medium,wait,copy', 'a,1,email,,"Hi Sam,\n\nSaw the Leeds depot doubled its night shift in May. How are you handling the rota?\n\nAna"', 'a,2,sms,1d,"Sam, Ana here. Have 15 minutes for a call this week?"'].join('\n') + '\n'
  const MAPPING = 'sequenceFields:\n  sequence: seq_id\n  step: step_no\n  channel: medium\n  delay: wait\n  body: copy\n'
  const steps = (r: {stdout: string}): string[] => (JSON.parse(r.stdout) as Array<{id: string; steps: Array<{channel: string; day: number}>}>).map((s) => `${s.id}: ${s.steps.map((x) => `${x.channel}@${x.day}`).join(' ')}`)

  test('the nearest config\'s mapping reads the export, in a folder walk and named; no flags needed', () => {
    const dir = temp()
    writeFileSync(join(dir, '.outreachlintrc.yaml'), MAPPING)
    mkdirSync(join(dir, 'crm'))
    writeFileSync(join(dir, 'crm', 'export.csv'), EXPORT)
    const named = cli(['sequence', '-f', 'json', 'crm/export.csv'], {cwd: dir})
    expect([named.status, named.stderr]).toEqual([1, ''])
    expect(steps(named)).toEqual(['a: email@0 sms@1'])
    expect(steps(cli(['sequence', '-f', 'json', '.'], {cwd: dir}))).toEqual(['a: email@0 sms@1'])
    // Without the config, the same export is not a sequence export.
    const bare = temp()
    writeFileSync(join(bare, 'export.csv'), EXPORT)
    expect(cli(['sequence', 'export.csv'], {cwd: bare}).stderr).toBe('outreach-lint: export.csv: not a sequence export: no "sequence" or "step" column (map them with --field-sequence and --field-step)\n')
  })

  test('a --field-* option goes over the config\'s column, one column at a time', () => {
    const dir = temp()
    writeFileSync(join(dir, '.outreachlintrc.yaml'), MAPPING.replace('channel: medium', 'channel: kind'))
    writeFileSync(join(dir, 'export.csv'), EXPORT)
    // The config's channel column does not exist: every step is an e-mail; the option names the right one.
    expect(steps(cli(['sequence', '-f', 'json', 'export.csv'], {cwd: dir}))).toEqual(['a: email@0 email@1'])
    expect(steps(cli(['sequence', '-f', 'json', '--field-channel', 'medium', 'export.csv'], {cwd: dir}))).toEqual(['a: email@0 sms@1'])
  })

  test.each([
    ['sequenceFields:\n  step: 3\n', '.outreachlintrc.yaml: sequenceFields.step: expected a column name'],
    ["sequenceFields:\n  step: ''\n", '.outreachlintrc.yaml: sequenceFields.step: expected a column name'],
    ['sequenceFields:\n  stepp: step_no\n', '.outreachlintrc.yaml: sequenceFields: Unrecognized key: "stepp"'],
    ['sequenceFields: [seq_id]\n', '.outreachlintrc.yaml: sequenceFields: Invalid input: expected object, received array']
  ])('a bad mapping is one line naming the file and the field, exit 2, for sequences and drafts alike: %j', (config, line) => {
    const dir = temp()
    writeFileSync(join(dir, '.outreachlintrc.yaml'), config)
    writeFileSync(join(dir, 'export.csv'), EXPORT)
    writeFileSync(join(dir, 'draft.txt'), 'Hi Sam, how are the Leeds rotas?\n')
    const sequence = cli(['sequence', 'export.csv'], {cwd: dir})
    expect(sequence.status).toBe(2)
    expect(sequence.stderr.split('\n').filter(Boolean)).toHaveLength(1)
    expect(sequence.stderr.startsWith(`outreach-lint: ${line}`)).toBe(true)
    // A lint of drafts with the same config: the same line, then the draft it did not lint.
    const draft = cli(['draft.txt'], {cwd: dir})
    expect(draft.status).toBe(2)
    expect(draft.stderr.startsWith(`outreach-lint: ${line}`)).toBe(true)
  })
})

test('-o inside a folder being linted is refused, one line, exit 2, nothing written: named, walked by a glob, through a link', () => {
  const dir = temp()
  mkdirSync(join(dir, 'seqs', 'deep'), {recursive: true})
  writeFileSync(join(dir, 'seqs', 'good.yaml'), readFileSync(join(team, 'good-sequence.yaml')))
  writeFileSync(join(dir, 'seqs', 'notes.yaml'), 'owner: Ana\n')
  symlinkSync(join(dir, 'seqs'), join(dir, 'link'))
  const cases: Array<[string[], string, string]> = [
    [['seqs'], 'seqs/report.json', 'outreach-lint: -o seqs/report.json: is inside seqs, a folder being linted; write the report outside it\n'],
    [['seqs'], 'seqs/notes.yaml', 'outreach-lint: -o seqs/notes.yaml: is inside seqs, a folder being linted; write the report outside it\n'],
    [['seqs'], 'seqs/deep/report.json', 'outreach-lint: -o seqs/deep/report.json: is inside seqs, a folder being linted; write the report outside it\n'],
    [['seqs/*.yaml'], 'seqs/report.json', 'outreach-lint: -o seqs/report.json: is inside seqs, a folder being linted; write the report outside it\n'],
    [['link'], 'seqs/report.json', 'outreach-lint: -o seqs/report.json: is inside seqs, a folder being linted; write the report outside it\n'],
    [['seqs/good.yaml'], 'link/good.yaml', 'outreach-lint: -o link/good.yaml: is one of the sequences being linted; the report would replace it\n']
  ]
  for (const [paths, output, line] of cases) {
    const r = cli(['sequence', '-f', 'json', '-o', output, ...paths], {cwd: dir})
    expect([r.status, r.stderr, r.stdout], `${paths.join(' ')} -o ${output}`).toEqual([2, line, ''])
  }
  expect(readdirSync(join(dir, 'seqs')).sort()).toEqual(['deep', 'good.yaml', 'notes.yaml'])
  expect(readFileSync(join(dir, 'seqs', 'notes.yaml'), 'utf8')).toBe('owner: Ana\n')
  // Beside the folder, not in it: written.
  const beside = cli(['sequence', '-f', 'json', '-o', 'report.json', 'seqs'], {cwd: dir})
  expect([beside.status, beside.stderr]).toEqual([0, ''])
  expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toHaveLength(1)
})

test('rules --format json: one entry shape for the rules of drafts and the sequence rules', () => {
  const json = JSON.parse(cli(['rules', '--format', 'json'], {cwd: root}).stdout) as Array<Record<string, unknown>>
  const keys = ['category', 'channels', 'check', 'fixable', 'id', 'kind', 'severity', 'suggestions', 'url']
  for (const entry of json) expect(Object.keys(entry).sort(), String(entry.id)).toEqual(keys)
  const byId = new Map(json.map((e) => [e.id, e]))
  expect(byId.get('sequence-no-new-content')).toMatchObject({kind: 'sequence', check: 'no-new-content', channels: null, fixable: true, suggestions: true})
  expect(byId.get('sequence-sms-opt-out')).toMatchObject({kind: 'sequence', check: 'required-line', channels: ['sms'], fixable: false, suggestions: false})
  expect(byId.get('fake-reply-subject')).toMatchObject({kind: 'draft', fixable: true, suggestions: true})
  expect(byId.get('channel-character-limit')).toMatchObject({kind: 'draft', check: 'metric'})
})
