#!/usr/bin/env node
// Would a model over the SENTENCE ANALYSIS (who each sentence is about, what it does, where it stands)
// beat the rules, and would it carry to a round nobody tuned on? A logistic regression per category
// over named features read from the analysis the rules read (each body sentence's role, its subject's
// party, its main verb's class, its ask kind; the merge fields' roles; the details about the reader
// the indicators list; where each role stands), and two variants: (B) adding hashed word unigrams and
// bigrams of the sentences whose subject is the sender, (C) adding what the rules found (the features
// of scripts/verdict-model.mjs). Evaluated on real-dev only, three ways:
//   cv    5 folds by source repository (as verdict-model.mjs), the team-written corpus always in training
//   transfer  per fresh round (20: r1856-r1961, 19: r1782-r1855, and 18 and 17), trained on the team
//             corpus and the dev messages before the round, tested on the round's dev messages; and the
//             rounds together
// For each: the rules' verdict (a category is found when one of its rules finds something), the model,
// the rules OR the model, B and C, each against the rules by the messages where they differ (a sign
// test); then the heaviest features of A and B fitted on all of it.
// Reads the dev split only. A dev-only experiment: nothing here ships.
//
//   npm run build && node scripts/role-model.mjs [--l2 0.01] [--l2-words 0.03] [--top 15] [--models A,B,C]
import {createHash} from 'node:crypto'
import {createLinter} from '../dist/index.js'
import {provideRewrite, rewritePass} from '../dist/engine.js'
import {inputOf, labelledDev, teamCorpus} from './labelled.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const FOLDS = 5
const L2 = arg('l2', 0.01)
const L2_WORDS = arg('l2-words', 0.03)
const TOP = arg('top', 15)
const HASH_BITS = 10
const CATEGORIES = ['product-centric', 'cold-interruption', 'missing-relevance', 'spammy']
// The fresh rounds, each measured before anyone read it (docs/quality.md): 19 and 20 asked for, 17 and 18 for more messages.
const ROUNDS = [
  {name: 'round 20 (r1856-r1961)', from: 1856, to: 1961},
  {name: 'round 19 (r1782-r1855)', from: 1782, to: 1855},
  {name: 'round 18 (r1709-r1781)', from: 1709, to: 1781},
  {name: 'round 17 (r1607-r1708)', from: 1607, to: 1708}
]

const dev = labelledDev()
const team = teamCorpus()

// The engine hands its analysis (facts, roles, tokens) to the rewrite only: stand in for the rewrite's
// pass to read it. This script never rewrites, so nothing else is lost.
let captured
provideRewrite({
  planPass: (analyse, input) => {
    captured = analyse(input)
    return {edits: {body: [], subject: []}, changes: []}
  },
  rewriteInput: () => {
    throw new Error('role-model.mjs: no rewrite here')
  }
})
const linter = createLinter()

/** Classes of main verbs, the script's own and few: enough to read what a sentence does, not which words. */
const VERB_CLASSES = {
  meet: ['meet', 'talk', 'speak', 'chat', 'call', 'hop', 'jump', 'schedule', 'book', 'grab', 'connect', 'discuss', 'sync', 'catch'],
  show: ['show', 'walk', 'demo', 'demonstrate', 'present', 'introduce', 'tell', 'explain', 'send', 'share'],
  help: ['help', 'enable', 'allow', 'let', 'save', 'cut', 'reduce', 'increase', 'improve', 'boost', 'automate', 'streamline', 'grow', 'scale', 'drive', 'deliver', 'provide', 'offer'],
  make: ['build', 'create', 'develop', 'launch', 'make', 'design', 'ship', 'run', 'work', 'specialize', 'specialise', 'found'],
  notice: ['see', 'notice', 'read', 'come', 'follow', 'watch', 'saw', 'hear', 'learn', 'find', 'love', 'enjoy', 'admire'],
  state: ['be', 'have', 'seem', 'look', 'feel'],
  want: ['want', 'wonder', 'think', 'hope', 'like', 'love', 'need', 'know', 'curious']
}
const VERB_CLASS = new Map()
for (const [name, verbs] of Object.entries(VERB_CLASSES)) for (const v of verbs) if (!VERB_CLASS.has(v)) VERB_CLASS.set(v, name)
const verbClass = (lemma) => (lemma === '' ? 'none' : (VERB_CLASS.get(lemma) ?? 'other'))

const OUTSIDE_BODY = new Set(['greeting', 'sign-off', 'ps'])

