/**
 * Property-based tests (fast-check): the library never throws and never hangs on any string, every
 * range it reports is well-formed, and `rewrite` is idempotent and only touches the text it edits.
 *
 * Two families of inputs: fully random strings (any code point, lone surrogates, NUL, control
 * characters, combining marks, RTL text, emoji sequences, every kind of line break, unbalanced merge
 * fields) and "outreach-like" drafts assembled from fragments that trigger the rules, so that the
 * rewrite paths are really exercised.
 */
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {applyEdits, CHANNELS, createLinter, type Edit, type LintInput, type LintMessage, type LintResult} from '../src/index.js'

const linter = createLinter()
/** More cases on demand: OUTREACH_LINT_PROPERTY_SCALE=20 npx vitest run test/property.test.ts */
const SCALE = Math.max(1, Number(process.env.OUTREACH_LINT_PROPERTY_SCALE) || 1)
const runs = (n: number) => ({numRuns: Math.round(n * SCALE)})
const TIMEOUT = 30_000 * SCALE
const rendered = createLinter({rendered: true})

// ---------------------------------------------------------------------------------------------
// Independent re-implementations of what the linter computes

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** True unless `offset` falls between the two halves of a surrogate pair. */
function onCodePointBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true
  return !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)))
}

/** Lone surrogates in a string (well-formed text has none). */
function loneSurrogates(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isHigh(c) && isLow(text.charCodeAt(i + 1))) i++
    else if (isHigh(c) || isLow(c)) n++
  }
  return n
}

/** 1-based line and UTF-16 column of `offset`; lines end at CRLF, CR or LF (CRLF counts once). */
function lineColumn(text: string, offset: number): [number, number] {
  const lines = text.split(/\r\n|\r|\n/)
  const breaks = text.match(/\r\n|\r|\n/g) ?? []
  let lineStart = 0
  for (let i = 0; i < lines.length; i++) {
    const next = lineStart + lines[i].length + (breaks[i]?.length ?? 0)
    // The offset belongs to this line when it is before the next line's start (the line break
    // itself, even between the CR and LF of a CRLF, belongs to the line it ends).
    if (offset < next || i === lines.length - 1) return [i + 1, offset - lineStart + 1]
    lineStart = next
  }
  return [1, offset + 1]
}

function fieldText(input: LintInput, m: LintMessage): string {
  return m.field === 'subject' ? (input.subject ?? '') : input.text
}

