/**
 * The indicators report's arithmetic on drafts made up for the purpose, so every figure below is
 * worked out by hand and does not move when the rules are tuned: medians and quartiles of an even
 * count, bands, shares, the per-category and per-rule counts of drafts (not findings), the
 * "fix first" order weighted by use, and the comparison with a baseline.
 */
import {describe, expect, test} from 'vitest'
import {askKind, Collector, FIX_FIRST, subjectWords} from '../src/indicators/collect.js'
import {compare, history, readSaved} from '../src/indicators/compare.js'
import type {ReportEntry} from '../src/report/types.js'
import type {CallToAction, Category, Indicators, LintMessage, Severity} from '../src/types.js'

function finding(ruleId: string, category: Category, severity: Severity, line = 1): LintMessage {
  return {ruleId, category, severity, message: `${ruleId} message`, why: '', field: 'body', line, column: 1, endLine: line, endColumn: 2, start: 0, end: 1, actual: 'x', suggestions: []}
}

function indicators(over: Partial<Indicators> & {asks?: CallToAction['kind'][]} = {}): Indicators {
  const {asks = [], ...rest} = over
  return {
    wordCount: 80,
    characterCount: 400,
    sentenceCount: 5,
    questionCount: 1,
    readingGrade: 5,
    selfReferences: 1,
    recipientReferences: 2,
    selfToRecipientRatio: 0.5,
    personalisation: [],
    callsToAction: asks.map((kind, i) => ({kind, text: 'x', start: i, end: i + 1})),
    linkCount: 0,
    ...rest
  }
}

function entry(name: string, score: number, messages: LintMessage[], more: Partial<ReportEntry> & {ind?: Parameters<typeof indicators>[0]} = {}): ReportEntry {
  const {ind, ...rest} = more
  return {filePath: name, score, deductions: [], indicators: indicators(ind), channel: 'email', messages, mapped: true, ...rest}
}

const OPENER = finding('generic-opener', 'cold-interruption', 'error', 3)
const LONG = finding('too-long', 'readability', 'warning', 7)
const ASK = finding('premature-meeting-ask', 'cold-interruption', 'error', 9)

