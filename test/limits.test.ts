/**
 * Time and memory stay linear in the length of the message, and input above the size limit gets
 * one clear `input-too-large` finding instead of an analysis (or an out-of-memory crash).
 * The bounds are generous: they catch quadratic behaviour, not a slow machine.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {DEFAULT_MAX_LENGTH} from '../src/rules/pack.js'
import {readSource} from '../src/sources/index.js'
import {lintDocument} from '../src/sources/lint.js'

const linter = createLinter()

/** Realistic drafts: paragraphs with openers, boasts, asks, merge fields, links, emoji. */
const PARAGRAPHS = [
  'Hi {{first_name}},',
  'I hope this email finds you well. Our industry-leading platform helps teams like yours close more deals.',
  'Do you have 15 minutes for a quick call next week? Grab a slot here: https://calendly.com/dan/15min and tell me.',
  'Saw your post about Leeds 🚀 and the new warehouse; congrats to the whole team at Northwind.',
  "We're the best-in-class provider of AI-powered sales enablement, trusted by over 500 companies!!!",
  'Just bumping this to the top of your inbox. FREE trial, ACT NOW, limited time offer.',
  'Best,\nDan'
]

/** Names the reader might own (companies, cities, people), densely: each one is a `named-detail` candidate. */
const NAMES = 'Saw that Northwind opened in Leeds, Porto and Osaka; Dana, Priya and Jonas from Globex and Initech spoke at the Denver meetup with Hooli and Vandelay.'


function draft(length: number, lineEnd: 'mixed' | 'lf' = 'mixed'): string {
  let text = ''
  for (let i = 0; text.length < length; i++) text += PARAGRAPHS[i % PARAGRAPHS.length] + (lineEnd === 'mixed' && i % 3 === 2 ? '\r\n\r\n' : '\n\n')
  return text.slice(0, length)
}

function timePerChar(text: string, repeat: number): number {
  let best = Infinity
  for (let i = 0; i < repeat; i++) {
    const t = performance.now()
    linter.lint(text)
    best = Math.min(best, performance.now() - t)
  }
  return best / text.length
}

