#!/usr/bin/env node
// Evaluate the default rules against labelled messages, in three sets reported apart:
//   team-written  fixtures/corpus/messages.jsonl: written by the team while writing the rules; an
//                 upper bound, never the judge
//   real-dev      real messages written by others (fixtures/real/), the split rules may be tuned on
//   real-test     the frozen split (by hash, see scripts/real-set.mjs): only its figures are printed,
//                 never a message of it, so nobody tunes on it by reading the output
// Per set: per category precision, recall, F1; how well the score separates good from bad (ROC AUC);
// as a CI check (a draft fails on any error-severity finding) the share of bad drafts failed and of
// good drafts failed. Everything printed is computed here from the labels and the linter's output.
//
//   npm run eval                 every set; the team set's and real-dev's disagreements in short
//   npm run eval -- --verbose    also each disagreement's full text (team and real-dev only)
//   npm run eval -- --real PATH  calibration: lint unlabelled real messages (JSONL with text/subject/channel)
//                                and print each message's findings, for reading false alarms and misses
import {readFileSync, existsSync} from 'node:fs'
import {join, dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createLinter} from '../dist/index.js'
import {tagText} from '../dist/analyse/grammar.js'
import {pointsAtCut} from './eval-rewrite.mjs'
import {inputOf} from './labelled.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const realAt = args.indexOf('--real')
const CATEGORIES = ['product-centric', 'cold-interruption', 'missing-relevance', 'spammy']

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line)
      } catch (error) {
        console.error(`${path}:${i + 1}: not valid JSON (${error.message})`)
        process.exit(2)
      }
    })
}

const linter = createLinter()