function checkRange(text: string, start: number, end: number, what: string): void {
  expect(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`).toBe(true)
  expect(start, `${what}: start >= 0`).toBeGreaterThanOrEqual(0)
  expect(end, `${what}: end >= start`).toBeGreaterThanOrEqual(start)
  expect(end, `${what}: end inside the field`).toBeLessThanOrEqual(text.length)
  expect(onCodePointBoundary(text, start), `${what}: start ${start} splits a surrogate pair`).toBe(true)
  expect(onCodePointBoundary(text, end), `${what}: end ${end} splits a surrogate pair`).toBe(true)
}

/** Every invariant of one lint result. */
function checkResult(input: LintInput, result: LintResult): void {
  expect(result.score).toBeGreaterThanOrEqual(0)
  expect(result.score).toBeLessThanOrEqual(100)
  expect(CHANNELS).toContain(result.channel)
  let previous: LintMessage | undefined
  for (const m of result.messages) {
    const where = `${m.ruleId} [${m.field} ${m.start}..${m.end}]`
    expect(['body', 'subject']).toContain(m.field)
    if (m.field === 'subject') expect(typeof input.subject, `${where}: a subject finding needs a subject`).toBe('string')
    const text = fieldText(input, m)
    checkRange(text, m.start, m.end, where)
    expect(m.actual, where).toBe(text.slice(m.start, m.end))
    expect([m.line, m.column], `${where}: line/column of start`).toEqual(lineColumn(text, m.start))
    expect([m.endLine, m.endColumn], `${where}: line/column of end`).toEqual(lineColumn(text, m.end))
    expect(typeof m.message === 'string' && m.message.length > 0, where).toBe(true)
    expect(['error', 'warning', 'info']).toContain(m.severity)
    for (const [i, s] of m.suggestions.entries()) {
      const what = `${where} suggestion ${i}`
      expect(typeof s.message === 'string' && s.message.length > 0, `${what}: message`).toBe(true)
      expect(typeof s.replacement, what).toBe('string')
      checkRange(text, s.start, s.end, what)
      // A suggestion changes something; it never re-types the range it covers.
      expect(text.slice(s.start, s.end) !== s.replacement, `${what}: a no-op suggestion`).toBe(true)
      // Never more broken code points than the text had.
      expect(loneSurrogates(s.replacement), `${what}: lone surrogate in replacement`).toBeLessThanOrEqual(loneSurrogates(text))
    }
    if (m.fix) {
      checkRange(text, m.fix.start, m.fix.end, `${where} fix`)
      expect(typeof m.fix.replacement).toBe('string')
    }
    // Sorted: subject first, then by position.
    if (previous) {
      const order = previous.field === m.field ? previous.start - m.start || previous.end - m.end : previous.field === 'subject' ? -1 : 1
      expect(order, `${where}: messages out of order`).toBeLessThanOrEqual(0)
    }
    previous = m
  }
}

/** The edits `rewrite` makes in one pass for one field: each finding's fix, else its first suggestion. */
function editsOf(result: LintResult, field: 'body' | 'subject'): Edit[] {
  const edits: Edit[] = []
  for (const m of result.messages) {
    if (m.field !== field) continue
    const edit = m.fix ?? m.suggestions[0]
    if (edit) edits.push({start: edit.start, end: edit.end, replacement: edit.replacement})
  }
  return edits
}

/** applyEdits applied sorted, non-overlapping edits, and left every other character where it was. */
function checkApplied(text: string, edits: Edit[]): string {
  const {text: out, applied} = applyEdits(text, edits)
  for (const e of applied) {
    expect(edits).toContainEqual(e)
    expect(e.start >= 0 && e.start <= e.end && e.end <= text.length, 'applied edit inside the text').toBe(true)
  }
  for (let i = 1; i < applied.length; i++) {
    const [a, b] = [applied[i - 1], applied[i]]
    expect(a.end, 'applied edits overlap').toBeLessThanOrEqual(b.start)
    // Two insertions at one point would leave their order to chance.
    expect(a.start === a.end && b.start === b.end && a.start === b.start, 'two insertions at one offset').toBe(false)
  }
  // Walk the output: untouched segments byte for byte, replacements in between.
  let at = 0
  let o = 0
  for (const e of applied) {
    const untouched = text.slice(at, e.start)
    expect(out.slice(o, o + untouched.length)).toBe(untouched)
    o += untouched.length
    expect(out.slice(o, o + e.replacement.length)).toBe(e.replacement)
    o += e.replacement.length
    at = e.end
  }
  expect(out.slice(o)).toBe(text.slice(at))
  return out
}

// ---------------------------------------------------------------------------------------------
// Generators

const SPECIAL = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffd', '\u200b', '\u200d',
  '\t', '\v', '\f', '\r', '\n', '\r\n', '\n\r', '\r\r\n', '\n\n', '\r\n\r\n',
  // lone surrogates, and a pair in the wrong order
  '\ud800', '\udbff', '\udc00', '\udfff', '\ude00\ud83d',
  // combining marks, alone and after letters
  '\u0301', 'e\u0301', 'a\u0300\u0316\u0345', '\u20dd',
  // RTL text and direction marks
  'مرحبا بك', 'שלום עולם', '\u202e', '\u200f', '\u2066', '\u061c',
  // emoji: ZWJ families, flags, skin tones, keycaps, variation selectors
  '👩‍👩‍👧‍👦', '🇬🇧', '🇺🇸🇫🇷', '👍🏽', '🧑🏿‍💻', '1️⃣', '❤️', '🏳️‍🌈', '😀',
  // other scripts and width
  '日本語のテキスト', 'Ελληνικά', 'Ａｂｃ', 'ǅ', 'ß', 'İ',
  // unbalanced merge fields and stray syntax
  '{{x}', '{{x', 'x}}', '*|X|', '|*', '[Name', 'Name]', '{!A.B', '{!', '{', '}', '{{', '}}', '{{{', '}}}', '%FIRST', '%%', '[[', ']]', '{{ }}', '{}', '[]',
  '@', '@@', 'http://', 'https://', 'www.', 'mailto:', '://', '.', '...', '?', '!', '!!!', '?!', '"', '“', '”', "'", '’', '(', ')', '-', '—', '*', '•', '#', '$', '$&', "$'", '$`', '$1'
]

const codeUnit = fc.integer({min: 0, max: 0xffff}).map((c) => String.fromCharCode(c))
const anyCodePoint = fc.integer({min: 0, max: 0x10ffff}).map((c) => String.fromCodePoint(c))

/** Fully random text: code units, code points, graphemes, ASCII, and the special pieces above. */
const randomText = fc
  .array(
    fc.oneof(
      {weight: 3, arbitrary: fc.string({unit: 'grapheme-ascii', maxLength: 12})},
      {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 6})},
      {weight: 2, arbitrary: codeUnit},
      {weight: 1, arbitrary: anyCodePoint},
      {weight: 4, arbitrary: fc.constantFrom(...SPECIAL)},
      {weight: 2, arbitrary: fc.constantFrom(' ', ' ', '  ', '\n', '. ', ', ')}
    ),
    {maxLength: 60}
  )
  .map((parts) => parts.join(''))

