/** The library API: exact findings, ranges, rewrites, indicators, score and config behaviour. */
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {createLinter, lint, outreachLint, rewrite, type LintMessage, type RuleInput} from '../src/index.js'
import {builtinRules} from '../src/config.js'

const pick = (messages: LintMessage[]) => messages.map((m) => [m.ruleId, m.field, m.start, m.end, m.actual])

describe('lint', () => {
  test('an interrupt-and-pitch draft gets exactly these findings, subject first', () => {
    const result = lint({
      subject: 'Re: quick question',
      text: 'Hi {{first_name}}, I hope this email finds you well. Do you have 15 minutes for a call?',
      recipient: {name: 'Ana', company: 'Northwind', role: 'Head of Operations'}
    })
    expect(pick(result.messages)).toEqual([
      ['fake-reply-subject', 'subject', 0, 4, 'Re: '],
      ['subject-generic', 'subject', 4, 18, 'quick question'],
      ['generic-opener', 'body', 19, 51, 'I hope this email finds you well'],
      ['first-name-only', 'body', 19, 52, 'I hope this email finds you well.'],
      ['no-recipient-specifics', 'body', 19, 52, 'I hope this email finds you well.'],
      ['recipient-facts-unused', 'body', 19, 52, 'I hope this email finds you well.'],
      // Findings of two or more mission categories: the draft as a whole, from the first to the last.
      ['interrupt-then-pitch', 'body', 19, 75, 'I hope this email finds you well. Do you have 15 minutes'],
      ['premature-meeting-ask', 'body', 60, 75, 'have 15 minutes']
    ])
    // The score is 100 minus the deductions, and the deductions name their rules.
    const total = result.deductions.reduce((sum, d) => sum + d.points, 0)
    expect(result.score).toBe(100 - total)
    expect(result.deductions.map((d) => d.ruleId).sort()).toEqual([...new Set(result.messages.map((m) => m.ruleId))].sort())
    expect(result.messages.find((m) => m.ruleId === 'generic-opener')?.why).toMatch(/first line/)
  })

  test('a recipient-first draft gets no findings and a perfect score', () => {
    const result = lint({
      subject: 'Returns window at Northwind',
      text: 'Hi Priya,\n\nYour returns page still says 30 days, while three of your closest rivals moved to 60.\n\nWorth a look before your Q3 planning?\n\nSam'
    })
    expect(result.messages).toEqual([])
    expect(result.score).toBe(100)
  })

  test('lines and columns count UTF-16 units after CRLF and emoji', () => {
    const text = 'Hi Ana,\r\n\r\n😀 I hope this email finds you well. Saw your post.'
    const [m] = lint(text).messages
    expect(m.ruleId).toBe('generic-opener')
    expect([m.line, m.column, m.endLine, m.endColumn, m.start, m.end]).toEqual([3, 4, 3, 36, 14, 46])
    expect(text.slice(m.start, m.end)).toBe('I hope this email finds you well')
  })

  test('the character count is in code points: an emoji is one, a lone surrogate is one', () => {
    const count = (text: string) => lint(text).indicators.characterCount
    expect(count('Saw your post.')).toBe(14)
    expect(count('Saw your post 😀😀.')).toBe(17)
    expect(count('Saw your post \uD83D.')).toBe(16)
    expect(count('Saw your post \uDE00\uD83D.')).toBe(17)
  })

  test('one pattern matches every inflection: reach out, reached out, reaching out', () => {
    for (const [text, actual] of [
      ['I wanted to reach out about your fleet.', 'I wanted to reach out about'],
      ['I reached out about your fleet.', 'I reached out'],
      ['Reaching out about your fleet.', 'Reaching out about'],
      ["I'm reaching out regarding your fleet.", "I'm reaching out regarding"]
    ]) {
      expect(lint(text).messages.filter((m) => m.ruleId === 'reaching-out-opener').map((m) => m.actual)).toEqual([actual])
    }
  })

  test('negation and quotation do not trigger a phrase', () => {
    const ids = (text: string) => lint(text).messages.map((m) => m.ruleId)
    expect(ids("I'm not going to ask you for a quick call; the summary is attached.")).not.toContain('premature-meeting-ask')
    expect(ids('Your post said "book a demo" buttons convert worse than a reply. What did you test?')).not.toContain('premature-meeting-ask')
  })

  test('a follow-up step is the followup channel, where a bump is flagged', () => {
    const result = lint({text: 'Hi Marco, just checking in on my last email.', step: 2})
    expect(result.channel).toBe('followup')
    expect(result.messages.map((m) => m.ruleId)).toContain('empty-follow-up')
  })

  test('thresholds differ by channel: a LinkedIn note stops at 300 characters', () => {
    const text = 'Your piece on pick-rate plateaus matched what we see at the sites we support. '.repeat(5)
    const ids = (channel: 'email' | 'linkedin-connect') => lint({text, channel}).messages.map((m) => m.ruleId)
    expect(ids('linkedin-connect')).toContain('channel-character-limit')
    expect(ids('email')).not.toContain('channel-character-limit')
    const [limit] = lint({text, channel: 'linkedin-connect'}).messages.filter((m) => m.ruleId === 'channel-character-limit')
    expect(limit.start).toBe(300)
    expect(limit.end).toBe(text.trimEnd().length)
  })

  test('indicators describe the message', () => {
    const {indicators} = lint('Hi Sam, I read your post on churn. We built a checklist for it. Want it?\n\nhttps://example.com/list')
    expect(indicators).toMatchObject({wordCount: 16, questionCount: 1, selfReferences: 2, recipientReferences: 1, linkCount: 1})
    expect(indicators.callsToAction.map((c) => c.kind)).toEqual(['question'])
    expect(indicators.personalisation).toEqual(['trigger-event: read your post'])
  })

  test('indicators list a detail once in its longest form, and overlapping asks of one kind as one', () => {
    const line = 'Your careers page mentions a move off spreadsheets in Leeds.'
    const text = `Hi Sam,\n\n${line} ${line}\n\nWorth a reply with a yes or no?`
    const {indicators} = lint(text)
    // "your careers page" and "your careers page mentions" match in the same words, twice over.
    expect(indicators.personalisation).toEqual(['trigger-event: Your careers page', 'your-specifics: Your careers page mentions', 'named-detail: Leeds'])
    // "Worth a reply" and "reply with" overlap: one reply, from the start of one to the end of the other.
    const ask = text.indexOf('Worth')
    expect(indicators.callsToAction).toEqual([
      {kind: 'reply', text: 'Worth a reply with', start: ask, end: ask + 'Worth a reply with'.length},
      {kind: 'question', text: 'Worth a reply with a yes or no?', start: ask, end: text.length}
    ])
  })

  test("a call to action found in the subject is not placed among the body's", () => {
    const {signals, vocabulary} = builtinRules()
    const rule = {id: 'subject-ask', category: 'cold-interruption', severity: 'warning', message: '{match}', why: 'because', check: 'phrase', target: 'subject', cta: 'meeting', patterns: ['quick call'], examples: {invalid: [{subject: 'quick call', text: 'x'}], valid: ['y']}}
    const linter = createLinter({noBuiltin: true, packs: [{rules: [rule as RuleInput], signals, vocabulary}]})
    const result = linter.lint({subject: 'A quick call?', text: 'Hi Sam, your Leeds post was good.'})
    expect(result.messages.map((m) => [m.ruleId, m.field, m.actual])).toEqual([['subject-ask', 'subject', 'quick call']])
    expect(result.indicators.callsToAction).toEqual([])
  })
})