if (realAt >= 0) {
  const path = args[realAt + 1]
  if (!path || !existsSync(path)) {
    console.log(`no real corpus at ${path ?? '(no path given)'}; skipping calibration`)
    process.exit(0)
  }
  const counts = new Map()
  for (const record of readJsonl(path)) {
    const text = String(record.text ?? '').replace(/^"|"$/g, '')
    const subject = typeof record.subject === 'string' ? record.subject.replace(/^"|"$/g, '') : undefined
    const result = linter.lint({...inputOf({...record, text}), subject})
    console.log(`\n== ${record.id} [${record.channel}] score ${result.score}`)
    for (const m of result.messages) {
      counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1)
      console.log(`  ${m.severity.padEnd(7)} ${m.ruleId.padEnd(26)} ${JSON.stringify(m.actual.slice(0, 70))}`)
    }
  }
  console.log('\nfindings per rule:')
  for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${id}`)
  process.exit(0)
}


function evaluate(name, records, {showDisagreements}) {
  const rows = records.map((record) => ({record, result: linter.lint(inputOf(record))}))
  const pct = (x) => (Number.isNaN(x) ? '  n/a' : (x * 100).toFixed(1).padStart(5))
  console.log(`\n== ${name}: ${rows.length} labelled messages, default rules\n`)
  console.log('category             precision  recall     F1   (tp fp fn)')
  const disagreements = []
  for (const category of CATEGORIES) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const {record, result} of rows) {
      const fired = result.messages.filter((m) => m.category === category)
      const predicted = fired.length > 0
      const actual = record.labels[category] === true
      if (predicted && actual) tp++
      else if (predicted) {
        fp++
        disagreements.push({kind: 'false positive', category, record, detail: fired.map((m) => `${m.ruleId} ${JSON.stringify(m.actual.slice(0, 60))}`).join('; ')})
      } else if (actual) {
        fn++
        disagreements.push({kind: 'false negative', category, record, detail: record.reason})
      }
    }
    const precision = tp / (tp + fp)
    const recall = tp / (tp + fn)
    const f1 = (2 * precision * recall) / (precision + recall)
    console.log(`${category.padEnd(20)} ${pct(precision)}%   ${pct(recall)}%  ${pct(f1)}%   (${tp} ${fp} ${fn})`)
  }
  // ROC AUC of the score for good vs bad: the probability that a random good message scores above a
  // random bad one (ties count half).
  const good = rows.filter((r) => r.record.overall === 'good')
  const bad = rows.filter((r) => r.record.overall === 'bad')
  let wins = 0
  for (const g of good) for (const b of bad) wins += g.result.score > b.result.score ? 1 : g.result.score === b.result.score ? 0.5 : 0
  const auc = wins / (good.length * bad.length)
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
  const scores = (list) => list.map((r) => r.result.score)
  const mixed = rows.filter((r) => r.record.overall === 'mixed')
  console.log(`\nscore: ROC AUC good vs bad ${auc.toFixed(3)} (${good.length} good, ${bad.length} bad); mean score good ${mean(scores(good)).toFixed(1)}, mixed ${mean(scores(mixed)).toFixed(1)}, bad ${mean(scores(bad)).toFixed(1)}`)
  const fails = (r) => r.result.messages.some((m) => m.severity === 'error')
  const badFailed = bad.filter(fails).length
  const goodFailed = good.filter(fails)
  console.log(`as a CI check (fails on an error): ${pct(badFailed / bad.length).trim()}% of bad drafts fail, ${pct(goodFailed.length / good.length).trim()}% of good drafts fail`)
  rewriteQuality(rows, {showSamples: showDisagreements})
  if (!showDisagreements) return
  for (const {record, result} of goodFailed) {
    const errors = result.messages.filter((m) => m.severity === 'error')
    console.log(`  good but failed ${record.id}: ${errors.map((m) => `${m.ruleId} ${JSON.stringify(m.actual.slice(0, 60))}`).join('; ')}`)
  }
  console.log(`\ndisagreements (${disagreements.length}):`)
  for (const d of disagreements) {
    const text = verbose ? `\n      ${JSON.stringify(d.record.text)}` : ''
    console.log(`  ${d.record.id} ${d.category} ${d.kind}: ${d.detail}${text}`)
  }
}

// Rewrite quality on every bad and mixed message: a rewrite is clean when it repeats no sentence,
// leaves no orphan punctuation, starts no new sentence in lower case, adds no sentence without a
// verb by the tagger, leaves no sentence pointing at one it cut or moved behind it (eval-rewrite.mjs), and, linted again, has no error in a mission category (guide lines are reported apart: a person still has to fill them in).
// The score gain counts guide lines as filled (their own deduction left out).
const MISSION = new Set(['product-centric', 'cold-interruption', 'missing-relevance'])
// (A guide line ends a sentence too: "[[...]] Worth a look? Worth a look?" repeats one.)
const sentencesOf = (text) => text.split(/(?<=[.!?]|\]\])\s+/).map((x) => x.trim().toLowerCase()).filter((x) => x.length > 12)
const lowerStarts = (text) => (text.replace(/\b(?:e\.g|i\.e|etc|vs|approx)\./gi, '').match(/[.!?]\s+[a-z]/g) ?? []).length
// Sentences with no verb or auxiliary by the tagger ("Vantora. of AI-powered route optimisation."):
// lines of three words or fewer, list items and guide lines are left out.
const verbless = (text) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((x) => x.trim())
    .filter((x) => x.split(/\s+/).length > 3 && !/^[-*•\d]/.test(x) && !x.startsWith('[['))
    .filter((x) => !tagText(x, []).some((t) => t.pos === 'VERB' || t.pos === 'AUX')).length
const orphan = (text) => (text.match(/,\s*[.!?,]|[ \t][,.;:!?](?=[ \t]|$)|[ \t]{2,}\S/gm) ?? []).length
// Facts a reader can check: numbers, links and e-mail addresses (a numbered list's item numbers are
// layout). The slot of a time ask and its booking link go with the ask by design, so a fact found
// only in what a time-ask change removed is not counted as lost.
const FACT = /https?:\/\/[^\s)>\]]+|www\.[^\s)>\]]+|[\w.+-]+@[\w-]+\.\w[\w.]*|[$£€]?\d[\d,.]*(?:%|x\b)?/gi
const SLOT_RULES = new Set(['time-ask', 'premature-meeting-ask', 'calendar-link'])
// (Nor is a pointer to one of those items by its number, "If it's #3, ...": it goes with the list it names.)
const itemNumbers = (text) => new Set([...text.matchAll(/^[ \t]*(\d{1,2})[.)][ \t]/gm)].map((m) => m[1]))
const factsOf = (text) => {
  const items = itemNumbers(text)
  const laidOut = text.replace(/(?<![\w&])#(\d{1,2})\b/g, (pointer, n) => (items.has(n) ? '' : pointer)).replace(/^[ \t]*\d{1,2}[.)](?=[ \t])/gm, '')
  return (laidOut.match(FACT) ?? []).map((f) => f.replace(/[.,]+$/, ''))
}
function factsLost(before, out) {
  const left = factsOf(out.text)
  const slots = out.changes.filter((c) => SLOT_RULES.has(c.ruleId)).map((c) => c.before).join('\n')
  const lost = []
  for (const fact of factsOf(before)) {
    const at = left.indexOf(fact)
    if (at >= 0) left.splice(at, 1)
    else if (!factsOf(slots).includes(fact)) lost.push(fact)
  }
  return lost
}
function rewriteQuality(rows, {showSamples}) {
  const targets = rows.filter((r) => r.record.overall === 'bad' || r.record.overall === 'mixed')
  let changed = 0
  let clean = 0
  let gainBad = 0
  let bad = 0
  const problems = {duplicate: 0, punctuation: 0, lowercase: 0, 'no verb': 0, 'points at a cut': 0, 'mission error': 0}
  const samples = []
  const lostFacts = []
  const unclean = []
  for (const {record, result} of targets) {
    const input = inputOf(record)
    const out = linter.rewrite(input)
    const lost = factsLost(input.text, out)
    if (lost.length > 0) lostFacts.push({id: record.id, lost})
    if (out.text !== input.text || out.subject !== input.subject) changed++
    const sentences = sentencesOf(out.text)
    const issues = []
    if (new Set(sentences).size < sentences.length) issues.push('duplicate')
    if (orphan(out.text) > orphan(input.text)) issues.push('punctuation')
    if (lowerStarts(out.text) > lowerStarts(input.text)) issues.push('lowercase')
    if (verbless(out.text) > verbless(input.text)) issues.push('no verb')
    if (pointsAtCut(input.text, out.text).length > 0) issues.push('points at a cut')
    const again = linter.lint({...input, text: out.text, ...(out.subject !== undefined ? {subject: out.subject} : {})})
    if (again.messages.some((m) => m.severity === 'error' && MISSION.has(m.category))) issues.push('mission error')
    for (const i of issues) problems[i]++
    if (issues.length === 0) clean++
    else unclean.push(`${record.id} (${issues.join(', ')})`)
    if (record.overall === 'bad') {
      bad++
      const filled = Math.max(0, 100 - again.deductions.filter((d) => d.ruleId !== 'unfilled-guide-line').reduce((a, d) => a + d.points, 0))
      gainBad += filled - result.score
    }
    if (showSamples && samples.length < 3 && out.text !== input.text && record.text.length < 700) samples.push({record, out})
  }
  const pc = (n, d) => `${((n / Math.max(1, d)) * 100).toFixed(1)}%`
  console.log(`rewrite (${targets.length} bad and mixed): changed ${pc(changed, targets.length)}, clean ${pc(clean, targets.length)} (${Object.entries(problems).map(([k, v]) => `${k} ${v}`).join(', ')}); mean score gain on bad drafts, guide lines counted as filled: ${(gainBad / Math.max(1, bad)).toFixed(1)}`)
  console.log(`  facts (numbers, links, e-mail addresses) lost outside a time ask's slot: ${lostFacts.reduce((n, x) => n + x.lost.length, 0)} in ${lostFacts.length} of ${targets.length} rewrites`)
  if (showSamples) for (const {id, lost} of lostFacts) console.log(`    ${id}: ${lost.join(', ')}`)
  if (showSamples && unclean.length > 0) console.log(`  not clean: ${unclean.join('; ')}`)
  for (const {record, out} of samples) console.log(`  sample ${record.id}:\n    before: ${JSON.stringify(record.text)}\n    after:  ${JSON.stringify(out.text)}`)
}