describe('Collector', () => {
  test('headline, distributions, bands, categories, rules and channels, worked out by hand', () => {
    const c = new Collector()
    // Four drafts: scores 100, 85, 40, 15.
    c.add(entry('a.txt', 100, [], {subject: 'Returns window at Northwind', ind: {wordCount: 60, questionCount: 1, readingGrade: 3.2, asks: ['question']}}))
    c.add(entry('b.txt', 85, [LONG], {subject: 'Re: Fwd: your Leeds depot', ind: {wordCount: 140, questionCount: 0, readingGrade: 6.5, selfToRecipientRatio: 1, personalisation: ['recipient-company: Northwind', 'trigger-event: opened']}}))
    c.add(entry('c.md', 40, [OPENER, OPENER, LONG], {channel: 'followup', ind: {wordCount: 100, questionCount: 2, readingGrade: 8, asks: ['reply', 'meeting']}}))
    c.add(entry('d.csv', 15, [OPENER, ASK], {id: 'x', recordLine: 4, mapped: false, subject: '', ind: {wordCount: 30, questionCount: 5, readingGrade: 11, selfToRecipientRatio: 3, asks: ['meeting']}}))
    c.add({filePath: 'e.txt', messages: [], mapped: false, error: 'empty file, nothing to lint'})
    const r = c.result({inputs: ['lib'], toolVersion: '9.9.9', generatedAt: '2026-01-01T00:00:00.000Z'})

    expect(r.headline).toEqual({
      drafts: 4,
      files: 5,
      unread: 1,
      meanScore: 60, // (100 + 85 + 40 + 15) / 4
      medianScore: 62.5, // (85 + 40) / 2
      findings: 6,
      failing: {drafts: 2, share: 0.5}, // c and d have errors
      withFinding: {drafts: 3, share: 0.75}
    })
    expect(r.unread).toEqual([{name: 'e.txt', problem: 'empty file, nothing to lint'}])
    expect(r.scores).toMatchObject({p25: 33.75, p75: 88.75, min: 15, max: 100})
    expect(r.scoreBins.filter((b) => b.drafts > 0)).toEqual([
      {from: 10, to: 19, drafts: 1},
      {from: 40, to: 49, drafts: 1},
      {from: 80, to: 89, drafts: 1},
      {from: 90, to: 100, drafts: 1}
    ])
    // Drafts, not findings: c's two openers make one draft.
    expect(r.categories.find((x) => x.category === 'cold-interruption')).toEqual({category: 'cold-interruption', drafts: 2, share: 0.5, findings: 4})
    expect(r.categories.find((x) => x.category === 'readability')).toEqual({category: 'readability', drafts: 2, share: 0.5, findings: 2})
    expect(r.categories.find((x) => x.category === 'spammy')).toEqual({category: 'spammy', drafts: 0, share: 0, findings: 0})
    expect(r.rules).toEqual([
      {ruleId: 'generic-opener', category: 'cold-interruption', severity: 'error', drafts: 2, share: 0.5, findings: 3},
      {ruleId: 'too-long', category: 'readability', severity: 'warning', drafts: 2, share: 0.5, findings: 2},
      {ruleId: 'premature-meeting-ask', category: 'cold-interruption', severity: 'error', drafts: 1, share: 0.25, findings: 1}
    ])
    expect(r.channels).toEqual([
      {channel: 'email', drafts: 3, meanScore: 66.67, medianScore: 85, failing: 1, failingShare: 0.3333},
      {channel: 'followup', drafts: 1, meanScore: 40, medianScore: 40, failing: 1, failingShare: 1}
    ])
    const ind = Object.fromEntries(r.indicators.map((i) => [i.id, i]))
    // Body words 30, 60, 100, 140: band 50..125 holds 60 and 100.
    expect(ind.bodyWords.distribution).toMatchObject({drafts: 4, median: 80, mean: 82.5, min: 30, max: 140})
    expect(ind.bodyWords.inBand).toEqual({drafts: 2, share: 0.5})
    // Subjects: 4 words; "Re: Fwd: your Leeds depot" is 3; '' is 0; c has none.
    expect(ind.subjectWords.distribution).toMatchObject({drafts: 3, median: 3, values: [[0, 1], [3, 1], [4, 1]]})
    expect(ind.subjectWords.inBand).toEqual({drafts: 2, share: 0.6667})
    // Questions 0, 1, 2, 5: band 1..3 holds two.
    expect(ind.questions.inBand).toEqual({drafts: 2, share: 0.5})
    expect(ind.questions.distribution).toMatchObject({median: 1.5})
    // No band where no research gives one.
    expect(ind.readingGrade.band).toBeNull()
    expect(ind.readingGrade.inBand).toBeNull()
    expect(ind.readingGrade.noBand).toMatch(/^No band: /)
    expect(ind.readingGrade.distribution).toMatchObject({median: 7.25})
    expect(ind.selfToRecipient.distribution).toMatchObject({median: 0.75, max: 3})
    expect(ind.readerDetails.distribution).toMatchObject({median: 0, max: 2})
    // a asks a question, b nothing, c a reply and a meeting (a meeting), d a meeting.
    expect(r.asks.kinds).toEqual([
      {kind: 'interest', drafts: 1, share: 0.25},
      {kind: 'meeting', drafts: 2, share: 0.5},
      {kind: 'none', drafts: 1, share: 0.25}
    ])
    // Without a usage column: lowest score first, a draft that lost nothing not listed.
    expect(r.weighted).toBe(false)
    expect(r.fixFirst.map((t) => [t.name, t.score, t.priority, t.location])).toEqual([
      ['d.csv#x', 15, 85, 'd.csv:4'],
      ['c.md', 40, 60, 'c.md'],
      ['b.txt', 85, 15, 'b.txt']
    ])
    // Errors first, then by line; at most three; a collection member's findings point at its record.
    expect(r.fixFirst[1].findings.map((f) => [f.ruleId, f.location])).toEqual([
      ['generic-opener', 'c.md:3'],
      ['generic-opener', 'c.md:3'],
      ['too-long', 'c.md:7']
    ])
    expect(r.fixFirst[0].findings.map((f) => f.location)).toEqual(['d.csv:4', 'd.csv:4'])
  })

  test('indicators with a band from e-mail research count e-mail drafts only; the others count every draft', () => {
    const c = new Collector()
    c.add(entry('mail.txt', 90, [], {subject: 'Your Leeds depot', ind: {wordCount: 90, questionCount: 1, asks: ['question']}}))
    c.add(entry('note.md', 90, [], {channel: 'linkedin-connect', ind: {wordCount: 40, questionCount: 0, readingGrade: 9, asks: ['meeting']}}))
    c.add(entry('text.md', 90, [], {channel: 'sms', subject: 'x', ind: {wordCount: 20, questionCount: 0, readingGrade: 1}}))
    const r = c.result({inputs: [], generatedAt: 'x'})
    const ind = Object.fromEntries(r.indicators.map((i) => [i.id, i]))
    expect(ind.bodyWords.distribution).toMatchObject({drafts: 1, median: 90})
    expect(ind.bodyWords.inBand).toEqual({drafts: 1, share: 1})
    expect(ind.subjectWords.distribution).toMatchObject({drafts: 1, median: 3})
    expect(ind.questions.inBand).toEqual({drafts: 1, share: 1})
    expect(ind.readingGrade.distribution).toMatchObject({drafts: 3, median: 5})
    expect(r.asks.kinds).toEqual([
      {kind: 'interest', drafts: 1, share: 1},
      {kind: 'meeting', drafts: 0, share: 0},
      {kind: 'none', drafts: 0, share: 0}
    ])
  })

  test('--min-score counts a low score as failing too', () => {
    const c = new Collector({minScore: 90})
    c.add(entry('a.txt', 85, [LONG]))
    c.add(entry('b.txt', 95, []))
    expect(c.result({inputs: [], generatedAt: 'x'}).headline.failing).toEqual({drafts: 1, share: 0.5})
  })

  test('with a usage column the list is ranked by lost points times sends, and keeps the best 20 of many', () => {
    const c = new Collector()
    c.add(entry('t.csv', 90, [LONG], {id: 'popular', usage: 5000})) // 10 x 5000 = 50,000
    c.add(entry('t.csv', 0, [OPENER], {id: 'rare', usage: 10})) // 100 x 10 = 1,000
    c.add(entry('t.csv', 0, [OPENER], {id: 'never', usage: 0})) // never sent: nothing to gain
    for (let i = 0; i < 100; i++) c.add(entry('t.csv', 50, [LONG], {id: `mid-${i}`, usage: 10})) // 500 each
    const r = c.result({inputs: [], generatedAt: 'x'})
    expect(r.weighted).toBe(true)
    expect(r.fixFirst).toHaveLength(FIX_FIRST)
    expect(r.fixFirst.slice(0, 3).map((t) => [t.id, t.priority, t.usage])).toEqual([
      ['popular', 50_000, 5000],
      ['rare', 1000, 10],
      ['mid-0', 500, 10]
    ])
    // Ties keep the order they were read in.
    expect(r.fixFirst.slice(2).map((t) => t.id)).toEqual(Array.from({length: 18}, (_, i) => `mid-${i}`))
    expect(r.fixFirst.some((t) => t.id === 'never')).toBe(false)
  })

  test('subject words leave out reply and forward marks; the ask is a meeting over interest', () => {
    expect(subjectWords('Re: RE: Fwd: quick question')).toBe(2)
    expect(subjectWords('FW: Q3 plan for Northwind’s depot')).toBe(5)
    expect(subjectWords('Returns window at Northwind')).toBe(4)
    expect(subjectWords('  ')).toBe(0)
    expect(askKind(entry('a', 1, [], {ind: {asks: ['question', 'meeting']}}))).toBe('meeting')
    expect(askKind(entry('a', 1, [], {ind: {asks: ['reply']}}))).toBe('interest')
    expect(askKind(entry('a', 1, [], {ind: {asks: ['link']}}))).toBe('none')
  })
})