describe('linear time', () => {
  test('a 5 MB message finishes, and costs per character less than 5x a 5 KB one', () => {
    const small = draft(5_000)
    const large = draft(5_000_000)
    // Warm-up: compile, JIT, caches.
    for (let i = 0; i < 5; i++) linter.lint(small)
    const perCharSmall = timePerChar(small, 20)
    const t = performance.now()
    const result = linter.lint(large)
    const perCharLarge = (performance.now() - t) / large.length
    expect(result.messages.length).toBeGreaterThan(1000)
    expect(result.messages.some((m) => m.ruleId === 'input-too-large')).toBe(false)
    expect(perCharLarge / perCharSmall, `${(perCharLarge * 1e6).toFixed(0)} ns/char at 5 MB vs ${(perCharSmall * 1e6).toFixed(0)} ns/char at 5 KB`).toBeLessThan(5)
  }, 240_000)

  // Was a bug: the bulleted-line test behind `named-detail` looked back for a '\r' from every
  // capitalised word, which scans to the start of a text with '\n' line ends only (1 MB: 10x slower
  // per character than 1 KB). The 5 MB draft above has CRLF in it, so it did not show.
  test('a 1 MB draft with LF line ends only costs per character less than 5x a 5 KB one', () => {
    const names = (length: number) => draft(length, 'lf').replace(/\n\n/g, `\n\n${NAMES}\n\n`).slice(0, length)
    const small = names(5_000)
    const large = names(1_000_000)
    const perCharSmall = timePerChar(small, 20)
    const perCharLarge = timePerChar(large, 1)
    expect(perCharLarge / perCharSmall, `${(perCharLarge * 1e6).toFixed(0)} ns/char at 1 MB vs ${(perCharSmall * 1e6).toFixed(0)} ns/char at 5 KB`).toBeLessThan(5)
  }, 240_000)

  test('rewrite of a 500 KB draft finishes', () => {
    const text = draft(500_000)
    const out = linter.rewrite(text)
    expect(out.length).toBeLessThan(text.length)
  }, 240_000)

  // Was a bug (src/fix/ask.ts): a bracketed note was read up to its "]" however far, so every "[" of a
  // draft with many and no "]" rescanned the rest: 40,000 of them took about 8 s to rewrite.
  test('rewrite of a draft with 80,000 unclosed brackets finishes in seconds', () => {
    const text = 'Hi Sam, would 15 minutes work for a call? ' + '[a '.repeat(80_000) + '\nThanks'
    const t = performance.now()
    linter.rewrite(text)
    // About 1 s now; quadratic it took about 30 s.
    expect(performance.now() - t).toBeLessThan(10_000)
  }, 240_000)

  // Was a bug (src/fix): the plan read each sentence's line or paragraph back to its start (a greeting
  // word before it, a P.S. it might close, a question under a list), so a draft of one long paragraph
  // cost the square of its sentences: 6,000 of them took about 2.4 s to rewrite, 18,000 about 20 s.
  test('rewrite of one paragraph of 18,000 sentences finishes in seconds', () => {
    const line = 'Our platform cuts month-end close for finance teams. That checklist helps teams like yours. Saw your Leeds depot opened. '
    const text = 'Hi Sam,\n\n' + line.repeat(6_000) + '\n\nWorth a look?'
    const t = performance.now()
    linter.rewrite(text)
    // About 1 s now.
    expect(performance.now() - t).toBeLessThan(10_000)
  }, 240_000)

  // parse-latin splices into one token list for the whole text, which is quadratic; processor.ts
  // parses long texts in pieces, cut at a blank line after a sentence end, or, in one huge
  // paragraph, after a sentence end (1 MB on one line used to take about 40 s).
  test('a long text with no paragraph break is linear too', () => {
    const line = 'I hope this email finds you well. Our industry-leading platform helps teams like yours. Do you have 15 minutes? https://calendly.com/x '
    const small = line.repeat(40)
    const large = line.repeat(4_000)
    for (let i = 0; i < 5; i++) linter.lint(small)
    const ratio = (() => {
      const t = performance.now()
      linter.lint(large)
      return (performance.now() - t) / large.length / timePerChar(small, 10)
    })()
    // Linear is about 1, quadratic about 100 (100x the text); 5.8 was measured at a load of 13 on two cores.
    expect(ratio).toBeLessThan(12)
  }, 240_000)

  // Was a bug (rules/exclamation-run.yaml): the built-in pattern
  // `(?=[!?]{2})[!?]*![!?]*` rescans the rest of a run of "?" from every start: 100,000 "?" take
  // about a minute. Now anchored on a two-character window.
  test('a long run of question marks is linear', () => {
    const t = performance.now()
    linter.lint('Really' + '?'.repeat(100_000))
    expect(performance.now() - t).toBeLessThan(5_000)
  })

  // parse-latin merges sentences without words one by one, quadratic in their number: 50,000
  // characters of "!?" took up to 7 s whole, 200,000 about 8 s. A stretch with no sentence end is now cut hard.
  test('400,000 characters of "!?" and of "x " finish in linear time', () => {
    for (const text of ['!?'.repeat(200_000), 'x '.repeat(200_000)]) {
      const t = performance.now()
      linter.lint({text, subject: text.slice(0, 50_000)})
      expect(performance.now() - t, text.slice(0, 4)).toBeLessThan(15_000)
    }
  }, 120_000)

  // Was a bug (reliability #14): looking for a sentence start to cut a long text at, the parser
  // scanned a run of spaces again from each of its spaces, and again from each piece inside one run:
  // 400 KB of words between runs of spaces took 20 s (50x an ordinary draft), and 4.8 million spaces
  // in one run grew with the square of the run.
  test('long runs of spaces cost no more per character than prose, and time grows linearly with them', () => {
    const between = (length: number) => ('we plan routes for depots like yours' + ' '.repeat(2_000)).repeat(Math.ceil(length / 2_036)).slice(0, length)
    const oneRun = (length: number) => 'Hi Kim, saw your post.' + ' '.repeat(length) + 'Worth a look?'
    const time = (text: string, repeat: number) => timePerChar(text, repeat) * text.length
    for (let i = 0; i < 3; i++) linter.lint(draft(20_000))
    const prose = time(draft(100_000), 3)
    const spaced = time(between(100_000), 3)
    expect(spaced / prose, `${spaced.toFixed(0)} ms for 100,000 characters of words between runs of spaces vs ${prose.toFixed(0)} ms of prose`).toBeLessThan(3)
    // 16n against n: linear is 16x, quadratic 256x. (A 4x span once measured 26x on a loaded machine,
    // and an 8x span 30x against a bound of 24, so the bound sits well clear of linear.) The small
    // text is long enough to take several milliseconds: at 25,000 characters it took 1 ms, and one
    // slow run of the large text on a loaded machine measured 88x, another 66x: the bound is 128x,
    // half of quadratic.
    for (const [name, make, n] of [['runs of spaces', between, 100_000], ['one run of spaces', oneRun, 300_000]] as const) {
      const small = time(make(n), 5)
      const large = time(make(16 * n), 3)
      expect(large / small, `${name}: ${large.toFixed(0)} ms at ${16 * n} vs ${small.toFixed(0)} ms at ${n}`).toBeLessThan(128)
    }
  }, 240_000)

  test('50,000-character words do not slow the linter down', () => {
    for (const word of ['x'.repeat(50_000), 'é'.repeat(50_000), '😀'.repeat(25_000), 'http://' + 'a'.repeat(50_000), '{{'.repeat(25_000), '!'.repeat(50_000)]) {
      const t = performance.now()
      linter.lint({text: `Hi Dana, ${word} ok.`, subject: word})
      expect(performance.now() - t, word.slice(0, 10)).toBeLessThan(10_000)
    }
  }, 120_000)
})

