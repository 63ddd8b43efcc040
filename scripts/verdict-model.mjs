#!/usr/bin/env node
// Would a learned verdict per message beat "a category is found when one of its rules finds
// something"? A logistic regression per category over what the default rules found (each rule's
// count and whether it was an error, the categories' counts, the channel, the length, the score),
// cross-validated by source repository on the real dev split: each fold's repositories are left out
// of training, the team-written corpus is always in it. Prints the F1 of the rules as they decide and
// of the model, on the same dev messages. Reads the dev split only.
//
//   npm run build && node scripts/verdict-model.mjs [--folds 5] [--l2 0.0005] [--epochs 2000]
import {createHash} from 'node:crypto'
import {createLinter} from '../dist/index.js'
import {inputOf, labelledDev, teamCorpus} from './labelled.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const FOLDS = arg('folds', 5)
const L2 = arg('l2', 0.0005)
const EPOCHS = arg('epochs', 2000)
const RATE = 0.5
const CATEGORIES = ['product-centric', 'cold-interruption', 'missing-relevance', 'spammy']

const dev = labelledDev()
const team = teamCorpus()

const linter = createLinter()
/** What the rules found in one message, as named numbers. */
function features(m) {
  const result = linter.lint(inputOf(m))
  const f = new Map([[`channel:${m.channel}`, 1], ['words', Math.log1p(m.text.split(/\s+/).length)], ['score', result.score / 100]])
  const add = (key) => f.set(key, (f.get(key) ?? 0) + 1)
  for (const finding of result.messages) {
    add(`rule:${finding.ruleId}`)
    add(`category:${finding.category}`)
    if (finding.severity === 'error') f.set(`error:${finding.ruleId}`, 1)
  }
  for (const [key, value] of f) if (key.startsWith('rule:') || key.startsWith('category:')) f.set(key, Math.log1p(value))
  return {f, found: new Set(result.messages.map((x) => x.category))}
}

const rows = [...dev, ...team].map((m) => ({m, ...features(m)}))
const names = [...new Set(rows.flatMap((r) => [...r.f.keys()]))].sort()
const X = rows.map((r) => names.map((n) => r.f.get(n) ?? 0))
// Each repository's fold, from a hash of its name: nobody picks which repositories are left out together.
const fold = rows.map((r) => (r.m.group === null ? -1 : createHash('sha256').update(r.m.group).digest().readUInt32BE(0) % FOLDS))

function train(indices, y) {
  const w = new Float64Array(names.length)
  let b = 0
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gw = new Float64Array(names.length)
    let gb = 0
    for (const i of indices) {
      const e = predict({w, b}, X[i]) - y[i]
      for (let j = 0; j < names.length; j++) gw[j] += e * X[i][j]
      gb += e
    }
    for (let j = 0; j < names.length; j++) w[j] -= RATE * (gw[j] / indices.length + L2 * w[j])
    b -= (RATE * gb) / indices.length
  }
  return {w, b}
}
function predict(model, x) {
  let z = model.b
  for (let j = 0; j < x.length; j++) z += model.w[j] * x[j]
  return 1 / (1 + Math.exp(-z))
}
const f1 = ([tp, fp, fn]) => `${((200 * tp) / (2 * tp + fp + fn)).toFixed(1)} (${tp}/${fp}/${fn})`

console.log(`${dev.length} dev messages of ${new Set(dev.map((m) => m.group)).size} repositories, ${FOLDS} folds by repository; ${team.length} team-written messages always in training; ${names.length} features`)
console.log('category             the rules (tp/fp/fn)     the model (tp/fp/fn)')
for (const category of CATEGORIES) {
  const y = rows.map((r) => (r.m.labels[category] === true ? 1 : 0))
  const rules = [0, 0, 0]
  const model = [0, 0, 0]
  const count = (tally, predicted, actual) => {
    if (predicted && actual) tally[0]++
    else if (predicted) tally[1]++
    else if (actual) tally[2]++
  }
  for (let k = 0; k < FOLDS; k++) {
    const trained = train(rows.flatMap((_, i) => (fold[i] === k ? [] : [i])), y)
    rows.forEach((r, i) => {
      if (fold[i] !== k) return
      count(rules, r.found.has(category), y[i] === 1)
      count(model, predict(trained, X[i]) >= 0.5, y[i] === 1)
    })
  }
  console.log(`${category.padEnd(20)} ${f1(rules).padEnd(24)} ${f1(model)}`)
}