/** One message read: the rules' verdict, the structure's features, the sender's words, the findings. */
function read(m) {
  const input = inputOf(m)
  captured = undefined
  rewritePass(linter, input)
  const {result, analysis} = captured
  const f = new Map()
  const add = (key, by = 1) => f.set(key, (f.get(key) ?? 0) + by)
  const set = (key, value) => f.set(key, value)
  set(`channel:${m.channel}`, 1)
  // The team-written corpus is mostly bad drafts: its own intercept keeps its base rate off real messages.
  if (m.group === null) set('team-written', 1)
  set('words (log)', Math.log1p(m.text.split(/\s+/).length))
  if (input.subject) set('has subject line', 1)
  const ind = result.indicators
  set('questions (log)', Math.log1p(ind.questionCount))
  set('links (log)', Math.log1p(ind.linkCount))
  set('self references (log)', Math.log1p(ind.selfReferences))
  set('reader references (log)', Math.log1p(ind.recipientReferences))
  set('self/reader ratio (log)', Math.log1p(ind.selfToRecipientRatio))
  for (const p of ind.personalisation) add(`reader detail:${p.split(':')[0]}`)
  for (const c of ind.callsToAction) add(`call to action:${c.kind}`)
  const senderWords = []
  if (analysis) {
    const {roles, body} = analysis
    const text = body.text
    const content = roles.sentences.filter((s) => !OUTSIDE_BODY.has(s.role))
    const n = content.length
    set('body sentences (log)', Math.log1p(n))
    content.forEach((s, i) => {
      const where = n > 1 ? i / (n - 1) : 0
      add(`role:${s.role}`)
      add(`subject:${s.subject}`)
      add(`role:${s.role} subject:${s.subject}`)
      add(`verb:${verbClass(s.verb)} subject:${s.subject}`)
      if (i === 0) {
        set(`first:${s.role}`, 1)
        set(`first subject:${s.subject}`, 1)
        set(`first verb:${verbClass(s.verb)}`, 1)
      }
      if (i === 1) set(`second:${s.role}`, 1)
      if (i === n - 1) {
        set(`last:${s.role}`, 1)
        set(`last subject:${s.subject}`, 1)
      }
      if (!f.has(`where first ${s.role}`)) set(`where first ${s.role}`, 1 - where)
      if (!f.has(`where first subject:${s.subject}`)) set(`where first subject:${s.subject}`, 1 - where)
      if (s.ask) {
        add(`ask:${s.ask}${s.stated ? ' stated' : ''}${s.passive ? ' passive' : ''}`)
        if (m.channel !== 'followup' && s.ask === 'time' && !s.passive) set('first touch asks time', 1)
      }
      if (s.chase) add(`chaser:${s.chase}`)
      if (s.specific) add(`specific subject:${s.subject}`)
      if (s.concrete) add('concrete about the reader')
      if (s.named) add('proof names third parties', s.named)
      if ((s.listed ?? 0) >= 2) add('proof lists customers')
      if (s.continues) add('proof continues')
      if (facts(body, s).question) add(`question subject:${s.subject}`)
      if (s.subject === 'sender') senderWords.push(wordsOf(text.slice(s.start, s.end)))
    })
    for (const key of [...f.keys()]) {
      if (/^(?:role|subject):[^ ]+$/.test(key)) set(`${key} share`, f.get(key) / Math.max(1, n))
    }
    for (const field of roles.fields) add(`field:${field.role}`)
    let senderRun = 0
    for (const s of content) {
      if (s.subject !== 'sender') break
      senderRun++
    }
    set('sender sentences before any other (log)', Math.log1p(senderRun))
    const readerAt = content.findIndex((s) => s.subject === 'recipient' || s.role === 'observation')
    set('reader before any pitch', readerAt >= 0 && readerAt < (content.findIndex((s) => s.role === 'pitch') + 1 || Infinity) ? 1 : 0)
  } else set('not analysed', 1)
  for (const [key, value] of f) if (!key.includes('share') && !key.startsWith('where') && !key.includes('(log)') && value > 1) f.set(key, 1 + Math.log(value))
  const findings = new Map()
  for (const finding of result.messages) {
    findings.set(`rule:${finding.ruleId}`, (findings.get(`rule:${finding.ruleId}`) ?? 0) + 1)
    findings.set(`found:${finding.category}`, (findings.get(`found:${finding.category}`) ?? 0) + 1)
    if (finding.severity === 'error') findings.set(`error:${finding.ruleId}`, 1)
  }
  for (const [key, value] of findings) if (!key.startsWith('error:')) findings.set(key, Math.log1p(value))
  findings.set('score', result.score / 100)
  return {m, f, words: senderWords, findings, found: new Set(result.messages.map((x) => x.category))}
}

