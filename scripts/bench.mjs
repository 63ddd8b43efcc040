#!/usr/bin/env node
// Throughput, memory, scaling and start-up of outreach-lint, measured in one run on one corpus.
//
//   npm run bench                       (builds first, then runs this script)
//
// The corpus (scripts/bench-corpus.mjs) is generated from templates with a seeded PRNG, so every
// run lints the same messages: outreach-like drafts of about 400 characters, good and bad, with
// merge fields ({{first_name}}, [Company], {FirstName}), URLs, e-mail addresses and @mentions.
// Printed: messages/s and MB/s of (a) unified + retext-english parse only, (b) the full default rule
// pack through createLinter().lint, (c) alex and write-good, each in processes of its own (they
// share parse-latin, whose optimised code in one process depends on who else ran it); the ratios;
// peak RSS; CLI cold start vs `node -e ''`; time per character from 1 KB to 1 MB messages; the cost
// of 10x more phrases; the CLI over 10,000 small files with its worker pool and single-threaded
// (when the CLI can be told so), each with the CPU time of all its threads; the ceiling of a two-way
// split on this machine; the bound the CPU time of such a split sets on it; and a pool of two against
// one thread on 10,000 and 40,000 files, with each mode's fixed cost and time per file from those.
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {builtinRules, createLinter} from '../dist/config.js'
import {makeCorpus, mulberry32} from './bench-corpus.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'bin', 'outreach-lint.js')
const quick = process.argv.includes('--quick')

// ---------------------------------------------------------------------------------------------
// The corpus

const CORPUS_SIZE = quick ? 300 : 1500
const corpus = makeCorpus(CORPUS_SIZE)
const corpusChars = corpus.reduce((n, t) => n + t.length, 0)
const corpusBytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0)

// ---------------------------------------------------------------------------------------------
// Timing helpers

const now = () => process.hrtime.bigint()
const ms = (t0, t1) => Number(t1 - t0) / 1e6
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
let sink = 0

/** Time one pass of `fn` over `texts`, in ms. */
function pass(fn, texts) {
  const t0 = now()
  for (const t of texts) sink += fn(t) ? 1 : 0
  return ms(t0, now())
}

const fmt = (x, digits = 0) => x.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits})

// ---------------------------------------------------------------------------------------------
// (a) parse only, (b) full rule pack, (c) alex, write-good
//
// Each contender runs in a fresh process of its own (this script with --throughput NAME): the four
// share parse-latin, and in one process the code V8 optimises for one of them depends on the others
// (the same parse ran 6,600 or 11,800 messages/s in one process from run to run). The processes run
// in turn, contender after contender, so machine noise hits all alike; the median counts.
// The load of this shared machine changes over seconds, and a slow spell can fall on the parse
// processes and not on the lint ones, or the other way round: the parse and lint process of each
// round run back to back, and the ratio of each such pair is printed too, with their median.

const ROUNDS = quick ? 3 : 5
const WARM_MS = quick ? 300 : 1500
const PROCESSES = quick ? 2 : 3
/** Parse and lint processes are quick: they get more rounds than alex and write-good. */
const PAIRS = quick ? 3 : 7
const alexSlice = corpus.slice(0, quick ? 100 : 300)

/** The function a contender is timed on, loaded in its own process. */
async function contender(name) {
  if (name === 'parse') {
    const {unified} = await import('unified')
    const {default: retextEnglish} = await import('retext-english')
    const parser = unified().use(retextEnglish).freeze()
    return (t) => parser.parse(t)
  }
  if (name === 'lint') {
    const linter = createLinter()
    return (t) => linter.lint(t)
  }
  if (name === 'alex') {
    const {text} = await import('alex')
    return (t) => text(t)
  }
  const {default: writeGood} = await import('write-good')
  return (t) => writeGood(t)
}