const FRAGMENTS = {
  greeting: ['Hi Dana,', 'Hello {{first_name}},', 'Hey [First Name] -', 'Dear *|FNAME|*,', 'Hi {!Contact.FirstName},', 'Good morning %FIRSTNAME%!', 'Hi there,', 'Hi {FirstName},'],
  opener: [
    'I hope this email finds you well.',
    "I hope you're doing well!",
    'I trust this note finds you well.',
    "My name is Dan and I'm reaching out because",
    "I'm reaching out to introduce myself.",
    'Just following up on my last email.',
    'Just bumping this to the top of your inbox.',
    'Sorry to bother you,',
    'Apologies for the cold email.',
    'I wanted to reach out',
    'I know you are busy, but',
    'Quick question:'
  ],
  boast: [
    'We are the industry-leading provider of AI-powered sales enablement.',
    'Our best-in-class platform helps teams like yours close more deals.',
    'We have worked with over 500 companies and we are proud of our results.',
    'Our cutting-edge, world-class solution is 100% guaranteed.',
    'We are the leading platform for revenue teams.',
    'Our platform offers:\n- Fast onboarding\n- AI insights\n- 24/7 support\n',
    'We help companies like {{company}} grow.'
  ],
  ask: [
    'Do you have 15 minutes for a quick call next week?',
    'Can we hop on a call on Tuesday?',
    'Are you free for a 30-minute demo?',
    'Book a time here: https://calendly.com/dan-vantora/15min',
    'Grab a slot: https://calendly.com/x',
    'Let me know if you are interested.',
    'Worth a chat?',
    'Act now, this offer expires today!!!',
    "I haven't heard back, so I assume you're not interested?"
  ],
  relevant: [
    'Saw your Leeds opening on LinkedIn.',
    'Congrats on the Series B, {{ company }}!',
    'Your post about warehouse picking rates was sharp.',
    'How are you handling returns at Northwind this quarter?',
    'Noticed Acme just hired three SDRs.'
  ],
  field: ['{{first_name}}', '{{ contact.company }}', '{FirstName}', '[First Name]', '%FIRSTNAME%', '*|FNAME|*', '{!Contact.FirstName}', '{{{name}}}', '{{x}', '*|X|', '[Name', '{!A.B', 'Hi {{name}', '{{company}}}'],
  link: ['https://example.com/a?b=c&d=e#f', 'www.acme.io', 'dan@vantora.io', '@dana', 'http://bit.ly/xyz', 'https://calendly.com/dan/30min?month=2024-05', '<https://x.y>'],
  quote: ['"we are the best"', '“I hope this finds you well”', "'quick call'", '"', '“', '”'],
  shout: ['FREE', 'ACT NOW', 'LIMITED TIME OFFER', 'GUARANTEED!!!', '$$$', '100% free', 'Click here', 'Re:', 'RE: RE:'],
  emoji: ['🚀', '🔥🔥🔥', '👋🏽', '👩‍💻', '🇬🇧', '✅', '💯'],
  signoff: ['Best,\nDan', 'Thanks,\nDan\nVantora | AE', 'Cheers\r\nSam', 'Kind regards,\n\nDan Smith\nAccount Executive\n+44 20 7946 0000', '--\nDan']
}
const ALL_FRAGMENTS = Object.values(FRAGMENTS).flat()
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '', '. ', ', ', ' - ', '\t']

