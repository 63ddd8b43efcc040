#!/usr/bin/env node
// Load test of `outreach-lint serve`, on loopback, bounded in time (3 x --seconds x --rounds, and 4 s of warm-up).
//
//   npm run bench:service                 (builds first, then runs this script)
//   node scripts/bench-service.mjs --seconds 5
//   node scripts/bench-service.mjs --rounds 6     (the three runs six times: does the memory settle?)
//   node scripts/bench-service.mjs --processes 2  (serve --processes 2: a copy of the service per core)
//
// The service runs as users run it, a process of its own (`outreach-lint serve --port 0`); autocannon
// drives it from this process. Printed: the CPU count; for single 1 KB messages the most requests/s
// it answers (10 connections) and its latency at a fixed 500 requests/s; for batches of 100 the
// requests/s and messages/s; p50 and p99 of each; errors; the CPU time of each run per request, of
// the service's processes and of autocannon (this process), which share the machine's cores; and the
// service's resident memory after a warm-up of both paths and after each run. The messages come from
// the seeded bench corpus, so runs compare.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import autocannon from 'autocannon'
import {makeCorpus} from './bench-corpus.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const option = (name, fallback) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const seconds = option('--seconds', 10)
if (!(seconds > 0 && seconds <= 120)) throw new Error('--seconds: from 1 to 120')
// The three runs again and again, each round's results and memory printed: whether the memory settles.
const rounds = option('--rounds', 1)
if (!(Number.isInteger(rounds) && rounds >= 1 && rounds <= 20)) throw new Error('--rounds: from 1 to 20')
const processes = option('--processes', 1)
if (!(Number.isInteger(processes) && processes >= 1 && processes <= 16)) throw new Error('--processes: from 1 to 16')

/** Drafts of the corpus joined into one message of about `bytes` bytes. */
function message(corpus, from, bytes) {
  let text = ''
  for (let i = from; Buffer.byteLength(text) < bytes; i++) text += (text ? '\n\n' : '') + corpus[i % corpus.length]
  return text.slice(0, bytes)
}

const corpus = makeCorpus(400)
const single = JSON.stringify({text: message(corpus, 0, 1024)})
const batch = JSON.stringify({messages: Array.from({length: 100}, (_, i) => ({id: i, text: message(corpus, i * 3, 1024)}))})

const server = spawn(process.execPath, [join(root, 'bin', 'outreach-lint.js'), 'serve', '--port', '0', ...(processes > 1 ? ['--processes', String(processes)] : [])], {stdio: ['ignore', 'ignore', 'pipe']})
const base = await new Promise((resolve, reject) => {
  let err = ''
  server.stderr.on('data', (chunk) => {
    err += chunk
    const m = /serving on (http:\/\/[\w.:[\]-]+)/.exec(err)
    if (m) resolve(m[1])
  })
  server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)))
})

/** CPU seconds (user and system) of a process and the processes it forked, from /proc (Linux); NaN elsewhere. */
function treeCpu(pid) {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux), after the name in parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    const own = (Number(fields[11]) + Number(fields[12])) / 100
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean)
    return children.reduce((n, child) => n + treeCpu(child), own)
  } catch {
    return NaN
  }
}

/** Resident bytes of a process and the processes it forked, from /proc (Linux); NaN elsewhere. */
function treeRss(pid) {
  try {
    const own = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean)
    return children.reduce((n, child) => n + treeRss(child), own)
  } catch {
    return NaN
  }
}

async function rss() {
  // Each copy's /metrics tells its own memory: with copies, the whole tree's counts.
  if (processes > 1) return treeRss(server.pid)
  const text = await (await fetch(`${base}/metrics`)).text()
  return Number(/^outreach_lint_process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? NaN)
}

async function run(name, body, options) {
  const serviceCpu = treeCpu(server.pid)
  const ownCpu = process.cpuUsage()
  const r = await autocannon({url: `${base}/v1/lint`, method: 'POST', headers: {'content-type': 'application/json'}, body, duration: seconds, ...options})
  const own = process.cpuUsage(ownCpu)
  return {name, r, cpu: {service: treeCpu(server.pid) - serviceCpu, autocannon: (own.user + own.system) / 1e6}}
}

const mb = (n) => `${(n / 1048576).toFixed(1)} MB`
function line({name, r, cpu}, perRequest = 1) {
  const failed = r.errors + r.timeouts + r.non2xx
  const rate = r.requests.average
  // What one request costs the service, and the load generator beside it on the same cores.
  const perMs = (s) => ((s * 1000) / r.requests.total).toFixed(2)
  const share = `CPU per request: service ${perMs(cpu.service)} ms, autocannon ${perMs(cpu.autocannon)} ms`
  return `${name.padEnd(34)} ${rate.toFixed(0).padStart(6)} req/s${perRequest > 1 ? ` (${(rate * perRequest).toFixed(0)} messages/s)` : ''}  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  ${failed ? `${failed} FAILED` : 'no errors'}  ${share}`
}

try {
  // Warm up both paths: the first requests compile the rules' code paths, and the first batch starts
  // the worker threads' linters (their heaps are part of the service's memory from then on).
  await run('warm-up', single, {duration: Math.min(2, seconds), connections: 4})
  await run('warm-up', batch, {duration: Math.min(2, seconds), connections: 4})
  const warm = await rss()
  console.log(`outreach-lint serve on ${base}${processes > 1 ? ` in ${processes} processes` : ''}; ${availableParallelism()} CPUs; Node ${process.version}; ${seconds} s per run${rounds > 1 ? `, ${rounds} rounds` : ''}`)
  let memory = []
  for (let round = 1; round <= rounds; round++) {
    const results = []
    memory = []
    results.push(line(await run('single 1 KB, 10 connections', single, {connections: 10})))
    memory.push(await rss())
    results.push(line(await run('single 1 KB at 500 req/s', single, {connections: 10, overallRate: 500})))
    memory.push(await rss())
    results.push(line(await run('batch of 100 x 1 KB, 4 connections', batch, {connections: 4}), 100))
    memory.push(await rss())
    if (rounds > 1) console.log(`round ${round}:`)
    for (const r of results) console.log(r)
    // RSS moves with garbage not yet collected (V8 collects the old generation late) and with the
    // worker threads' heaps: compare the runs with the figure after warm-up, not with a cold process.
    console.log(`service memory (RSS) after each run: ${memory.map(mb).join(', ')}`)
  }
  const end = memory[memory.length - 1]
  console.log(`service memory (RSS): ${mb(warm)} after warm-up (single and batch), ${mb(end)} at the end (${end >= warm ? '+' : ''}${mb(end - warm)})`)
} finally {
  server.kill('SIGTERM')
}