const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined
if (!only || only === 'team') evaluate('team-written corpus (upper bound: the rules were written beside it)', readJsonl(join(root, 'fixtures/corpus/messages.jsonl')), {showDisagreements: true})
const realMessages = join(root, 'fixtures/real/messages.jsonl')
const realLabels = join(root, 'fixtures/real/labels/settled.jsonl')
if (existsSync(realMessages) && existsSync(realLabels)) {
  const labels = new Map(readJsonl(realLabels).map((r) => [r.id, r]))
  const labelled = readJsonl(realMessages).filter((m) => labels.has(m.id)).map((m) => ({...m, ...labels.get(m.id), text: m.text}))
  if (!only || only === 'real-dev') evaluate('real-dev (real messages by others; rules may be tuned on this split)', labelled.filter((m) => m.split === 'dev'), {showDisagreements: true})
  if (!only || only === 'real-test') evaluate('real-test (frozen split: figures only, never read while tuning)', labelled.filter((m) => m.split === 'test'), {showDisagreements: false})
} else {
  console.log('\n(no labelled real-message set found at fixtures/real/; real-dev and real-test skipped)')
}

// Sequences: sequence-level precision and recall (scripts/eval-sequences.mjs, docs/sequences.md).
if (!only || only === 'sequences') (await import('./eval-sequences.mjs')).reportSequences(root)