/** A draft assembled from rule-triggering fragments, with random noise and separators. */
const outreachText = fc
  .tuple(
    fc.option(fc.constantFrom(...FRAGMENTS.greeting), {nil: ''}),
    fc.array(
      fc.oneof(
        {weight: 8, arbitrary: fc.constantFrom(...ALL_FRAGMENTS)},
        {weight: 1, arbitrary: fc.constantFrom(...SPECIAL)},
        {weight: 1, arbitrary: fc.string({unit: 'grapheme-ascii', maxLength: 10})}
      ),
      {minLength: 1, maxLength: 14}
    ),
    fc.array(fc.constantFrom(...SEPARATORS), {minLength: 16, maxLength: 16}),
    fc.option(fc.constantFrom(...FRAGMENTS.signoff), {nil: ''})
  )
  .map(([greeting, parts, seps, signoff]) => {
    let text = greeting ? greeting + '\n\n' : ''
    parts.forEach((p, i) => (text += p + seps[i % seps.length]))
    return text + (signoff ? '\n\n' + signoff : '')
  })

const subjectArb = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constantFrom('Re: quick question', 'RE: FREE DEMO!!!', 'Quick question', 'Hi', '{{first_name}}, 15 minutes?', 'Following up', 'Idea for {{company}}', '🚀🚀🚀', 'x'.repeat(200)),
  randomText
)

const recipientArb = fc.option(
  fc.record(
    {
      name: fc.oneof(fc.constant('Dana'), randomText),
      company: fc.oneof(fc.constant('Northwind'), fc.constant('Acme Logistics'), randomText),
      role: fc.oneof(fc.constant('Head of Operations'), randomText),
      facts: fc.array(fc.oneof(fc.constant('Leeds opening'), fc.constant('Series B'), randomText), {maxLength: 3})
    },
    {requiredKeys: []}
  ),
  {nil: undefined}
)

function inputArb(text: fc.Arbitrary<string>): fc.Arbitrary<LintInput> {
  return fc
    .record({
      text,
      subject: subjectArb,
      channel: fc.option(fc.constantFrom(...CHANNELS), {nil: undefined}),
      recipient: recipientArb,
      step: fc.option(fc.integer({min: 1, max: 6}), {nil: undefined}),
      rendered: fc.option(fc.boolean(), {nil: undefined})
    })
    .map((r) => {
      // Leave absent keys absent, as a caller would.
      const input: LintInput = {text: r.text}
      if (r.subject !== undefined) input.subject = r.subject
      if (r.channel !== undefined) input.channel = r.channel
      if (r.recipient !== undefined) input.recipient = r.recipient
      if (r.step !== undefined) input.step = r.step
      if (r.rendered !== undefined) input.rendered = r.rendered
      return input
    })
}

const anyText = fc.oneof({weight: 1, arbitrary: randomText}, {weight: 2, arbitrary: outreachText})

// ---------------------------------------------------------------------------------------------
// Properties

describe('lint never throws and reports well-formed findings', () => {
  test('random and outreach-like strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const input = {text}
        checkResult(input, linter.lint(text))
        checkResult(input, rendered.lint(input))
      }),
      runs(400)
    )
  }, TIMEOUT)

  test('with random subjects, channels, recipients, steps', () => {
    fc.assert(
      fc.property(inputArb(anyText), (input) => {
        checkResult(input, linter.lint(input))
      }),
      runs(300)
    )
  }, TIMEOUT)

  // Inputs a random run once found, kept so they run every time.
  test.each([
    // A signal's word that the tagger reads as a space (after a NUL), asked whether it names a kind of company: lint threw.
    {text: 'Hi Dana, \u0000 Hi Dana, Hi Dana, Hi Dana,\n\nHi Dana, Saw your Leeds opening on LinkedIn.[First Name]\nHi Dana, \n\nBest,\nDan', subject: ''}
  ])('found once: %j', (input) => {
    checkResult(input, linter.lint(input))
    expect(typeof linter.rewrite(input).text).toBe('string')
  })

  test('50,000-character words, alone and inside a draft', () => {
    const long = fc.constantFrom('?'.repeat(50_000), '!?'.repeat(25_000), 'x'.repeat(50_000), 'É'.repeat(50_000), '😀'.repeat(25_000), 'a\u0301'.repeat(25_000), '{'.repeat(50_000), '{{a'.repeat(16_000), 'http://' + 'a'.repeat(50_000))
    fc.assert(
      fc.property(long, outreachText, fc.nat(), (word, draft, at) => {
        const cut = at % (draft.length + 1)
        for (const text of [word, draft.slice(0, cut) + word + draft.slice(cut)]) {
          const input = {text, subject: word}
          checkResult(input, linter.lint(input))
        }
      }),
      runs(8)
    )
    // (16 lints of 50,000 characters: 40 s on a loaded machine; a hang is what this bound catches.)
  }, 4 * TIMEOUT)
})

