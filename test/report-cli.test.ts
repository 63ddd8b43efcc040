/**
 * `outreach-lint report` end to end on the built binary, over the fixture library
 * fixtures/report/library (four drafts as files, four as CSV rows with a usage column). Every figure
 * of the JSON is checked exactly against the same drafts' lint (`outreach-lint --format json`),
 * worked out here the plain way (sort, count, divide), so the report is right however the rules are
 * tuned; what does not depend on the rules (counts, subject lengths, sends) is checked by value.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import type {Report} from '../src/indicators/compare.js'
import {bin, cli, removeTemps, root, temp} from './cli-harness.js'

afterAll(removeTemps)

const library = join(root, 'fixtures', 'report', 'library')

interface Linted {
  filePath: string
  id?: string
  line?: number
  channel: string
  score: number
  indicators: {wordCount: number; questionCount: number; readingGrade: number; selfToRecipientRatio: number; personalisation: string[]; callsToAction: Array<{kind: string}>}
  messages: Array<{ruleId: string; category: string; severity: string}>
}

function report(args: string[], cwd = root, env: Record<string, string> = {}): {status: number | null; stdout: string; stderr: string; json?: Report} {
  const run = cli(['report', ...args], {cwd, env})
  let json: Report | undefined
  if (args.includes('json') && run.status !== 2 && !args.includes('-o')) json = JSON.parse(run.stdout) as Report
  return {status: run.status, stdout: run.stdout, stderr: run.stderr, json}
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = (s.length - 1) / 2
  return Math.round(((s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2) * 100) / 100
}
const mean = (values: number[]): number => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100
const share = (n: number, of: number): number => Math.round((n / of) * 10_000) / 10_000

describe('report --format json on the fixture library', () => {
  const lint = cli(['--format', 'json', 'fixtures/report/library'], {cwd: root})
  const drafts = JSON.parse(lint.stdout) as Linted[]
  const run = report(['--format', 'json', 'fixtures/report/library'], root, {SOURCE_DATE_EPOCH: '1767225600'})
  const r = run.json!

  test('exit 0, nothing on stderr, the run described', () => {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(drafts).toHaveLength(8)
    expect({tool: r.tool, reportVersion: r.reportVersion, generatedAt: r.generatedAt, inputs: r.inputs, weighted: r.weighted}).toEqual({
      tool: 'outreach-lint',
      reportVersion: 1,
      generatedAt: '2026-01-01T00:00:00.000Z',
      inputs: ['fixtures/report/library'],
      weighted: true
    })
  })

  test('headline figures: drafts, mean and median score, failing share, share with a finding', () => {
    const scores = drafts.map((d) => d.score)
    const failing = drafts.filter((d) => d.messages.some((m) => m.severity === 'error')).length
    const withFinding = drafts.filter((d) => d.messages.length > 0).length
    expect(r.headline).toEqual({
      drafts: 8,
      files: 5,
      unread: 0,
      meanScore: mean(scores),
      medianScore: median(scores),
      findings: drafts.reduce((n, d) => n + d.messages.length, 0),
      failing: {drafts: failing, share: share(failing, 8)},
      withFinding: {drafts: withFinding, share: share(withFinding, 8)}
    })
    // The library is made to have both: drafts that fail and drafts that pass.
    expect(failing).toBeGreaterThan(0)
    expect(failing).toBeLessThan(8)
  })

  test('score bins, categories, rules and channels', () => {
    for (const bin of r.scoreBins) expect(bin.drafts, `${bin.from}-${bin.to}`).toBe(drafts.filter((d) => d.score >= bin.from && d.score <= bin.to).length)
    for (const c of r.categories) {
      const n = drafts.filter((d) => d.messages.some((m) => m.category === c.category)).length
      expect(c, c.category).toEqual({category: c.category, drafts: n, share: share(n, 8), findings: drafts.flatMap((d) => d.messages).filter((m) => m.category === c.category).length})
    }
    const ruleIds = [...new Set(drafts.flatMap((d) => d.messages.map((m) => m.ruleId)))]
    expect(r.rules.map((x) => x.ruleId).sort()).toEqual(ruleIds.sort())
    for (const rule of r.rules) {
      const n = drafts.filter((d) => d.messages.some((m) => m.ruleId === rule.ruleId)).length
      expect([rule.drafts, rule.share, rule.findings], rule.ruleId).toEqual([n, share(n, 8), drafts.flatMap((d) => d.messages).filter((m) => m.ruleId === rule.ruleId).length])
    }
    // Sorted by drafts, most first.
    expect(r.rules.map((x) => x.drafts)).toEqual([...r.rules.map((x) => x.drafts)].sort((a, b) => b - a))
    const channels = [...new Set(drafts.map((d) => d.channel))]
    expect(r.channels.map((c) => c.channel).sort()).toEqual(channels.sort())
    for (const c of r.channels) {
      const of = drafts.filter((d) => d.channel === c.channel)
      const failing = of.filter((d) => d.messages.some((m) => m.severity === 'error')).length
      expect(c).toEqual({channel: c.channel, drafts: of.length, meanScore: mean(of.map((d) => d.score)), medianScore: median(of.map((d) => d.score)), failing, failingShare: share(failing, of.length)})
    }
  })

  test('indicators against their bands, over the channels the research measured; subject lengths counted without "Re:"', () => {
    const ind = Object.fromEntries(r.indicators.map((i) => [i.id, i]))
    // The bands come from studies of e-mail: the LinkedIn note is not held to them.
    const mail = drafts.filter((d) => d.channel === 'email' || d.channel === 'followup')
    expect(mail).toHaveLength(7)
    const words = mail.map((d) => d.indicators.wordCount)
    expect(ind.bodyWords.channels).toEqual(['email', 'followup'])
    expect(ind.bodyWords.distribution).toMatchObject({drafts: 7, median: median(words), mean: mean(words), min: Math.min(...words), max: Math.max(...words)})
    const inBody = words.filter((w) => w >= 50 && w <= 125).length
    expect(ind.bodyWords.inBand).toEqual({drafts: inBody, share: share(inBody, 7)})
    expect(ind.bodyWords.band).toMatchObject({min: 50, max: 125})
    expect(ind.bodyWords.band!.source.url).toMatch(/^https:\/\//)
    const questions = mail.map((d) => d.indicators.questionCount)
    const inQuestions = questions.filter((q) => q >= 1 && q <= 3).length
    expect(ind.questions.inBand).toEqual({drafts: inQuestions, share: share(inQuestions, 7)})
    // Without a band, every draft counts.
    expect(ind.readingGrade.channels).toBeNull()
    expect(ind.readingGrade.distribution!.median).toBe(median(drafts.map((d) => d.indicators.readingGrade)))
    expect(ind.selfToRecipient.distribution!.median).toBe(median(drafts.map((d) => d.indicators.selfToRecipientRatio)))
    expect(ind.readerDetails.distribution!.median).toBe(median(drafts.map((d) => d.indicators.personalisation.length)))
    // Subjects, by hand: "Returns window at Northwind" 4, "Re: quick question" 2, "Following up" 2,
    // and in the CSV "Quick question" 2, "Your Leeds depot" 3, "Re: following up" 2, "Hello" 1;
    // the LinkedIn note has none.
    expect(ind.subjectWords.distribution).toMatchObject({drafts: 7, values: [[1, 1], [2, 4], [3, 1], [4, 1]], median: 2})
    expect(ind.subjectWords.inBand).toEqual({drafts: 2, share: 0.2857})
    // Where no research gives a band, none is drawn, and the report says why.
    for (const id of ['readingGrade', 'selfToRecipient', 'readerDetails']) {
      expect(ind[id].band, id).toBeNull()
      expect(ind[id].noBand, id).toMatch(/^No band: .{40,}/)
    }
    const kinds = mail.map((d) => (d.indicators.callsToAction.some((c) => c.kind === 'meeting') ? 'meeting' : d.indicators.callsToAction.some((c) => c.kind === 'question' || c.kind === 'reply') ? 'interest' : 'none'))
    expect(r.asks.kinds).toEqual(['interest', 'meeting', 'none'].map((kind) => ({kind, drafts: kinds.filter((k) => k === kind).length, share: share(kinds.filter((k) => k === kind).length, 7)})))
  })

  test('the templates to fix first: lost points times sends from the usage column, each with file:line', () => {
    const usage: Record<string, number> = {welcome: 1200, leeds: 300, bump: 5000, unused: 0}
    const expected = drafts
      .map((d, order) => ({name: d.id === undefined ? d.filePath : `${d.filePath}#${d.id}`, score: d.score, usage: d.id === undefined ? null : usage[d.id], order, line: d.line}))
      .map((d) => ({...d, priority: (100 - d.score) * (d.usage ?? 1)}))
      .filter((d) => d.priority > 0)
      .sort((a, b) => b.priority - a.priority || a.score - b.score || a.order - b.order)
    expect(r.fixFirst.map((t) => [t.name, t.score, t.usage, t.priority])).toEqual(expected.map((d) => [d.name, d.score, d.usage, d.priority]))
    // The CSV's rows are named by id and placed by the line their record starts on.
    const bump = r.fixFirst.find((t) => t.id === 'bump')!
    expect(bump.location).toBe('fixtures/report/library/sequences.csv:22')
    expect(bump.findings.length).toBeGreaterThan(0)
    expect(bump.findings.every((f) => f.location === 'fixtures/report/library/sequences.csv:22')).toBe(true)
    // A template nobody sends is nothing to fix first.
    expect(r.fixFirst.some((t) => t.id === 'unused')).toBe(false)
  })
})

describe('report --baseline and --history', () => {
  test('every figure with its change since a saved report; what got better or worse by rule', () => {
    const dir = temp()
    const lib = join(dir, 'lib')
    mkdirSync(lib)
    for (const name of ['cold-email-good.txt', 'cold-email-pitch.txt', 'follow-up-bump.md']) writeFileSync(join(lib, name), readFileSync(join(library, name)))
    expect(report(['--format', 'json', '-o', 'old.json', 'lib'], dir, {SOURCE_DATE_EPOCH: '1764547200'}).status).toBe(0)
    // A month later the pitch is rewritten, the bump is gone.
    writeFileSync(join(lib, 'cold-email-pitch.txt'), 'Subject: Returns at Northwind\n\nHi Priya,\n\nYour returns page still says 30 days while your rivals moved to 60.\n\nWorth a look at what changed for them?\n\nSam\n')
    writeFileSync(join(lib, 'follow-up-bump.md'), readFileSync(join(library, 'cold-email-good.txt')))
    const now = report(['--format', 'json', '--baseline', 'old.json', 'lib'], dir, {SOURCE_DATE_EPOCH: '1767225600'})
    expect(now.stderr).toBe('')
    const old = JSON.parse(readFileSync(join(dir, 'old.json'), 'utf8')) as Report
    const c = now.json!.comparison!
    expect(c.baselineGeneratedAt).toBe('2025-12-01T00:00:00.000Z')
    expect(c.headline.meanScore).toEqual({before: old.headline.meanScore, after: now.json!.headline.meanScore, change: Math.round((now.json!.headline.meanScore - old.headline.meanScore) * 100) / 100})
    expect(c.headline.meanScore.change).toBeGreaterThan(0)
    expect(c.headline.failingShare.before).toBe(old.headline.failing.share)
    expect(c.headline.failingShare.after).toBe(now.json!.headline.failing.share)
    // Every rule of either report, each with its verdict; the bump's rules got better.
    const ids = new Set([...old.rules, ...now.json!.rules].map((x) => x.ruleId))
    expect(new Set(c.rules.map((x) => x.ruleId))).toEqual(ids)
    expect(c.rules.find((x) => x.ruleId === 'empty-follow-up')).toMatchObject({verdict: 'better', after: 0})
    for (const x of c.rules) expect(x.verdict).toBe(x.change! < 0 ? 'better' : x.change! > 0 ? 'worse' : 'same')

    // History: the folder of saved reports, oldest first, then this report.
    mkdirSync(join(dir, 'history'))
    writeFileSync(join(dir, 'history', '2025-12.json'), readFileSync(join(dir, 'old.json')))
    writeFileSync(join(dir, 'history', '2026-01.json'), now.stdout)
    const trend = report(['--format', 'json', '--history', 'history', 'lib'], dir, {SOURCE_DATE_EPOCH: '1769904000'})
    expect(trend.json!.history!.map((p) => [p.label, p.generatedAt, p.meanScore])).toEqual([
      ['2025-12', '2025-12-01T00:00:00.000Z', old.headline.meanScore],
      ['2026-01', '2026-01-01T00:00:00.000Z', now.json!.headline.meanScore],
      ['this report', '2026-02-01T00:00:00.000Z', trend.json!.headline.meanScore]
    ])
  })
})

describe('report: bad input is one line naming the file and the problem', () => {
  test('a baseline that is not a saved report: exit 2, and -o is not touched', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(library, 'cold-email-good.txt')))
    writeFileSync(join(dir, 'report.html'), 'the old report')
    writeFileSync(join(dir, 'old.json'), '{"tool": "outreach-lint", "reportVersion": 1}')
    const run = report(['-o', 'report.html', '--baseline', 'old.json', 'a.txt'], dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^outreach-lint: --baseline old\.json: not a saved outreach-lint report \(`report --format json`\): generatedAt: [^\n]+\n$/)
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('the old report')
    writeFileSync(join(dir, 'old.json'), '{"tool": ')
    expect(report(['--baseline', 'old.json', 'a.txt'], dir).stderr).toMatch(/^outreach-lint: --baseline old\.json: not JSON \([^\n]+\)\n$/)
    expect(report(['--baseline', 'missing.json', 'a.txt'], dir).stderr).toBe('outreach-lint: --baseline missing.json: cannot read (no such file)\n')
    expect(report(['--history', 'nowhere', 'a.txt'], dir).stderr).toMatch(/^outreach-lint: --history nowhere: cannot read \(ENOENT\)\n$/)
    mkdirSync(join(dir, 'empty'))
    expect(report(['--history', 'empty', 'a.txt'], dir).stderr).toMatch(/^outreach-lint: --history empty: no saved reports in it/)
    mkdirSync(join(dir, 'hist'))
    writeFileSync(join(dir, 'hist', 'x.json'), '[]')
    const bad = report(['--history', 'hist', 'a.txt'], dir)
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^outreach-lint: --history hist\/x\.json: not a saved outreach-lint report[^\n]*\n$/)
  })

  test('an unreadable draft or record: exit 2, one line each; the report says what it left out', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(library, 'cold-email-good.txt')))
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 't.csv'), 'id,body,usage\nok,"Hi Kim, saw your post. Worth a look?",12\nbad,"Hi Kim, worth a look?",lots\n')
    const run = report(['--format', 'json', '.'], dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('outreach-lint: empty.txt: empty file, nothing to lint\noutreach-lint: t.csv: record 2 (line 3) (id bad): usage: expected a whole number of sends from 0 (got "lots")\n')
    const r = JSON.parse(run.stdout) as Report
    expect(r.headline).toMatchObject({drafts: 2, unread: 2})
    expect(r.unread).toEqual([
      {name: 'empty.txt', problem: 'empty file, nothing to lint'},
      {name: 't.csv', problem: 'record 2 (line 3) (id bad): usage: expected a whole number of sends from 0 (got "lots")'}
    ])
  })

  test('nothing readable at all: exit 2, a report that says so, with no score made up', () => {
    const dir = temp()
    writeFileSync(join(dir, 'empty.txt'), '')
    const json = report(['--format', 'json', 'empty.txt'], dir)
    expect(json.status).toBe(2)
    const r = JSON.parse(json.stdout) as Report
    expect(r.headline).toEqual({drafts: 0, files: 1, unread: 1, meanScore: null, medianScore: null, findings: 0, failing: {drafts: 0, share: 0}, withFinding: {drafts: 0, share: 0}})
    expect(r.fixFirst).toEqual([])
    const html = report(['-o', 'r.html', 'empty.txt'], dir)
    expect(html.status).toBe(2)
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('<strong>1 input was not read</strong>')
  })

  test('without the charting packages: exit 2, one line naming what to install, nothing written; JSON still works', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(library, 'cold-email-good.txt')))
    const preload = join(root, 'test', 'hide-packages-preload.mjs')
    const run = spawnSync(process.execPath, ['--import', preload, bin, 'report', '-o', 'r.html', 'a.txt'], {cwd: dir, encoding: 'utf8', env: {...process.env, OUTREACH_LINT_HIDE: 'linkedom'}})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('outreach-lint: report needs the packages @observablehq/plot and linkedom to draw its charts (linkedom is not installed): npm install @observablehq/plot linkedom (or use --format json)\n')
    expect(existsSync(join(dir, 'r.html'))).toBe(false)
    const json = spawnSync(process.execPath, ['--import', preload, bin, 'report', '--format', 'json', 'a.txt'], {cwd: dir, encoding: 'utf8', env: {...process.env, OUTREACH_LINT_HIDE: 'linkedom,@observablehq/plot'}})
    expect(json.stderr).toBe('')
    expect(json.status).toBe(0)
    expect((JSON.parse(json.stdout) as Report).headline.drafts).toBe(1)
  })

  test('-o never names one of the drafts', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(library, 'cold-email-good.txt')))
    const run = report(['-o', 'a.txt', 'a.txt'], dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('outreach-lint: -o a.txt: is one of the drafts being linted; the report would replace it\n')
  })
})

describe('report: many messages', () => {
  test('5,000 messages of a JSONL export stream through; the figures count every one', () => {
    const dir = temp()
    const bodies = [
      'Hi {{first_name}},\n\nI hope this email finds you well. We are the leading platform for revenue teams.\n\nDo you have 15 minutes for a call this week?\n\nSam',
      'Hi Dana,\n\nSaw that Northwind opened the Leeds depot in May.\n\nWorth a look?\n\nSam',
      'Hi {{first_name}},\n\nJust bumping this to the top of your inbox.\n\nSam'
    ]
    const lines = Array.from({length: 5000}, (_, i) => JSON.stringify({id: `m${i}`, subject: `Note ${i % 7}`, body: bodies[i % 3], sent: i % 50}))
    writeFileSync(join(dir, 'export.jsonl'), lines.join('\n') + '\n')
    const run = report(['--format', 'json', 'export.jsonl'], dir)
    expect(run.stderr).toBe('')
    const r = JSON.parse(run.stdout) as Report
    expect(r.headline.drafts).toBe(5000)
    // Three kinds of draft, in thirds: the medians and shares follow from the three scores.
    expect(r.scores!.values.reduce((n, [, k]) => n + k, 0)).toBe(5000)
    expect(r.scores!.values).toHaveLength(3)
    expect(r.fixFirst).toHaveLength(20)
    expect(r.weighted).toBe(true)
  }, 120_000)

  test('the figures\' memory does not grow with the number of drafts (200,000 made-up drafts against 20,000)', () => {
    // In a child with --expose-gc, so that what is measured is what stays reachable.
    const script = `
      import {Collector} from ${JSON.stringify(join(root, 'dist', 'indicators', 'collect.js'))}
      const heap = (n) => {
        const c = new Collector()
        for (let i = 0; i < n; i++) {
          const m = {ruleId: 'r' + (i % 40), category: 'spammy', severity: i % 3 ? 'warning' : 'error', message: 'x', why: '', field: 'body', line: 1, column: 1, endLine: 1, endColumn: 2, start: 0, end: 1, actual: 'x', suggestions: []}
          c.add({filePath: 'f' + (i % 1000) + '.csv', id: String(i), score: i % 101, channel: 'email', messages: [m], mapped: false, subject: 'a b c',
            indicators: {wordCount: 20 + (i % 300), characterCount: 0, sentenceCount: 3, questionCount: i % 6, readingGrade: (i % 140) / 10, selfReferences: 1, recipientReferences: 1, selfToRecipientRatio: (i % 500) / 100, personalisation: [], callsToAction: [], linkCount: 0}})
        }
        globalThis.gc()
        const used = process.memoryUsage().heapUsed
        if (c.result({inputs: [], generatedAt: 'x'}).headline.drafts !== n) throw new Error('lost drafts')
        return used
      }
      heap(20000)
      const small = heap(20000)
      const large = heap(200000)
      console.log(JSON.stringify({small, large}))
    `
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    const {small, large} = JSON.parse(run.stdout) as {small: number; large: number}
    // Ten times the drafts: the state is the same handful of counts (a list would be ~10x).
    expect(large - small).toBeLessThan(4 * 1024 * 1024)
  }, 120_000)
})
