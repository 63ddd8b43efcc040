/**
 * Behaviour read from the rule data, not from rule or signal names in code: a signal's
 * `notCountedAs` and a rule's `rewriteSubject` work for a team's own pack as for the built-in one,
 * and a wrong one is refused when the pack loads, in one line naming the field.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import ts from 'typescript'
import {describe, expect, test} from 'vitest'
import {builtinRules, createLinter, type Config} from '../src/config.js'
import {COMPUTED_SIGNALS, ROLE_SIGNALS} from '../src/analyse/signals.js'
import {FIELD_ROLES, ROLES} from '../src/analyse/roles.js'
import {RENAMED_FLAGS, REWRITE_FLAGS} from '../src/rules/rewrite-flags.js'
import {builtinSequenceRules} from '../src/sequence.js'

const base = {id: 'vague-subject', category: 'subject-line', severity: 'warning', message: 'Vague.', why: 'because', examples: {invalid: ['x'], valid: ['y']}} as const
const error = (config: Config): string => {
  try {
    createLinter(config)
  } catch (e) {
    return (e as Error).message
  }
  return 'no error'
}

describe('a signal says what its matches are not counted as', () => {
  const vocabulary = builtinRules().vocabulary
  const withSignal = (extra: object) => createLinter({noBuiltin: true, packs: [{signals: {anyone: {patterns: ['you know'], ...extra}}, vocabulary}]})

  test('reader-reference: its "you" is no reference to the reader in the counts', () => {
    const text = 'You know, we ship. You know what we do.'
    expect(withSignal({}).lint(text).indicators).toMatchObject({selfReferences: 2, recipientReferences: 2})
    expect(withSignal({notCountedAs: ['reader-reference']}).lint(text).indicators).toMatchObject({selfReferences: 2, recipientReferences: 0})
  })

  test('named-detail: a name inside its matches is no detail about the reader', () => {
    const rule = {...base, id: 'no-detail', check: 'required-signal', signals: ['named-detail']} as const
    const pack = (extra: object): Config => ({noBuiltin: true, packs: [{rules: [rule], signals: {opening: {patterns: ['the leeds opening'], ...extra}}, vocabulary}]})
    const text = 'Hi Ana, saw the Leeds opening went well.'
    expect(createLinter(pack({})).lint(text).messages.map((m) => m.ruleId)).toEqual([])
    expect(createLinter(pack({notCountedAs: ['named-detail']})).lint(text).messages.map((m) => m.ruleId)).toEqual(['no-detail'])
  })

  test('a pack that adds patterns to a built-in signal keeps what it is not counted as', () => {
    const linter = createLinter({packs: [{signals: {'generic-you': {patterns: ['you see what i mean']}}}]})
    expect(linter.config.signals['generic-you'].notCountedAs).toEqual(['reader-reference'])
    expect(linter.config.signals['hollow-mention'].notCountedAs).toEqual(['named-detail'])
  })

  test('an unknown value is refused, naming the field', () => {
    expect(error({noBuiltin: true, packs: [{signals: {anyone: {patterns: ['you know'], notCountedAs: ['named-details' as never]}}}]})).toBe(
      'config: packs.0.signals.anyone.notCountedAs.0: Invalid option: expected one of "reader-reference"|"named-detail"'
    )
  })
})

test('a computed signal renamed is refused under its old name, in one line giving the new one', () => {
  expect(error({packs: [{rules: [{...base, check: 'required-signal', signals: ['question']}]}]})).toBe('config: packs.0.rules.0.signals: the signal "question" is now called "question-mark"')
  expect(error({packs: [{indicators: {callsToAction: {question: ['link']}}}]})).toBe('config: packs.0.indicators.callsToAction.question: the signal "link" is now called "web-link"')
})

describe("a rule's rewriteSubject", () => {
  const input = {subject: 'Quick question', text: 'Hi Dana,\n\nYour Leeds depot doubled its volume in May. Worth a look?\n\nBest,\nAna'}
  const pack = (extra: object): Config => ({noBuiltin: true, packs: [{rules: [{...base, check: 'phrase', target: 'subject', patterns: ['quick question'], ...extra}]}]})

  test("a team's subject rule gets the subject from the draft, with its own why", () => {
    const out = createLinter(pack({rewriteSubject: {why: 'Name their thing.'}})).rewrite(input)
    expect(out.subject).toBe('Your Leeds depot')
    expect(out.changes).toEqual([{ruleId: 'vague-subject', kind: 'replaced', before: 'Quick question', after: 'Your Leeds depot', why: 'Name their thing.'}])
    // Without the flag the same finding leaves the subject for a person to write.
    expect(createLinter(pack({})).rewrite(input)).toMatchObject({subject: 'Quick question', changes: []})
  })

  test('only a rule that reads the subject carries it', () => {
    expect(error({noBuiltin: true, packs: [{rules: [{...base, check: 'phrase', patterns: ['quick question'], rewriteSubject: {why: 'x'}}]}]})).toBe(
      'config: packs.0.rules.0.rewriteSubject: only for a rule that reads the subject (target: subject, or a subject metric)'
    )
    expect(error(pack({rewriteSubject: {}}))).toBe('config: packs.0.rules.0.rewriteSubject.why: Invalid input: expected string, received undefined')
  })
})

describe("a rule's rewrite flag", () => {
  const opener = {...base, id: 'team-opener', category: 'cold-interruption', check: 'phrase', patterns: ['the pineapples here are ripe']} as const
  const pack = (extra: object): Config => ({packs: [{rules: [{...opener, ...extra}]}]})
  const text = 'Hi Dana,\n\nYour Leeds depot doubled its volume in May. The pineapples here are ripe. Worth a look?\n\nBest,\nAna'

  test("a team's rule with `rewrite: remove` has its sentence removed, as a built-in opener's is", () => {
    const out = createLinter(pack({rewrite: 'remove'})).rewrite({text})
    expect(out.text).toBe('Hi Dana,\n\nYour Leeds depot doubled its volume in May. Worth a look?\n\nBest,\nAna')
    expect(out.changes[0]).toMatchObject({ruleId: 'team-opener', kind: 'removed', before: 'The pineapples here are ripe.'})
    // Without the flag the finding is reported and the sentence left for a person.
    expect(createLinter(pack({})).rewrite({text}).text).toBe(text)
  })

  test('an unknown flag is refused, naming the field', () => {
    expect(error(pack({rewrite: 'delete'}))).toMatch(/^config: packs\.0\.rules\.0\.rewrite: Invalid option: expected one of "remove"\|"remove-chase"\|"replace-pitch"/)
  })

  test('a renamed flag or role is refused under its old name, in one line giving the new one', () => {
    expect(error(pack({rewrite: 'chase'}))).toBe('config: packs.0.rules.0.rewrite: the rewrite flag "chase" is now called "remove-chase"')
    expect(error(pack({rewrite: 'time-ask'}))).toBe('config: packs.0.rules.0.rewrite: the rewrite flag "time-ask" is now called "replace-time-ask"')
    expect(error(pack({rewrite: 'ask'}))).toBe('config: packs.0.rules.0.rewrite: the rewrite flag "ask" is now called "add-ask"')
    const chaser = {...base, id: 'team-chase', category: 'cold-interruption', check: 'role', roles: ['chase']} as const
    expect(error({packs: [{rules: [chaser as never]}]})).toBe('config: packs.0.rules.0.roles.0: the role "chase" is now called "chaser"')
    expect(createLinter({packs: [{rules: [{...chaser, roles: ['chaser']}]}]}).lint('Hi Dana,\n\nJust following up on my last note.\n\nBest,\nAna').messages.map((m) => m.ruleId)).toContain('team-chase')
  })
})

describe("a pack's indicators say which signals the indicators show", () => {
  const vocabulary = builtinRules().vocabulary
  const text = 'Hi Ana, saw the Leeds opening went well. Would a short note on rota planning help? Happy to send it over.'

  test('the built-in pack shows its details about the reader and its questions and invitations', () => {
    const {indicators} = createLinter().lint(text)
    expect(indicators.personalisation).toEqual(['trigger-event: saw the Leeds', 'named-detail: Leeds'])
    expect(indicators.callsToAction.map((c) => [c.kind, c.text])).toEqual([['question', 'Would a short note on rota planning help?'], ['reply', 'Happy to send']])
    expect(createLinter().config.indicators).toEqual({
      personalisation: ['recipient-placeholder', 'slot-placeholder', 'recipient-fact', 'recipient-company', 'recipient-role', 'trigger-event', 'your-specifics', 'recipient-words', 'named-detail', 'quoted-words'],
      callsToAction: {question: ['question-mark'], reply: ['invitation']}
    })
  })

  test("a team's own signal shows where its pack lists it, after the built-in ones", () => {
    const linter = createLinter({packs: [{signals: {opening: {patterns: ['the leeds opening']}}, indicators: {personalisation: ['opening', 'named-detail'], callsToAction: {reply: ['opening']}}}]})
    const {indicators} = linter.lint(text)
    expect(indicators.personalisation).toEqual(['trigger-event: saw the Leeds', 'named-detail: Leeds', 'opening: the Leeds opening'])
    expect(indicators.callsToAction.map((c) => [c.kind, c.text])).toEqual([
      ['reply', 'the Leeds opening'],
      ['question', 'Would a short note on rota planning help?'],
      ['reply', 'Happy to send']
    ])
  })

  test('a pack without the built-in one shows only what it lists', () => {
    const own = (indicators: object) => createLinter({noBuiltin: true, packs: [{vocabulary, ...indicators}]}).lint(text).indicators
    expect(own({})).toMatchObject({personalisation: [], callsToAction: []})
    expect(own({indicators: {personalisation: ['named-detail'], callsToAction: {question: ['question-mark']}}})).toMatchObject({
      personalisation: ['named-detail: Leeds'],
      callsToAction: [{kind: 'question', text: 'Would a short note on rota planning help?'}]
    })
  })

  test('an unknown signal or field is refused, naming the field', () => {
    expect(error({packs: [{indicators: {personalisation: ['trigger-evnet']}}]})).toMatch(/^config: packs\.0\.indicators\.personalisation: unknown signal "trigger-evnet" \(did you mean "trigger-event"\? known: /)
    expect(error({packs: [{indicators: {callsToAction: {reply: ['invitations']}}}]})).toMatch(/^config: packs\.0\.indicators\.callsToAction\.reply: unknown signal "invitations" \(did you mean "invitation"\? /)
    expect(error({packs: [{indicators: {callsToAction: {meeting: ['question']}} as never}]})).toBe('config: packs.0.indicators.callsToAction: Unrecognized key: "meeting"')
  })
})

test('the scoring names no signal: the indicators read the packs\' lists', () => {
  const names = [...COMPUTED_SIGNALS, ...Object.keys(builtinRules().signals ?? {})]
  const dir = join(import.meta.dirname, '..', 'src', 'score')
  for (const file of readdirSync(dir)) {
    const source = readFileSync(join(dir, file), 'utf8')
    expect(names.filter((name) => [`'${name}'`, `"${name}"`, `\`${name}\``].some((quoted) => source.includes(quoted))), file).toEqual([])
  }
})

describe('the signals the roles confirm, cut or add are read from ROLE_SIGNALS and the signal data', () => {
  const vocabulary = builtinRules().vocabulary
  const rule = {...base, id: 'no-observation', category: 'missing-relevance', check: 'required-signal', signals: ['recipient-observation']} as const
  const text = 'Hi Ana, your Leeds depot doubled its night shift in May. Worth a look?'

  test("a team's signal whose words mean anyone (notCountedAs: reader-reference) keeps its sentence from being an observation of the reader", () => {
    const pack = (extra: object): Config => ({noBuiltin: true, packs: [{rules: [rule], signals: {anyone: {patterns: ['your leeds depot'], ...extra}}, vocabulary}]})
    expect(createLinter(pack({})).lint(text).messages.map((m) => m.ruleId)).toEqual([])
    expect(createLinter(pack({notCountedAs: ['reader-reference']})).lint(text).messages.map((m) => m.ruleId)).toEqual(['no-observation'])
  })

  test('roles.ts gets, cuts and adds signals by the names ROLE_SIGNALS gives, never by a name of its own', () => {
    const file = join(import.meta.dirname, '..', 'src', 'analyse', 'roles.ts')
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const calls: string[] = []
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && /^(?:signals\.get|filterSignal|addHit)$/.test(node.expression.getText(source))) {
        const name = node.expression.getText(source) === 'signals.get' ? node.arguments[0] : node.arguments[1]
        calls.push(ts.isStringLiteralLike(name) ? `literal ${name.text}` : 'flag')
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
    expect(calls.length).toBeGreaterThan(5)
    expect(calls.filter((c) => c !== 'flag')).toEqual([])
    expect(Object.values(ROLE_SIGNALS).every((d) => COMPUTED_SIGNALS.includes(d.signal) || d.signal in (builtinRules().signals ?? {}))).toBe(true)
  })
})

test('the engine, analysis and checks name none of these rules or signals: they read the flags', () => {
  // fix/ still reads rules by name (the rewrite's credits); analyse/roles.ts reads its signals through
  // ROLE_SIGNALS (above), and its word lists hold English words ("invitation" in MESSAGE_NOUNS);
  // analyse/signals.ts declares the signals (ROLE_SIGNALS among them); the indicators' signals are
  // the packs' `indicators`.
  const src = join(import.meta.dirname, '..', 'src')
  const files = readdirSync(src, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.ts') && !f.includes('.generated.') && !f.startsWith('fix') && f !== join('analyse', 'roles.ts') && f !== join('analyse', 'signals.ts'))
  const named = files.filter((f) => /['"`](?:generic-you|hollow-mention|subject-generic|your-specifics|recipient-words|invitation)['"`]/.test(readFileSync(join(src, f), 'utf8')))
  expect(named).toEqual([])
})

/** The string literals of a TypeScript source that are exactly one of `names` (comments are not read). */
function namedIn(file: string, names: ReadonlySet<string>): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && names.has(node.text)) found.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