describe('baseline and history', () => {
  const make = (scores: Array<[number, LintMessage[]]>, at: string) => {
    const c = new Collector()
    scores.forEach(([s, m], i) => c.add(entry(`d${i}.txt`, s, m)))
    return c.result({inputs: [], generatedAt: at})
  }
  const old = make([[40, [OPENER, LONG]], [55, [OPENER]], [85, [LONG]], [100, []]], '2026-01-01T00:00:00.000Z')
  const now = make([[85, [LONG]], [100, []], [70, [ASK]], [100, []]], '2026-02-01T00:00:00.000Z')

  test('every headline figure with its change; rules better, worse or the same', () => {
    const saved = readSaved(JSON.stringify(old))
    if (typeof saved === 'string') throw new Error(saved)
    const c = compare(now, saved)
    expect(c.baselineGeneratedAt).toBe('2026-01-01T00:00:00.000Z')
    expect(c.headline.meanScore).toEqual({before: 70, after: 88.75, change: 18.75})
    expect(c.headline.medianScore).toEqual({before: 70, after: 92.5, change: 22.5})
    expect(c.headline.failingShare).toEqual({before: 0.5, after: 0.25, change: -0.25})
    expect(c.headline.findings).toEqual({before: 4, after: 2, change: -2})
    expect(c.rules).toEqual([
      {ruleId: 'generic-opener', verdict: 'better', before: 0.5, after: 0, change: -0.5},
      {ruleId: 'too-long', verdict: 'better', before: 0.5, after: 0.25, change: -0.25},
      {ruleId: 'premature-meeting-ask', verdict: 'worse', before: 0, after: 0.25, change: 0.25}
    ])
    expect(c.categories.find((x) => x.category === 'cold-interruption')).toEqual({category: 'cold-interruption', before: 0.5, after: 0.25, change: -0.25})
  })

  test('history: one point per saved report, oldest first, this report last', () => {
    const older = make([[10, [OPENER]]], '2025-12-01T00:00:00.000Z')
    const points = history(
      [
        {label: 'february', report: readSaved(JSON.stringify(old)) as never},
        {label: 'december', report: readSaved(JSON.stringify(older)) as never}
      ],
      now
    )
    expect(points.map((p) => [p.label, p.meanScore, p.failingShare])).toEqual([
      ['december', 10, 1],
      ['february', 70, 0.5],
      ['this report', 88.75, 0.25]
    ])
    expect(points[2].indicators.bodyWords).toEqual({median: 80, inBandShare: 1})
  })

  test('a file that is not a saved report is refused, naming the field', () => {
    expect(readSaved('{')).toMatch(/^not JSON \(/)
    expect(readSaved('[]')).toMatch(/^not a saved outreach-lint report \(`report --format json`\): /)
    expect(readSaved(JSON.stringify({...old, headline: {...old.headline, meanScore: 'high'}}))).toMatch(/headline\.meanScore: /)
    expect(readSaved(JSON.stringify({...old, reportVersion: 2}))).toMatch(/reportVersion: /)
  })
})