describe('rewrite', () => {
  test('removes a filler opener and keeps the rest byte for byte', () => {
    expect(rewrite('Hi Dana,\n\nI hope this email finds you well. Saw your Leeds opening.')).toBe('Hi Dana,\n\nSaw your Leeds opening.')
  })

  test('turns a lead-in into a direct start and a meeting ask into an interest question', () => {
    expect(rewrite('Hi Omar, I wanted to reach out because your clinic just added Saturday hours. Do you have 15 minutes for a quick call?')).toBe(
      'Hi Omar, Your clinic just added Saturday hours. Worth a look?'
    )
  })

  test('is idempotent and rewrites the subject too', () => {
    const input = {subject: 'Re: returns', text: 'Hi Ana, hope you are well! Saw your returns page. Can I grab 20 mins on your calendar?'}
    const once = rewrite(input)
    expect(once.subject).toBe('returns')
    expect(rewrite({...input, ...once}).text).toBe(once.text)
  })

  test('--fix applies only safe fixes: lint(...).messages[].fix', () => {
    const fixes = lint('I hope this email finds you well. Saw your post. Book a demo here.').messages.filter((m) => m.fix)
    expect(fixes.map((m) => m.ruleId)).toEqual(['generic-opener'])
  })
})

describe('config', () => {
  test('rules can be turned off, re-levelled and re-tuned', () => {
    const text = 'I hope this email finds you well. ' + 'Your depot in Leeds is busy. '.repeat(30)
    const linter = createLinter({rules: {'generic-opener': 'off', 'too-long': ['error', {max: {email: 40}}]}})
    const ids = linter.lint(text).messages.map((m) => [m.ruleId, m.severity])
    expect(ids).not.toContainEqual(['generic-opener', 'error'])
    expect(ids).toContainEqual(['too-long', 'error'])
  })

  test('errors name the source and the field', () => {
    expect(() => createLinter({rules: {'no-such-rule': 'off'}})).toThrow(/^config: rules\.no-such-rule: unknown rule "no-such-rule"$/)
    expect(() => createLinter({channel: 'fax' as never})).toThrow(/^config: channel: /)
    expect(() => createLinter({packs: [{rules: [{id: 'Bad Id'} as never]}]})).toThrow(/^config: packs\.0\.rules\.0/)
  })

  test('linters with different vocabularies each count the same words their own way, in any order', () => {
    // Word flags are memoised per spelling and vocabulary; alternating linters must not see each other's.
    const plain = createLinter()
    const folksy = createLinter({packs: [{rules: [], vocabulary: {recipient: ['folks']}}]})
    const text = 'Hi Sam,\n\nDo folks on your team still reconcile the weekend backlog by hand?\n\nBest,\nAlex'
    const count = (linter: typeof plain) => linter.lint(text).indicators.recipientReferences
    const [a, b] = [count(plain), count(folksy)]
    expect(b).toBe(a + 1)
    expect([count(folksy), count(plain), count(folksy), count(plain)]).toEqual([b, a, b, a])
  })

  test('a team pack adds its own rule, in the same format as the built-in rules', () => {
    const linter = createLinter({
      packs: [
        {
          rules: [
            {
              id: 'no-synergy',
              category: 'product-centric',
              severity: 'error',
              message: 'Say what improves instead of "{match}".',
              why: 'Nobody can picture a synergy.',
              check: 'phrase',
              patterns: ['(synergy|synergies)'],
              examples: {invalid: ['Great synergies here.'], valid: ['Great fit.']}
            }
          ]
        }
      ]
    })
    const [m] = linter.lint('I see real synergies between us.').messages.filter((x) => x.ruleId === 'no-synergy')
    expect([m.message, m.actual, m.severity]).toEqual(['Say what improves instead of "synergies".', 'synergies', 'error'])
  })
})