test('outside the rewrite plan, the roles and the sequences, no module names a rule or a signal: the checks and the page read the rule data', () => {
  const pack = builtinRules()
  // No rule or signal shares its name with a role, a merge field's role or a rewrite flag (the test
  // below), so every such literal outside the files left out here is a rule or a signal named in code.
  const names = new Set([...pack.rules.map((r) => r.id), ...COMPUTED_SIGNALS, ...Object.keys(pack.signals ?? {})])
  const root = join(import.meta.dirname, '..')
  // analyse/signals.ts declares the computed signals; fix/, sequence/ and analyse/roles*.ts still
  // read rules and signals by name.
  const files = readdirSync(join(root, 'src'), {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.ts') && !f.includes('.generated.') && !/^(?:fix|sequence)[\\/]/.test(f) && !/^analyse[\\/](?:roles[^\\/]*|signals)\.ts$/.test(f))
    .map((f) => join(root, 'src', f))
  expect(files.length).toBeGreaterThan(100)
  const named = files.flatMap((file) => namedIn(file, names).map((name) => `${file.slice(root.length + 1)}: ${name}`))
  // The old names of renamed flags are named where they are refused (the rule time-ask's name was a flag's).
  const oldFlags = Object.keys(RENAMED_FLAGS).map((name) => join('src', 'rules', `rewrite-flags.ts: ${name}`))
  expect(named.filter((n) => !oldFlags.includes(n))).toEqual([])
  // The page's form has fields called recipient-company and recipient-role: it is held to the rule ids.
  expect(namedIn(join(root, 'web', 'app.ts'), new Set(pack.rules.map((r) => r.id)))).toEqual([])
  // It finds what it is for: the computed signals where they are declared, the rule ids the rewrite's change list credits (fix/draft.ts).
  expect(namedIn(join(root, 'src', 'analyse', 'signals.ts'), names)).toContain('recipient-company')
  expect(namedIn(join(root, 'src', 'fix', 'draft.ts'), names)).toContain('generic-opener')
})

test('no rule, signal, sentence role, merge field role, rewrite flag or check kind shares its name with another kind of thing', () => {
  const pack = builtinRules()
  const kinds: Record<string, readonly string[]> = {
    rule: [...pack.rules.map((r) => r.id), ...builtinSequenceRules().map((r) => r.id)],
    signal: [...COMPUTED_SIGNALS, ...Object.keys(pack.signals ?? {})],
    role: ROLES,
    'field role': FIELD_ROLES,
    'rewrite flag': REWRITE_FLAGS,
    'check kind': [...new Set(pack.rules.map((r) => r.check))]
  }
  const kindsOf = new Map<string, string[]>()
  for (const [kind, names] of Object.entries(kinds)) for (const name of new Set(names)) kindsOf.set(name, [...(kindsOf.get(name) ?? []), kind])
  expect([...kindsOf].filter(([, k]) => k.length > 1).map(([name, k]) => `${name}: ${k.join(', ')}`)).toEqual([])
  // It finds what it is for: the names before the renames.
  expect(['chase', 'time-ask', 'recipient-fact'].map((name) => kindsOf.get(name))).toEqual([['rule'], ['rule'], ['signal']])
})