const facts = (body, s) => body.sentences[s.sentence] ?? {question: false}
const wordsOf = (sentence) =>
  sentence
    .toLowerCase()
    .replace(/\{\{[^}]*\}\}|\{[^}]*\}|\[[^\]]*\]/g, ' FIELD ')
    .match(/[a-z][a-z'’-]*|FIELD|\d[\d.,%]*/g) ?? []

const rows = [...dev, ...team].map(read)

// The hashed words: one bucket per unigram and bigram, named after the n-gram seen most in it.
const BUCKETS = 1 << HASH_BITS
const bucketNames = new Map()
const bucketOf = (gram) => createHash('sha256').update(gram).digest().readUInt32BE(0) % BUCKETS
for (const r of rows) {
  const grams = new Set()
  for (const ws of r.words) {
    ws.forEach((w, i) => {
      grams.add(w)
      if (i > 0) grams.add(`${ws[i - 1]} ${w}`)
    })
  }
  r.grams = new Map()
  for (const g of grams) {
    const b = bucketOf(g)
    r.grams.set(b, 1)
    const seen = bucketNames.get(b) ?? new Map()
    seen.set(g, (seen.get(g) ?? 0) + 1)
    bucketNames.set(b, seen)
  }
}
const bucketName = (b) => `words:"${[...bucketNames.get(b)].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0]}"`

/** A design matrix as sparse rows, with its feature names and each feature's L2. */
function design(parts) {
  const names = []
  const index = new Map()
  const penalties = []
  const X = rows.map(() => ({idx: [], val: []}))
  for (const part of parts) {
    const keys = [...new Set(rows.flatMap((r) => [...part.of(r).keys()]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    for (const key of keys) {
      index.set(`${part.name}|${key}`, names.length)
      names.push(part.label(key))
      penalties.push(part.l2)
    }
    rows.forEach((r, i) => {
      for (const [key, value] of part.of(r)) {
        if (value === 0) continue
        X[i].idx.push(index.get(`${part.name}|${key}`))
        X[i].val.push(value)
      }
    })
  }
  const scale = new Float64Array(names.length)
  for (const x of X) x.idx.forEach((j, k) => (scale[j] += x.val[k] * x.val[k]))
  for (let j = 0; j < names.length; j++) scale[j] = Math.sqrt(scale[j] / X.length) || 1
  return {names, X, penalties: Float64Array.from(penalties), scale}
}
const STRUCTURE = {name: 's', of: (r) => r.f, label: (k) => k, l2: L2}
const WORDS = {name: 'w', of: (r) => r.grams, label: bucketName, l2: L2_WORDS}
const FINDINGS = {name: 'f', of: (r) => r.findings, label: (k) => k, l2: L2}
// --models A,C: fit only those (A, the structure alone, always: the rules OR A reads it).
const CHOSEN = (process.argv.includes('--models') ? process.argv[process.argv.indexOf('--models') + 1] : 'A,B,C').split(',')
const MODELS = [
  {name: 'A structure', parts: [STRUCTURE]},
  {name: 'B +words', parts: [STRUCTURE, WORDS]},
  {name: 'C +findings', parts: [STRUCTURE, FINDINGS]}
]
  .filter((m, k) => k === 0 || CHOSEN.includes(m.name[0]))
  .map((m) => ({name: m.name, ...design(m.parts)}))

/**
 * L2-penalised logistic regression fitted by Newton's method (each column scaled by its root mean
 * square over every row first, so one penalty treats features alike and the weights compare): the
 * exact minimum of mean log-loss + sum of penalty/2 * w^2, whatever the order of the rows.
 */
function train(model, indices, y) {
  const {X, names, penalties, scale} = model
  const p = names.length + 1 // the bias last, not penalised
  const w = new Float64Array(p)
  const n = indices.length
  const rowsOf = indices.map((i) => ({idx: [...X[i].idx, p - 1], val: [...X[i].val.map((v, k) => v / scale[X[i].idx[k]]), 1], y: y[i]}))
  const z = (r, at) => r.idx.reduce((sum, j, k) => sum + at[j] * r.val[k], 0)
  const loss = (at) => {
    let l = 0
    for (const r of rowsOf) {
      const v = z(r, at)
      l += Math.log1p(Math.exp(-Math.abs(v))) + Math.max(v, 0) - r.y * v
    }
    let penalty = 0
    for (let j = 0; j < p - 1; j++) penalty += (penalties[j] * at[j] * at[j]) / 2
    return l / n + penalty
  }
  let current = loss(w)
  for (let iteration = 0; iteration < 50; iteration++) {
    const g = new Float64Array(p)
    const H = new Float64Array(p * p)
    for (const r of rowsOf) {
      const q = 1 / (1 + Math.exp(-z(r, w)))
      const e = (q - r.y) / n
      const s = (q * (1 - q)) / n
      for (let a = 0; a < r.idx.length; a++) {
        g[r.idx[a]] += e * r.val[a]
        const row = r.idx[a] * p
        for (let b = 0; b < r.idx.length; b++) H[row + r.idx[b]] += s * r.val[a] * r.val[b]
      }
    }
    for (let j = 0; j < p - 1; j++) {
      g[j] += penalties[j] * w[j]
      H[j * p + j] += penalties[j]
    }
    H[p * p - 1] += 1e-9
    const step = solve(H, g, p)
    let t = 1
    let next
    for (; t > 1e-6; t /= 2) {
      next = w.map((v, j) => v - t * step[j])
      if (loss(next) <= current) break
    }
    const after = loss(next)
    w.set(next)
    const done = current - after < 1e-10
    current = after
    if (done) break
  }
  // `w` for the features as they are; `scaled`, per root mean square of each, for comparing them.
  return {w: w.subarray(0, p - 1).map((v, j) => v / scale[j]), scaled: w.subarray(0, p - 1), b: w[p - 1]}
}
/** Solve H x = g for a symmetric positive definite H (Cholesky, in place on a copy). */
function solve(H, g, p) {
  const L = Float64Array.from(H)
  for (let j = 0; j < p; j++) {
    let d = L[j * p + j]
    for (let k = 0; k < j; k++) d -= L[j * p + k] * L[j * p + k]
    const root = Math.sqrt(Math.max(d, 1e-12))
    L[j * p + j] = root
    for (let i = j + 1; i < p; i++) {
      let v = L[i * p + j]
      const ri = i * p
      const rj = j * p
      for (let k = 0; k < j; k++) v -= L[ri + k] * L[rj + k]
      L[ri + j] = v / root
    }
  }
  const x = Float64Array.from(g)
  for (let i = 0; i < p; i++) {
    let v = x[i]
    for (let k = 0; k < i; k++) v -= L[i * p + k] * x[k]
    x[i] = v / L[i * p + i]
  }
  for (let i = p - 1; i >= 0; i--) {
    let v = x[i]
    for (let k = i + 1; k < p; k++) v -= L[k * p + i] * x[k]
    x[i] = v / L[i * p + i]
  }
  return x
}
function predict(fit, x) {
  let z = fit.b
  for (let k = 0; k < x.idx.length; k++) z += fit.w[x.idx[k]] * x.val[k]
  return 1 / (1 + Math.exp(-z))
}

const tally = () => [0, 0, 0]
const count = (t, predicted, actual) => {
  if (predicted && actual) t[0]++
  else if (predicted) t[1]++
  else if (actual) t[2]++
}
const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1) : 'n/a').padStart(5)
const show = ([tp, fp, fn]) => `${pct((2 * tp) / (2 * tp + fp + fn))} ${pct(tp / (tp + fp))} ${pct(tp / (tp + fn))} ${`(${tp}/${fp}/${fn})`.padEnd(11)}`
const f1 = ([tp, fp, fn]) => (2 * tp) / (2 * tp + fp + fn)

/** Two-sided exact sign test: the chance of a split of `n` disagreements at least as lopsided as `k` against `n - k`. */
function signTest(k, n) {
  if (n === 0) return 1
  const low = Math.min(k, n - k)
  let p = 0
  let c = 1 // C(n, 0)
  for (let i = 0; i <= low; i++) {
    p += c
    c = (c * (n - i)) / (i + 1)
  }
  return Math.min(1, (2 * p) / 2 ** n)
}

/**
 * Fit on each split's training rows and predict its test rows: per split, per category, each verdict's
 * prediction for each tested row (the rules, each model, the rules OR model A).
 */
function predictSplits(splits) {
  return splits.map((split) => {
    const out = {}
    for (const category of CATEGORIES) {
      const y = rows.map((r) => (r.m.labels[category] === true ? 1 : 0))
      const fits = MODELS.map((model) => train(model, split.train, y))
      const said = {rules: [], ...Object.fromEntries(MODELS.map((m) => [m.name, []])), 'rules OR A': []}
      for (const i of split.test) {
        said.rules.push(rows[i].found.has(category))
        MODELS.forEach((model, k) => said[model.name].push(predict(fits[k], model.X[i]) >= 0.5))
        said['rules OR A'].push(rows[i].found.has(category) || said['A structure'].at(-1))
      }
      out[category] = {said, actual: split.test.map((i) => y[i] === 1)}
    }
    return out
  })
}

/**
 * Print a table per category: each verdict's F1, precision, recall, and against the rules the messages
 * it gets right that they get wrong and the reverse, with the sign test's p; and what one message is
 * worth (the rules' F1 with one of their misses found).
 */
function report(title, results) {
  const n = results.reduce((sum, r) => sum + r[CATEGORIES[0]].actual.length, 0)
  console.log(`
== ${title}: ${n} dev messages tested`)
  console.log(`${'category'.padEnd(18)} ${'verdict'.padEnd(14)}    F1  prec   rec (tp/fp/fn)    vs rules: right/wrong where they differ, p`)
  for (const category of CATEGORIES) {
    const actual = results.flatMap((r) => r[category].actual)
    const said = Object.fromEntries(Object.keys(results[0][category].said).map((name) => [name, results.flatMap((r) => r[category].said[name])]))
    const tallies = {}
    for (const [name, predicted] of Object.entries(said)) {
      const t = tally()
      predicted.forEach((p, i) => count(t, p, actual[i]))
      tallies[name] = t
    }
    Object.entries(said).forEach(([name, predicted], k) => {
      let better = 0
      let worse = 0
      predicted.forEach((p, i) => {
        if (p === said.rules[i]) return
        if (p === actual[i]) better++
        else worse++
      })
      const versus = k === 0 ? '' : `+${better}/-${worse} p=${signTest(better, better + worse).toFixed(2)}`
      console.log(`${(k === 0 ? category : '').padEnd(18)} ${name.padEnd(14)} ${show(tallies[name])} ${versus}`)
    })
    const [tp, fp, fn] = tallies.rules
    const one = fn > 0 ? 100 * (f1([tp + 1, fp, fn - 1]) - f1(tallies.rules)) : NaN
    console.log(`${''.padEnd(18)} (${actual.filter(Boolean).length} labelled true; one more message found moves the rules' F1 by ${one.toFixed(1)})`)
  }
}

const devRows = rows.flatMap((r, i) => (r.m.group === null ? [] : [i]))
const teamRows = rows.flatMap((r, i) => (r.m.group === null ? [i] : []))
const foldOf = (i) => createHash('sha256').update(rows[i].m.group).digest().readUInt32BE(0) % FOLDS
console.log(`${dev.length} dev messages of ${new Set(dev.map((m) => m.group)).size} repositories, ${team.length} team-written messages always in training`)
console.log(`features: ${MODELS.map((m) => `${m.name} ${m.names.length}`).join(', ')}; L2 ${L2} (words ${L2_WORDS})`)
report(
  `(a) ${FOLDS}-fold cross-validation by repository`,
  predictSplits(
    Array.from({length: FOLDS}, (_, k) => ({
      train: [...teamRows, ...devRows.filter((i) => foldOf(i) !== k)],
      test: devRows.filter((i) => foldOf(i) === k)
    }))
  )
)
const transfer = predictSplits(
  ROUNDS.map((round) => ({
    train: [...teamRows, ...devRows.filter((i) => rows[i].m.n < round.from)],
    test: devRows.filter((i) => rows[i].m.n >= round.from && rows[i].m.n <= round.to)
  }))
)
ROUNDS.forEach((round, k) => report(`(b) transfer: trained on what came before ${round.name}, tested on it`, [transfer[k]]))
report(`(b) transfer, the ${ROUNDS.length} rounds together (each predicted by the model trained on what came before it)`, transfer)

console.log(`\n== the ${TOP} heaviest features per category, each model fitted on the team corpus and all dev (weights per root mean square of the feature)`)
const all = [...teamRows, ...devRows]
for (const model of MODELS.filter((m) => m.name !== 'C +findings')) {
  for (const category of CATEGORIES) {
    const y = rows.map((r) => (r.m.labels[category] === true ? 1 : 0))
    const {scaled: w} = train(model, all, y)
    const top = [...w.keys()].sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]) || a - b).slice(0, TOP)
    console.log(`\n${model.name}, ${category}:`)
    for (const j of top) console.log(`  ${w[j] >= 0 ? '+' : '-'}${Math.abs(w[j]).toFixed(2)}  ${model.names[j]}`)
  }
}