const at = process.argv.indexOf('--throughput')
if (at >= 0) {
  // Child: warm up to a steady state, time ROUNDS passes, print the median pass in ms. Every
  // contender warms up the same way: whole passes until WARM_MS have gone by, two at least. (A fixed
  // short warm-up timed the linter, whose code V8 takes longer to optimise, while it was still
  // warming: its first full passes ran 1.5x-2x slower than the later ones.)
  const name = process.argv[at + 1]
  const fn = await contender(name)
  const texts = name === 'alex' ? alexSlice : corpus
  for (let passes = 0, spent = 0; passes < 2 || spent < WARM_MS; passes++) spent += pass(fn, texts)
  const times = []
  for (let r = 0; r < ROUNDS; r++) times.push(pass(fn, texts))
  process.stdout.write(JSON.stringify({ms: median(times), sink}))
  process.exit(0)
}

const times = {parse: [], lint: [], alex: [], wg: []}
for (let p = 0; p < PAIRS; p++) {
  for (const name of Object.keys(times)) {
    if (p >= PROCESSES && (name === 'alex' || name === 'wg')) continue
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--throughput', name, ...(quick ? ['--quick'] : [])], {encoding: 'utf8', maxBuffer: 1 << 20})
    if (r.status !== 0) throw new Error(`bench: the ${name} process failed: ${r.stderr}`)
    times[name].push(JSON.parse(r.stdout).ms)
  }
}
const alexBytes = alexSlice.reduce((n, t) => n + Buffer.byteLength(t), 0)
const rate = (count, bytes, t) => ({msgs: (count / t) * 1000, mb: (bytes / 1e6 / t) * 1000})
const a = rate(corpus.length, corpusBytes, median(times.parse))
const b = rate(corpus.length, corpusBytes, median(times.lint))
const c = rate(alexSlice.length, alexBytes, median(times.alex))
const d = rate(corpus.length, corpusBytes, median(times.wg))
const spread = (name) => {
  const rates = times[name].map((t) => ((name === 'alex' ? alexSlice.length : corpus.length) / t) * 1000)
  return `${fmt(Math.min(...rates))}-${fmt(Math.max(...rates))}`
}

const out = []
const line = (s = '') => out.push(s) && console.log(s)
line(`outreach-lint bench: ${corpus.length} messages, ${fmt(corpusChars / corpus.length)} chars on average, ${fmt(corpusBytes / 1e6, 2)} MB`)
line(`throughput: each contender in processes of its own (parse and lint ${PAIRS}, alex and write-good ${PROCESSES}), warmed up for ${WARM_MS / 1000} s, median of ${ROUNDS} passes each, median of the processes`)
line(`node ${process.version}, ${process.platform}-${process.arch}`)
line()
line('throughput                       msgs/s       MB/s   msgs/s by process')
const row = (name, r, key) => line(`${name.padEnd(30)} ${fmt(r.msgs).padStart(8)} ${fmt(r.mb, 3).padStart(10)}   ${spread(key)}`)
row('(a) parse only (retext-english)', a, 'parse')
row('(b) outreach-lint, all rules', b, 'lint')
row('(c) alex (text API)', c, 'alex')
row('(c) write-good', d, 'wg')
line(`ratio b/a (target >= 0.40)        ${fmt(b.msgs / a.msgs, 2)}`)
const pairs = times.parse.map((t, p) => t / times.lint[p])
line(`  b/a of each back-to-back pair    ${pairs.map((r) => fmt(r, 2)).join(' ')}  (median ${fmt(median(pairs), 2)})`)
line(`ratio b/alex (target >= 20x)      ${fmt(b.msgs / c.msgs, 1)}x`)
line(`ratio b/write-good (target >= 2x) ${fmt(b.msgs / d.msgs, 1)}x`)
line()

// ---------------------------------------------------------------------------------------------
// In this process from here on: the full rule pack, warmed up.

const linter = createLinter()
const lintFull = (t) => linter.lint(t)
const warm = corpus.slice(0, quick ? 100 : 300)
for (let i = 0; i < 2; i++) pass(lintFull, warm)

// ---------------------------------------------------------------------------------------------
// Time per character: 1 KB .. 1 MB messages

function ofSize(chars, offset) {
  let text = ''
  let i = offset
  while (text.length < chars) text += (text ? '\n\n' : '') + corpus[i++ % corpus.length]
  return text.slice(0, chars)
}