describe('rewrite', () => {
  test('is idempotent on strings: rewrite(rewrite(x)) === rewrite(x)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = linter.rewrite(text)
        expect(typeof once).toBe('string')
        expect(linter.rewrite(once)).toBe(once)
      }),
      runs(250)
    )
  }, TIMEOUT)

  test('is idempotent on drafts with a subject', () => {
    fc.assert(
      fc.property(inputArb(outreachText), (input) => {
        const once = linter.rewrite(input)
        const twice = linter.rewrite({...input, text: once.text, subject: once.subject})
        expect(twice.text).toBe(once.text)
        expect(twice.subject).toBe(once.subject)
        expect(twice.edits).toBe(0)
      }),
      runs(120)
    )
  }, TIMEOUT)

  test('one pass: edits never overlap and text outside them is unchanged', () => {
    fc.assert(
      fc.property(inputArb(anyText), (input) => {
        const result = linter.lint(input)
        const body = checkApplied(input.text, editsOf(result, 'body'))
        if (typeof input.subject === 'string') checkApplied(input.subject, editsOf(result, 'subject'))
        // Edits on code-point boundaries with well-formed replacements never break a character.
        expect(loneSurrogates(body)).toBeLessThanOrEqual(loneSurrogates(input.text))
      }),
      runs(300)
    )
  }, TIMEOUT)

  test('keeps well-formed text well-formed', () => {
    fc.assert(
      fc.property(outreachText, (text) => {
        fc.pre(loneSurrogates(text) === 0)
        expect(loneSurrogates(linter.rewrite(text))).toBe(0)
      }),
      runs(100)
    )
  }, TIMEOUT)
})

describe('applyEdits', () => {
  test('any edits: applied ones are sorted and disjoint, everything else is kept byte for byte', () => {
    const edit = fc.record({start: fc.integer({min: -3, max: 40}), end: fc.integer({min: -3, max: 40}), replacement: fc.string({maxLength: 5})})
    fc.assert(
      fc.property(fc.string({maxLength: 30}), fc.array(edit, {maxLength: 8}), (text, edits) => {
        checkApplied(text, edits)
      }),
      runs(500)
    )
  }, TIMEOUT)
})

describe('suggestion text', () => {
  test('"{match}" is replaced literally, even when the match holds $& or $\'', () => {
    const l = createLinter({
      noBuiltin: true,
      packs: [
        {
          rules: [
            {
              id: 'dollars',
              category: 'spammy',
              severity: 'warning',
              message: 'Found {match}.',
              why: 'Because.',
              check: 'pattern',
              pattern: String.raw`\$[&'$]\$`,
              suggestions: [{message: 'Quote it.', replacement: '"{match}"'}],
              examples: {invalid: ['x'], valid: ['y']}
            }
          ]
        }
      ]
    })
    const replacements = l.lint("Win $&$ and $'$ now").messages.map((m) => m.suggestions[0]?.replacement)
    expect(replacements).toEqual(['"$&$"', `"$'$"`])
  })
})

describe('the independent line/column oracle', () => {
  test('agrees with hand-worked cases', () => {
    const text = 'ab\r\ncd\ref\ngh'
    expect(lineColumn(text, 0)).toEqual([1, 1])
    expect(lineColumn(text, 2)).toEqual([1, 3])
    expect(lineColumn(text, 3)).toEqual([1, 4])
    expect(lineColumn(text, 4)).toEqual([2, 1])
    expect(lineColumn(text, 7)).toEqual([3, 1])
    expect(lineColumn(text, 10)).toEqual([4, 1])
    expect(lineColumn(text, 12)).toEqual([4, 3])
    expect(lineColumn('', 0)).toEqual([1, 1])
  })
})