describe('collections', () => {
  // Was a bug (reliability #13): lintDocument looked for CRLF line ends in the whole file once per
  // record, so a collection with LF line ends only (where nothing stops the search early) was
  // quadratic: 200,000 CSV rows took 4 min through the CLI, the same rows with CRLF 12 s. Wide rows
  // (a column nobody lints) make the file large and the linting of each record small.
  test('a CSV with LF line ends costs what its CRLF copy costs, and 4n rows less than 12x n', async () => {
    const csv = (rows: number, eol: string) => 'id,body,internal' + eol + Array.from({length: rows}, (_, i) => `${i},Hi Sam.,${'x'.repeat(1_000)}`).join(eol) + eol
    const time = async (text: string): Promise<number> => {
      const {documents} = await readSource('csv', text)
      const file = {filePath: 'templates.csv', text}
      const t = performance.now()
      for (const doc of documents) lintDocument(linter, doc, file)
      return performance.now() - t
    }
    await time(csv(2_000, '\n'))
    const small = await time(csv(5_000, '\n'))
    const large = await time(csv(20_000, '\n'))
    const crlf = await time(csv(20_000, '\r\n'))
    expect(large / crlf, `${large.toFixed(0)} ms with LF, ${crlf.toFixed(0)} ms with CRLF`).toBeLessThan(3)
    expect(large / small, `${large.toFixed(0)} ms for 20,000 rows, ${small.toFixed(0)} ms for 5,000`).toBeLessThan(12)
  }, 120_000)
})

describe('recipient facts', () => {
  // Each fact found in the message was checked against a list of those already listed: 40,000
  // facts (a CSV column) took 19 s.
  test('40,000 recipient facts cost per fact about what 2,000 do', () => {
    const perFact = (n: number) => {
      const facts = Array.from({length: n}, (_, i) => `Leeds depot ${i}`)
      const t0 = performance.now()
      const result = linter.lint({text: 'Hi Sam, saw your Leeds depot opened. Worth a look?', recipient: {company: 'Acme', facts}})
      expect(result.indicators.personalisation.length).toBeGreaterThan(n)
      return (performance.now() - t0) / n
    }
    perFact(500)
    const small = perFact(2_000)
    const large = perFact(40_000)
    // Quadratic would be 20 times the cost per fact; a loaded machine (GC, other jobs) makes 3 or so.
    expect(large / small, `${(large * 1e6).toFixed(0)} ns/fact at 40,000 vs ${(small * 1e6).toFixed(0)} ns/fact at 2,000`).toBeLessThan(8)
  }, 60_000)
})

describe('size limit', () => {
  test('the default limit is 5,000,000 characters', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(5_000_000)
    expect(linter.config.maxLength).toBe(DEFAULT_MAX_LENGTH)
  })

  test('a body above maxLength gets one input-too-large finding and no analysis', () => {
    const small = createLinter({maxLength: 1_000})
    const result = small.lint('I hope this email finds you well. '.repeat(100))
    expect(result.messages).toHaveLength(1)
    const [m] = result.messages
    expect(m.ruleId).toBe('input-too-large')
    expect(m.severity).toBe('error')
    expect(m.message).toMatch(/3400 characters, above the limit of 1000/)
    expect(m.message).not.toMatch(/\n/)
    expect([m.start, m.end, m.line, m.column]).toEqual([0, 0, 1, 1])
    expect(result.score).toBeLessThan(100)
    expect(result.indicators.wordCount).toBe(0)
  })

  test('a subject above maxLength too; at the limit exactly, the text is analysed', () => {
    const small = createLinter({maxLength: 1_000})
    expect(small.lint({text: 'Hi Dana', subject: 'x'.repeat(1_001)}).messages.map((m) => m.ruleId)).toEqual(['input-too-large'])
    expect(small.lint({text: 'I hope this email finds you well.'.padEnd(1_000, ' ')}).messages.map((m) => m.ruleId)).not.toContain('input-too-large')
  })

  test('rewrite leaves text above the limit unchanged', () => {
    const small = createLinter({maxLength: 100})
    const text = 'I hope this email finds you well. '.repeat(10)
    expect(small.rewrite(text)).toBe(text)
  })

  test('far above the default limit: an answer, not an out-of-memory crash', () => {
    const text = 'a'.repeat(DEFAULT_MAX_LENGTH + 1)
    const t = performance.now()
    const result = linter.lint(text)
    expect(result.messages.map((m) => m.ruleId)).toEqual(['input-too-large'])
    expect(performance.now() - t).toBeLessThan(1_000)
  })

  test('maxLength must be a positive integer', () => {
    expect(() => createLinter({maxLength: 0})).toThrow(/maxLength/)
    expect(() => createLinter({maxLength: -5})).toThrow(/maxLength/)
    expect(() => createLinter({maxLength: 1.5})).toThrow(/maxLength/)
  })
})