test('the retext plugin puts the same findings on the vfile', async () => {
  const file = new VFile('Hi Dana, I hope this email finds you well. Book a demo here: https://calendly.com/x/15')
  const processor = unified().use(retextEnglish).use(outreachLint, {channel: 'email'})
  await processor.run(processor.parse(file), file)
  const direct = lint({text: String(file.value), channel: 'email'}).messages
  expect(file.messages.map((m) => [m.ruleId, m.source, m.place && 'start' in m.place ? m.place.start.offset : undefined, m.actual])).toEqual(
    direct.map((m) => [m.ruleId, 'outreach-lint', m.start, m.actual])
  )
  const opener = file.messages.find((m) => m.ruleId === 'generic-opener')!
  expect(opener.fatal).toBe(true)
  expect(opener.expected).toEqual([''])
  // Its url is the rule's page, as on the library's finding.
  expect(opener.url).toMatch(/\/docs\/rules\/generic-opener\.md$/)
  expect(file.messages.map((m) => m.url)).toEqual(direct.map((m) => m.url))
})

describe('names a rule refers to', () => {
  const rule: RuleInput = {
    id: 'my-rule',
    category: 'spammy',
    severity: 'warning',
    message: 'm',
    why: 'w',
    check: 'phrase',
    patterns: ['foo'],
    examples: {invalid: ['foo'], valid: ['bar']}
  }

  test('a misspelt signal in unless is refused in one line naming the pack, the rule, the field, the likely name and the known ones', () => {
    let error: Error | undefined
    try {
      createLinter({packs: [{rules: [{...rule, id: 'other'}, {...rule, unless: ['question-mark', 'trigger-evnet']}]}]})
    } catch (e) {
      error = e as Error
    }
    expect(error?.name).toBe('ConfigError')
    expect(error?.message).toMatch(/^config: packs\.0\.rules\.1\.unless: unknown signal "trigger-evnet" \(did you mean "trigger-event"\? known: [a-z-]+(, [a-z-]+)+\)$/)
    expect(error?.message).toContain(', question-mark,')
    expect(error?.message).not.toContain('\n')
  })

  test('a misspelt signal in a required-signal rule is refused (it would fire on every message)', () => {
    const {patterns: _, ...shared} = rule as RuleInput & {patterns: string[]}
    const required: RuleInput = {...shared, check: 'required-signal', signals: ['trigger-event', 'recipeint-fact']}
    expect(() => createLinter({packs: [{rules: [required]}]})).toThrow(/^config: packs\.0\.rules\.0\.signals: unknown signal "recipeint-fact" \(did you mean "recipient-fact"\?/)
    // The same misspelling given as a built-in rule's option, named by the rule's setting.
    expect(() => createLinter({rules: {'no-recipient-specifics': ['warn', {signals: ['trigger-evnet']}]}})).toThrow(
      /^config: rules\.no-recipient-specifics\.signals: unknown signal "trigger-evnet" \(did you mean "trigger-event"\?/
    )
  })

  test('onlyIf too; computed signals, the built-in signals and a pack\'s own are known', () => {
    expect(() => createLinter({packs: [{rules: [{...rule, onlyIf: ['questoin-mark']}]}]})).toThrow('config: packs.0.rules.0.onlyIf: unknown signal "questoin-mark" (did you mean "question-mark"?')
    expect(() => createLinter({packs: [{rules: [{...rule, onlyIf: ['question-mark', 'recipient-observation', 'trigger-event']}]}]})).not.toThrow()
    const own = {signals: {'our-word': {patterns: ['frobnicate']}}, rules: [{...rule, unless: ['our-word']}]}
    expect(() => createLinter({noBuiltin: true, packs: [own]})).not.toThrow()
    // Without the built-in pack, its phrase signals are not there to name.
    expect(() => createLinter({noBuiltin: true, packs: [{rules: [{...rule, unless: ['trigger-event']}]}]})).toThrow('config: packs.0.rules.0.unless: unknown signal "trigger-event"')
  })
})

describe('input checked at the boundary', () => {
  const linter = createLinter()
  test.each([
    [{text: 'Hi', channel: 'SMS'}, 'outreach-lint: input.channel: unknown channel "SMS" (one of email, followup, linkedin-connect, linkedin-inmail, sms)'],
    [{text: 'Hi', channel: ''}, 'outreach-lint: input.channel: unknown channel "" (one of email, followup, linkedin-connect, linkedin-inmail, sms)'],
    [{text: 'Hi', subject: 5}, 'outreach-lint: input.subject: expected a string or null, got number'],
    [{text: 'Hi', recipient: {facts: 'x'}}, 'outreach-lint: input.recipient.facts: expected an array of strings, got "x"'],
    [{text: 'Hi', recipient: {company: 7}}, 'outreach-lint: input.recipient.company: expected a string, got number'],
    [{text: 'Hi', step: 0}, 'outreach-lint: input.step: expected a whole number from 1, got number']
  ])('%j', (input, message) => {
    expect(() => linter.lint(input as never)).toThrow(message)
    expect(() => linter.rewrite(input as never)).toThrow(message)
  })
})

describe('thresholds', () => {
  test('a negative max is refused when the config loads; a fractional one lints instead of crashing', () => {
    expect(() => createLinter({rules: {'too-long': ['warn', {max: -1}]}})).toThrow('config: rules.too-long: max: Too small: expected number to be >=0')
    const found = createLinter({rules: {'too-long': ['warn', {max: 2.5}]}}).lint('Hi there, this is a test of the thing.').messages
    expect(found.filter((m) => m.ruleId === 'too-long').map((m) => m.actual)).toEqual(['a test of the thing'])
  })
})
