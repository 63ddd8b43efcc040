#!/usr/bin/env node
// Evaluate the default rules against the team's labelled corpus (fixtures/corpus/messages.jsonl):
// per category precision, recall, F1 and the disagreements; how well the score separates good from
// bad (ROC AUC); and any error-severity finding on a message labelled good. Everything printed is
// computed here from the corpus and the linter's output.
//
//   npm run eval                 the labelled corpus
//   npm run eval -- --verbose    also list every disagreement in full
//   npm run eval -- --real PATH  calibration: lint unlabelled real messages (JSONL with text/subject/channel)
//                                and print each message's findings, for reading false alarms and misses
import {readFileSync, existsSync} from 'node:fs'
import {join, dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createLinter} from '../dist/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const realAt = args.indexOf('--real')
const CATEGORIES = ['product-centric', 'cold-interruption', 'missing-relevance', 'spammy']
const CHANNELS = new Set(['email', 'followup', 'linkedin-connect', 'linkedin-inmail', 'sms'])

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

function inputOf(record) {
  const input = {text: record.text}
  if (record.subject !== null && record.subject !== undefined) input.subject = record.subject
  if (CHANNELS.has(record.channel)) input.channel = record.channel
  if (record.recipient) input.recipient = record.recipient
  return input
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

const corpus = readJsonl(join(root, 'fixtures/corpus/messages.jsonl'))
const rows = corpus.map((record) => ({record, result: linter.lint(inputOf(record))}))

const pct = (x) => (Number.isNaN(x) ? '  n/a' : (x * 100).toFixed(1).padStart(5))
console.log(`outreach-lint eval: ${rows.length} labelled messages, default rules\n`)
console.log('category             precision  recall     F1   (tp fp fn)')
const disagreements = []
const f1s = {}
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
  f1s[category] = f1
  console.log(`${category.padEnd(20)} ${pct(precision)}%   ${pct(recall)}%  ${pct(f1)}%   (${tp} ${fp} ${fn})`)
}

// ROC AUC of the score for good vs bad: the probability that a random good message scores above a
// random bad one (ties count half).
const good = rows.filter((r) => r.record.overall === 'good').map((r) => r.result.score)
const bad = rows.filter((r) => r.record.overall === 'bad').map((r) => r.result.score)
let wins = 0
for (const g of good) for (const b of bad) wins += g > b ? 1 : g === b ? 0.5 : 0
const auc = wins / (good.length * bad.length)
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
const mixed = rows.filter((r) => r.record.overall === 'mixed').map((r) => r.result.score)
console.log(`\nscore: ROC AUC good vs bad ${auc.toFixed(3)}; mean score good ${mean(good).toFixed(1)}, mixed ${mean(mixed).toFixed(1)}, bad ${mean(bad).toFixed(1)}`)

const goodWithErrors = rows.filter((r) => r.record.overall === 'good' && r.result.messages.some((m) => m.severity === 'error'))
console.log(`good messages with an error-severity finding: ${goodWithErrors.length} of ${good.length}`)
for (const {record, result} of goodWithErrors) {
  const errors = result.messages.filter((m) => m.severity === 'error')
  console.log(`  ${record.id}: ${errors.map((m) => `${m.ruleId} ${JSON.stringify(m.actual.slice(0, 60))}`).join('; ')}`)
}

console.log(`\ndisagreements (${disagreements.length}):`)
for (const d of disagreements) {
  const text = verbose ? `\n      ${JSON.stringify(d.record.text)}` : ''
  console.log(`  ${d.record.id} ${d.category} ${d.kind}: ${d.detail}${text}`)
}
