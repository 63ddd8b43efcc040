/**
 * Every sequence rule's own examples (rules/sequence/*.yaml), run like RuleTester: each invalid
 * sequence gives exactly its listed findings of that rule (step, and the text when `match` is given),
 * each valid sequence gives none.
 */
import {describe, expect, test} from 'vitest'
import {builtinSequenceRules, lintSequence, validateSequenceRule} from '../src/sequence.js'

const rules = builtinSequenceRules()

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  test.each(rule.examples.invalid.map((e) => [e.name ?? '', e] as const))('invalid: %s', (_name, example) => {
    const found = lintSequence({steps: example.steps, ...(example.consent !== undefined ? {consent: example.consent} : {})}).messages.filter((m) => m.ruleId === rule.id)
    expect(found.map((m) => m.step)).toEqual(example.findings!.map((f) => f.step))
    example.findings!.forEach((f, i) => {
      if (f.match !== undefined) expect(found[i].actual).toBe(f.match)
      // The message names the step and leaves no slot unfilled.
      expect(found[i].message).toContain(String(f.step))
      expect(found[i].message).not.toMatch(/\{[a-z]+\}/)
    })
  })
  test.each(rule.examples.valid.map((e) => [e.name ?? '', e] as const))('valid: %s', (_name, example) => {
    const found = lintSequence({steps: example.steps, ...(example.consent !== undefined ? {consent: example.consent} : {})}).messages.filter((m) => m.ruleId === rule.id)
    expect(found.map((m) => `${m.step}: ${m.actual}`)).toEqual([])
  })
  test('says where its thresholds come from', () => {
    expect(rule.basis ?? '').toMatch(/judgement|CTIA|LinkedIn|TCPA|PECR|Consumer Protection/)
  })
  if (['gap', 'density', 'length'].includes(rule.check)) {
    test('a cadence rule gives each per-channel figure its own basis, and says when its sources were read', () => {
      const basis = rule.basis ?? ''
      const perChannel = (rule.options.minDays ?? rule.options.max ?? {}) as Record<string, number>
      // Each channel heads its own figure: `sms: 3 days ...`, or `email, followup: 2 days ...` for channels sharing one.
      expect(Object.keys(perChannel).filter((channel) => !new RegExp(`(^|[\\s;.])${channel}(, [a-z-]+)*:`).test(basis))).toEqual([])
      if (basis.includes('https://')) expect(basis).toMatch(/read \d{4}-\d{2}-\d{2}/)
    })
  }
})

test('the sequence pack covers the issue: bump, repeats, same ask, cadence, pressure, break-up, channels', () => {
  expect(rules.map((r) => r.check).sort()).toEqual(
    ['break-up', 'channel-order', 'consent', 'density', 'escalation', 'gap', 'length', 'no-new-content', 'repeated-sentence', 'repeated-sentence', 'required-line', 'same-ask'].sort()
  )
})

describe('a sequence rule file is validated with errors naming the file and field', () => {
  const base = {
    id: 'x-rule',
    category: 'spammy',
    severity: 'warning',
    message: 'Step {step}.',
    why: 'Because.',
    check: 'gap',
    options: {minDays: {email: 2}},
    examples: {invalid: [{steps: [{text: 'a'}], findings: [{step: 1}]}], valid: [{steps: [{text: 'a'}]}]}
  }
  test('a good rule passes', () => {
    expect(validateSequenceRule(base, 'x.yaml').id).toBe('x-rule')
  })
  test.each([
    [{check: 'gapp'}, /^x\.yaml: check: unknown check kind "gapp"/],
    [{options: {minDays: {fax: 2}}}, /^x\.yaml: options\.minDays\.fax: unknown channel/],
    [{options: {minDays: {email: -1}}}, /^x\.yaml: options\.minDays\.email: expected a number from 0$/],
    [{severity: 'loud'}, /^x\.yaml: severity: expected one of error, warning, info$/],
    [{examples: {invalid: [{steps: []}], valid: [{steps: []}]}}, /^x\.yaml: examples\.invalid\[0\]\.findings: /],
    [{colour: 'red'}, /^x\.yaml: colour: unknown key/],
    [{options: {minDays: {email: 2}, minDay: 1}}, /^x\.yaml: options\.minDay: unknown option of gap \(one of minDays\)$/]
  ])('%o', (change, error) => {
    expect(() => validateSequenceRule({...base, ...change}, 'x.yaml')).toThrow(error)
  })
})

test('every single-message rule a sequence rule reads exists in the built-in pack', async () => {
  const {builtinRules} = await import('../src/config.js')
  const ids = new Set(builtinRules().rules.map((r) => r.id))
  for (const rule of rules) {
    for (const key of ['rules', 'emptyRules']) {
      for (const id of (rule.options[key] as string[] | undefined) ?? []) expect(ids.has(id), `${rule.id}: options.${key}: ${id}`).toBe(true)
    }
  }
})

describe('the labelled sequence sets (npm run eval)', async () => {
  // @ts-expect-error: a plain ES module script, without types
  const {evaluateSequences} = (await import('../scripts/eval-sequences.mjs')) as {evaluateSequences: (dir: string) => {sequences: number; counts: Record<string, {tp: number; fp: number; fn: number; tn: number}>}}
  const {join} = await import('node:path')
  const base = join(import.meta.dirname, '..', 'fixtures', 'sequences')
  test('the team set: each labelled habit found, nothing else', () => {
    const {sequences, counts} = evaluateSequences(join(base, 'team'))
    expect(sequences).toBe(2)
    expect(Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, [c.tp, c.fp, c.fn, c.tn]]))).toEqual({
      bump: [1, 0, 0, 1],
      repeated: [0, 0, 0, 2],
      'same-ask': [0, 0, 0, 2],
      pressure: [0, 0, 0, 2],
      cadence: [1, 0, 0, 1],
      channel: [1, 0, 0, 1]
    })
  })
  test('the real set reads: every labelled sequence is a valid sequence, with every label', () => {
    const {sequences, counts} = evaluateSequences(join(base, 'real'))
    expect(sequences).toBe(10)
    for (const c of Object.values(counts)) expect(c.tp + c.fp + c.fn + c.tn).toBe(10)
  })
})

test('the names the sequence code reads are in one table, and each is a role, ask kind or field role the analysis gives', async () => {
  const table = await import('../src/sequence/roles.js')
  const {ROLES} = await import('../src/analyse/roles.js')
  for (const role of [...table.NO_NEWS_ROLES, table.CHASE_ROLE, table.OBSERVATION_ROLE, table.PROOF_ROLE, table.ASK_ROLE]) expect(ROLES).toContain(role)
  expect([table.TIME_ASK, table.INTEREST_ASK, table.OFFER_ASK].sort()).toEqual(['interest', 'offer', 'time'])
  expect(table.RECIPIENT_DETAIL_FIELD).toBe('recipient-detail')
  // No rule id is named in the sequence code: the step rules a sequence rule reads are in its options.
  const {readFileSync, readdirSync} = await import('node:fs')
  const {join} = await import('node:path')
  const dir = join(import.meta.dirname, '..', 'src', 'sequence')
  const {builtinRules} = await import('../src/config.js')
  const ids = [...builtinRules().rules.map((r) => r.id), ...rules.map((r) => r.id)]
  // roles.ts, the table itself, included: no role shares its name with a rule (the role chase is now chaser).
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.generated.ts'))) {
    // The code, its comments (which may show a config) left out.
    const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
    expect(ids.filter((id) => code.includes(`'${id}'`)), file).toEqual([])
  }
})