const SIZES = [
  ['1 KB', 1_000, quick ? 200 : 600],
  ['10 KB', 10_000, quick ? 20 : 60],
  ['100 KB', 100_000, quick ? 3 : 6],
  ['1 MB', 1_000_000, quick ? 1 : 3]
]
const perChar = {}
line('message size   ns/char   ms/message')
// The sizes take turns, round after round (a slow spell of the machine then falls on all of them
// alike, not on the one that happened to run during it), and each size's median round counts.
const bySize = SIZES.map(([, size, count]) => Array.from({length: count}, (_, i) => ofSize(size, i * 7)))
for (const texts of bySize) lintFull(texts[0])
const rounds = SIZES.map(() => [])
for (let r = 0; r < 5; r++) SIZES.forEach((_, k) => rounds[k].push(pass(lintFull, bySize[k])))
SIZES.forEach(([label, size, count], k) => {
  const t = median(rounds[k])
  perChar[label] = (t * 1e6) / (size * count)
  line(`${label.padEnd(12)} ${fmt(perChar[label], 0).padStart(8)} ${fmt(t / count, 2).padStart(12)}`)
})
line(`ratio ns/char 1 MB vs 1 KB (target <= 1.5)  ${fmt(perChar['1 MB'] / perChar['1 KB'], 2)}`)
line()

// ---------------------------------------------------------------------------------------------
// 10x phrases

const builtin = builtinRules()
let defaultPatterns = 0
for (const r of builtin.rules) if (r.check === 'phrase') defaultPatterns += r.patterns.length + (r.exceptions?.length ?? 0)
const COMMON = ['we', 'our', 'you', 'your', 'the', 'a', 'team', 'call', 'quick', 'help', 'can', 'i', 'would', 'love', 'to', 'time', 'platform', 'saw', 'hope', 'week']
const SYLLABLES = ['ka', 'zo', 'mir', 'tel', 'vun', 'dra', 'pex', 'lom', 'quo', 'sib', 'nar', 'fey']
const prand = mulberry32(7)
const ppick = (list) => list[Math.floor(prand() * list.length)]
const synthWord = () => ppick(SYLLABLES) + ppick(SYLLABLES) + ppick(SYLLABLES)
const extraPatterns = new Set()
while (extraPatterns.size < defaultPatterns * 9) {
  // Real words first so the trie is walked deep on real text; a made-up word ends each pattern.
  const n = 1 + Math.floor(prand() * 3)
  // (Alternatives go inside brackets, as the phrase language requires.)
  const words = Array.from({length: n}, () => (prand() < 0.3 ? '(' + ppick(COMMON) + '|' + ppick(COMMON) + ')' : ppick(COMMON)))
  if (prand() < 0.3) words.push('*')
  words.push(prand() < 0.3 ? '(' + synthWord() + '|' + synthWord() + ')' : synthWord())
  extraPatterns.add(words.join(' '))
}
const bigLinter = createLinter({
  packs: [
    {
      rules: [
        {
          id: 'bench-extra-phrases',
          category: 'product-centric',
          severity: 'warning',
          message: 'Synthetic: {match}',
          why: 'Bench only.',
          check: 'phrase',
          patterns: [...extraPatterns],
          examples: {invalid: ['x'], valid: ['y']}
        }
      ]
    }
  ]
})
const lintBig = (t) => bigLinter.lint(t)
// Both warm up as the throughput contenders do, taking turns; then each round times one pass of
// each back to back, and the median of the rounds' ratios counts (a slow spell of the machine then
// weighs on both passes of a round, not on one linter's).
for (let passes = 0, spent = 0; passes < 2 || spent < WARM_MS; passes++) spent += pass(lintFull, corpus) + pass(lintBig, corpus)
const roundRatios = []
for (let r = 0; r < (quick ? 5 : 15); r++) {
  // Which goes first alternates, so neither always pays for the other's garbage.
  let base, big
  if (r % 2 === 0) {
    base = pass(lintFull, corpus)
    big = pass(lintBig, corpus)
  } else {
    big = pass(lintBig, corpus)
    base = pass(lintFull, corpus)
  }
  roundRatios.push(big / base)
}
const slowdown = (median(roundRatios) - 1) * 100
line(`phrase patterns: default ${defaultPatterns}, with extra ${defaultPatterns + extraPatterns.size} (10x)`)
line(`slowdown with 10x phrases (target < 15%), median of ${roundRatios.length} back-to-back rounds  ${fmt(slowdown, 1)}%`)
line()

