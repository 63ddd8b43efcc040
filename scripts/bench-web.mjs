#!/usr/bin/env node
// The web page in Chromium: how long after the last keystroke the findings are up, for a
// 2,000-character LinkedIn InMail, and what the page weighs (gzip): each of its files, the page
// without its grammar layer (the script grammar-<hash>.js: the part-of-speech tagger and its model, which
// scripts/bundle-web.mjs splits out), that script, and the whole. Uses Debian's chromium
// (CHROMIUM_PATH to choose another) driven by playwright-core, on the built page from the disk.
//
//   npm run bench:web                   (builds first, then runs this script)
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {gzipSync} from 'node:zlib'
import {chromium} from 'playwright-core'
import {makeCorpus} from './bench-corpus.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const web = join(root, 'dist', 'web')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ROUNDS = 15

const corpus = makeCorpus(200)
let draft = ''
for (let i = 0; draft.length < 2000; i++) draft += (draft ? '\n\n' : '') + corpus[i]
draft = draft.slice(0, 2000)

// Every file of the page (it loads them all, and nothing else: test/web.test.ts).
const weights = readdirSync(web)
  .sort()
  .map((f) => [f, gzipSync(readFileSync(join(web, f)), {level: 9}).length])
const isGrammar = (f) => /^grammar-[0-9a-f]+\.js$/.test(f)
const browser = await chromium.launch({executablePath, args: ['--no-sandbox']})
try {
  const page = await browser.newPage()
  await page.goto(pathToFileURL(join(web, 'index.html')).href)
  await page.selectOption('#channel', 'linkedin-inmail')
  await page.fill('#text', draft)
  await page.waitForTimeout(500)
  const pauses = []
  const lints = []
  for (let k = 0; k < ROUNDS; k++) {
    // One keystroke (an input event, as the browser sends for a key), then time until the findings
    // are drawn again.
    pauses.push(
      await page.evaluate(
        (ch) =>
          new Promise((resolve) => {
            const text = document.getElementById('text')
            const observer = new MutationObserver(() => {
              observer.disconnect()
              resolve(performance.now() - start)
            })
            observer.observe(document.getElementById('findings'), {childList: true, subtree: true})
            text.value += ch
            const start = performance.now()
            text.dispatchEvent(new Event('input', {bubbles: true}))
          }),
        k % 2 ? ' ' : 'a'
      )
    )
    lints.push(Number(/Checked in (\d+) ms/.exec(await page.textContent('#timing'))?.[1]))
    await page.waitForTimeout(200)
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  console.log(`Chromium ${browser.version()}; a ${draft.length}-character InMail, ${ROUNDS} keystrokes`)
  console.log(`last keystroke to findings: median ${median(pauses).toFixed(0)} ms, worst ${Math.max(...pauses).toFixed(0)} ms (the page waits for a 60 ms pause first)`)
  console.log(`lint alone: median ${median(lints)} ms, worst ${Math.max(...lints)} ms`)
  const kb = (files) => `${(files.reduce((sum, [, n]) => sum + n, 0) / 1024).toFixed(1).padStart(8)} KiB gzip`
  for (const file of weights) console.log(`${file[0].padEnd(34)} ${kb([file])}`)
  console.log(`${'page without the grammar layer'.padEnd(34)} ${kb(weights.filter(([f]) => !isGrammar(f)))}`)
  console.log(`${'the grammar layer'.padEnd(34)} ${kb(weights.filter(([f]) => isGrammar(f)))}`)
  console.log(`${'page with it'.padEnd(34)} ${kb(weights)}`)
} finally {
  await browser.close()
}
