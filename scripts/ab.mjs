// Is a change slower? This build's linter against another build's, in one process, on the bench's
// corpus:
//
//   npm run build && node scripts/ab.mjs ../other-checkout      (the other one built too)
//
// The two linters take turns, 41 rounds of a whole pass each after a warm-up (which goes first
// alternates), and the median of the per-round ratios is printed, of wall-clock time and of this
// process's CPU time (on a machine shared with other work, the CPU time is the steadier figure):
// rounds next to each other see the same load of a shared machine, where separate runs do not.
// Compare a build with a copy of itself to see the noise of the method on your machine.
import {resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {makeCorpus} from './bench-corpus.mjs'

const other = process.argv[2]
if (!other) {
  console.error('usage: node scripts/ab.mjs <path of another built checkout>')
  process.exit(2)
}
const ROUNDS = 41
const load = (dir) => import(pathToFileURL(resolve(dir, 'dist', 'index.js')).href)
let base, head
try {
  ;[base, head] = await Promise.all([load(other), load(fileURLToPath(new URL('..', import.meta.url)))])
} catch (error) {
  console.error(`ab: cannot load a built linter from ${other}/dist: ${error.message.split('\n')[0]}`)
  process.exit(2)
}
const corpus = makeCorpus(1500)
const contenders = [
  ['other', base.createLinter()],
  ['this', head.createLinter()]
]
const times = {other: [], this: []}
const cpu = {other: [], this: []}
let sink = 0
/** One pass over the corpus: its wall-clock and CPU milliseconds. */
const pass = (linter) => {
  const start = performance.now()
  const startCpu = process.cpuUsage()
  for (const text of corpus) sink += linter.lint(text).messages.length
  const used = process.cpuUsage(startCpu)
  return [performance.now() - start, (used.user + used.system) / 1000]
}
for (let w = 0; w < 3; w++) for (const [, linter] of contenders) pass(linter)
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? contenders : [...contenders].reverse()
  for (const [name, linter] of order) {
    const [wall, cpuMs] = pass(linter)
    times[name].push(wall)
    cpu[name].push(cpuMs)
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
const ratio = (of) => median(of.this.map((t, i) => t / of.other[i])).toFixed(3)
const ms = (x) => `${x.toFixed(0)} ms`
console.log(`outreach-lint ab: ${corpus.length} messages, ${ROUNDS} alternating rounds (sink ${sink})`)
console.log(`other (${other}): best ${ms(Math.min(...times.other))}, median ${ms(median(times.other))}; CPU median ${ms(median(cpu.other))}`)
console.log(`this:  best ${ms(Math.min(...times.this))}, median ${ms(median(times.this))}; CPU median ${ms(median(cpu.this))}`)
console.log(`median of the per-round ratios this/other: ${ratio(times)} wall-clock, ${ratio(cpu)} CPU (above 1: this build is slower)`)