const rss = process.resourceUsage().maxRSS / 1024
line(`peak RSS of this process (the full rule pack, the 1 MB messages and the 10x phrases included)  ${fmt(rss)} MB`)
line()

// ---------------------------------------------------------------------------------------------
// CLI: cold start and 10,000 files

const work = mkdtempSync(join(tmpdir(), 'outreach-lint-bench-'))
try {
  const short = join(work, 'short.txt')
  writeFileSync(short, corpus[0])
  const run = (args) => {
    const t0 = now()
    const r = spawnSync(process.execPath, args, {stdio: 'ignore'})
    return {ms: ms(t0, now()), status: r.status}
  }
  run(['-e', ''])
  run([bin, short])
  const cold = {node: [], cli: []}
  let cliStatus
  for (let r = 0; r < (quick ? 5 : 9); r++) {
    cold.node.push(run(['-e', '']).ms)
    const c2 = run([bin, short])
    cliStatus = c2.status
    cold.cli.push(c2.ms)
  }
  line(`CLI cold start, one short file (median of ${cold.cli.length})  ${fmt(median(cold.cli))} ms (exit ${cliStatus})`)
  line(`node -e '' (median of ${cold.node.length})                     ${fmt(median(cold.node))} ms`)
  line(`ratio (target < 2.5)                            ${fmt(median(cold.cli) / median(cold.node), 2)}`)
  line()

  const FILES = quick ? 1000 : 10_000
  // `count` drafts in folders of FILES / 10 each (ten folders for FILES drafts).
  const PER_FOLDER = FILES / 10
  const writeDrafts = (dir, count) => {
    mkdirSync(dir)
    for (let i = 0; i < count; i++) {
      const sub = join(dir, String(Math.floor(i / PER_FOLDER)))
      if (i % PER_FOLDER === 0) mkdirSync(sub)
      writeFileSync(join(sub, `draft-${i}.txt`), corpus[i % corpus.length] + (i >= corpus.length ? `\n\nRef ${i}.` : ''))
    }
  }
  const dir = join(work, 'drafts')
  writeDrafts(dir, FILES)
  const help = spawnSync(process.execPath, [bin, '--help'], {encoding: 'utf8'}).stdout ?? ''
  // The single-thread switch, under whichever name the CLI gives it.
  const single = [
    ['--threads', '1'],
    ['--concurrency', '1'],
    ['--jobs', '1'],
    ['--workers', '1'],
    ['--no-workers'],
    ['--single-thread'],
    ['--no-threads']
  ].find(([flag]) => new RegExp(`(^|\\s)${flag.replace(/-/g, '\\-')}(?![\\w-])`).test(help))
  // The CPU time of every thread of a CLI process (scripts/bench-cpu.mjs writes it at exit), so
  // the bench can say how many cores a run kept busy: V8 compiles and collects garbage on threads
  // of its own, so even one thread of linting uses more than one core.
  const cpuProbe = new URL('bench-cpu.mjs', import.meta.url).href
  let cpuFiles = 0
  const cliRun = (args) => {
    const file = join(work, `cpu-${cpuFiles++}`)
    const child = spawn(process.execPath, ['--import', cpuProbe, bin, ...args], {stdio: 'ignore', env: {...process.env, OUTREACH_LINT_BENCH_CPU: file}})
    return new Promise((done) => child.on('close', (status) => done({status, cpuMs: Number(readFileSync(file, 'utf8')) / 1000})))
  }
  const timed = async (runs) => {
    const t0 = now()
    const results = await Promise.all(runs.map(cliRun))
    return {ms: ms(t0, now()), cpuMs: results.reduce((sum, r) => sum + r.cpuMs, 0), status: results.map((r) => r.status).join(', ')}
  }
  const cores = (r) => `CPU ${fmt(r.cpuMs)} ms, ${fmt(r.cpuMs / r.ms, 2)} cores busy`
  const many = await timed([['--format', 'json', dir]])
  line(`CLI over ${fmt(FILES)} files, default (worker pool if any)  ${fmt(many.ms)} ms, ${fmt((FILES / many.ms) * 1000)} files/s (exit ${many.status}); ${cores(many)}`)
  if (single) {
    const one = await timed([[...single, '--format', 'json', dir]])
    line(`CLI over ${fmt(FILES)} files, ${single.join(' ')}`.padEnd(54) + `${fmt(one.ms)} ms, ${fmt((FILES / one.ms) * 1000)} files/s (exit ${one.status}); ${cores(one)}`)
    line(`speed-up of the default over ${single.join(' ')}          ${fmt(one.ms / many.ms, 2)}x`)
    // What two cores give at best here: two independent single-thread processes, one on each half
    // of the files, against one process on all of them (the runs above already include one).
    const halves = [[], []]
    for (let k = 0; k < 10; k++) halves[k % 2].push(join(dir, String(k)))
    const both = await timed(halves.map((paths) => [...single, '--format', 'json', ...paths]))
    line(`two processes ${single.join(' ')}, half the files each, side by side  ${fmt(both.ms)} ms (exit ${both.status}); ${cores(both)}`)
    line(`ceiling of a two-way split on this machine (one process / two)  ${fmt(one.ms / both.ms, 2)}x`)
    // Each process (or worker) pays its own start and JIT warm-up, in CPU time that competes with
    // the other's linting on two cores: the halves together can take no less than half their CPU.
    line(`CPU of the two halves vs the one process                    ${fmt(both.cpuMs / one.cpuMs, 2)}x`)
    line(`bound of a two-way split from that CPU (one process / (halves' CPU / 2))  ${fmt(one.ms / (both.cpuMs / 2), 2)}x`)
    // The pool pays its workers' start and warm-up once per run and gains on every file, so a run
    // four times as long shows both: the line through each mode's two runs gives its fixed cost (at
    // 0 files) and its time per file, and where the two lines cross.
    if (single.length === 2) {
      const pool = [single[0], '2']
      const bigDir = join(work, 'drafts-big')
      writeDrafts(bigDir, 4 * FILES)
      line()
      const pooled = await timed([[...pool, '--format', 'json', dir]])
      line(`CLI over ${fmt(FILES)} files, ${pool.join(' ')}`.padEnd(54) + `${fmt(pooled.ms)} ms (exit ${pooled.status}); ${cores(pooled)}`)
      const bigPooled = await timed([[...pool, '--format', 'json', bigDir]])
      line(`CLI over ${fmt(4 * FILES)} files, ${pool.join(' ')}`.padEnd(54) + `${fmt(bigPooled.ms)} ms (exit ${bigPooled.status}); ${cores(bigPooled)}`)
      const bigOne = await timed([[...single, '--format', 'json', bigDir]])
      line(`CLI over ${fmt(4 * FILES)} files, ${single.join(' ')}`.padEnd(54) + `${fmt(bigOne.ms)} ms (exit ${bigOne.status}); ${cores(bigOne)}`)
      line(`speed-up of ${pool.join(' ')} over ${single.join(' ')} at ${fmt(4 * FILES)} files  ${fmt(bigOne.ms / bigPooled.ms, 2)}x`)
      const perFile = (small, big) => (big.ms - small.ms) / (3 * FILES)
      const fixed = (small, big) => small.ms - perFile(small, big) * FILES
      const [p1, pN] = [perFile(one, bigOne), perFile(pooled, bigPooled)]
      const [f1, fN] = [fixed(one, bigOne), fixed(pooled, bigPooled)]
      line(`time per file from ${fmt(FILES)} to ${fmt(4 * FILES)} files: ${single.join(' ')} ${fmt(p1, 3)} ms, ${pool.join(' ')} ${fmt(pN, 3)} ms (${fmt(p1 / pN, 2)}x as fast per file)`)
      line(`fixed cost of a run (the line at 0 files): ${single.join(' ')} ${fmt(f1)} ms, ${pool.join(' ')} ${fmt(fN)} ms`)
      line(p1 > pN ? `the two lines cross at about ${fmt((fN - f1) / (p1 - pN))} files` : 'the pool is not faster per file here, so it never catches up')
    }
  } else {
    line('CLI single-thread option: none in `outreach-lint --help`, so no comparison')
  }
} finally {
  rmSync(work, {recursive: true, force: true})
}
if (sink < 0) console.log(sink)
