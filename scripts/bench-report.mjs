#!/usr/bin/env node
// The indicators report on a large library: N messages (default 100,000) of the seeded bench corpus
// as one JSONL export with a usage column, reported as users run it (`outreach-lint report`, a
// process of its own), beside a plain lint of the same file (`--format json -o /dev/null`) for what
// the report adds. Printed: wall time and peak resident memory of each, and the time to draw the
// charts and the page from the saved JSON (in this process, after a warm-up).
//
//   npm run bench:report                     (builds first, then runs this script)
//   node scripts/bench-report.mjs --messages 20000
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {makeCorpus} from './bench-corpus.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const at = process.argv.indexOf('--messages')
const count = at > 0 ? Number(process.argv[at + 1]) : 100_000
if (!(Number.isInteger(count) && count > 0 && count <= 1_000_000)) throw new Error('--messages: a whole number from 1 to 1,000,000')

/** Run the CLI; its wall time and peak resident memory (from /proc, sampled every 20 ms). */
function run(args, cwd) {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(process.execPath, [join(root, 'bin', 'outreach-lint.js'), ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe']})
    let peak = 0
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const sample = setInterval(() => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0)
        peak = Math.max(peak, kb)
      } catch {
        // ended
      }
    }, 20)
    child.on('error', fail)
    child.on('close', (code) => {
      clearInterval(sample)
      if (code !== 0 && code !== 1) fail(new Error(`exit ${code}: ${stderr}`))
      else done({seconds: (performance.now() - started) / 1000, peakMb: peak / 1024})
    })
  })
}

const dir = mkdtempSync(join(tmpdir(), 'outreach-lint-bench-report-'))
try {
  const corpus = makeCorpus(Math.min(count, 5000))
  const lines = []
  for (let i = 0; i < count; i++) lines.push(JSON.stringify({id: `m${i}`, subject: `Note ${i % 11}`, body: corpus[i % corpus.length], usage: (i * 7919) % 5000}))
  writeFileSync(join(dir, 'export.jsonl'), lines.join('\n') + '\n')
  const size = statSync(join(dir, 'export.jsonl')).size
  console.log(`${count.toLocaleString('en-US')} messages, ${(size / 1e6).toFixed(1)} MB of JSONL`)

  const lint = await run(['--format', 'json', '-o', '/dev/null', 'export.jsonl'], dir)
  console.log(`lint --format json:       ${lint.seconds.toFixed(1)} s, peak ${lint.peakMb.toFixed(0)} MB`)
  const json = await run(['report', '--format', 'json', '-o', 'report.json', 'export.jsonl'], dir)
  console.log(`report --format json:     ${json.seconds.toFixed(1)} s, peak ${json.peakMb.toFixed(0)} MB`)
  const html = await run(['report', '-o', 'report.html', 'export.jsonl'], dir)
  console.log(`report (HTML):            ${html.seconds.toFixed(1)} s, peak ${html.peakMb.toFixed(0)} MB, ${(statSync(join(dir, 'report.html')).size / 1024).toFixed(0)} KB`)

  // Drawing alone: the charts and the page from the saved figures.
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))
  const loadStart = performance.now()
  const {renderCharts} = await import(join(root, 'dist', 'indicators', 'charts.js'))
  const {renderHtml} = await import(join(root, 'dist', 'indicators', 'html.js'))
  const loadMs = performance.now() - loadStart
  renderHtml(report, renderCharts(report))
  const rounds = 10
  const drawStart = performance.now()
  let charts = []
  for (let i = 0; i < rounds; i++) charts = renderCharts(report)
  const chartsMs = (performance.now() - drawStart) / rounds
  const pageStart = performance.now()
  for (let i = 0; i < rounds; i++) renderHtml(report, charts)
  const pageMs = (performance.now() - pageStart) / rounds
  console.log(`drawing: loading Plot and linkedom ${loadMs.toFixed(0)} ms; ${charts.length} charts ${chartsMs.toFixed(1)} ms; the page ${pageMs.toFixed(1)} ms`)
} finally {
  rmSync(dir, {recursive: true, force: true})
}
