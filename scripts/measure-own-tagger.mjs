#!/usr/bin/env node
// The team's own part-of-speech tagger (src/analyse/tagger.ts, the shipped one) against its teacher,
// wink-nlp with the corrections of tagging.ts (scripts/wink-tagger.mjs, the tagger that shipped
// before it), as docs/taggers.md reports them:
//
//   npm run build && node scripts/measure-own-tagger.mjs
//
// - UPOS accuracy on the hand-tagged sample fixtures/pos/outreach-gold.jsonl, scored as
//   test/grammar.test.ts scores it (words only; punctuation, symbols and URLs left out);
// - how far the two agree on the team corpus and the real-message dev split: token boundaries, tags
//   and lemmas (the test split is filtered out, never read);
// - CPU time per message of each over the team corpus (both in this process, passes alternating,
//   median of 11 rounds: wall-clock time is noise on a shared machine);
// - the browser bundle of each tagger alone (rolldown, minified; gzip -9).
import {readFileSync, mkdtempSync, writeFileSync, rmSync} from 'node:fs'
import {join, dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {rolldown} from 'rolldown'
import {tagText} from '../dist/analyse/grammar.js'
import {scanPlaceholders} from '../dist/parse/placeholders.js'
import {posAccuracy, readGold} from './pos-accuracy.mjs'
import {winkTagText} from './wink-tagger.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const jsonl = (path) => readFileSync(join(root, path), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
const taggers = [
  ['wink-nlp + corrections (the teacher)', winkTagText],
  ['own averaged perceptron (shipped)', tagText]
]

console.log('UPOS accuracy on fixtures/pos/outreach-gold.jsonl')
for (const [name, tag] of taggers) {
  const {right, total, accuracy} = posAccuracy(readGold(), (text) => tag(text, scanPlaceholders(text).placeholders))
  console.log(`  ${name}: ${(accuracy * 100).toFixed(2)}% (${right} of ${total})`)
}

const texts = [...jsonl('fixtures/corpus/messages.jsonl'), ...jsonl('fixtures/real/messages.jsonl').filter((m) => m.split === 'dev')].map((m) => m.text)
let n = 0
let bounds = 0
let tags = 0
let lemmas = 0
for (const text of texts) {
  const placeholders = scanPlaceholders(text).placeholders
  const own = new Map(tagText(text, placeholders).map((t) => [`${t.start}:${t.end}`, t]))
  // Each part of a hyphenated compound its own tag on both sides, as the own tagger gives it.
  for (const t of winkTagText(text, placeholders, false)) {
    n++
    const o = own.get(`${t.start}:${t.end}`)
    if (o === undefined) continue
    bounds++
    if (o.pos === t.pos) tags++
    if (o.lemma === t.lemma) lemmas++
  }
}
const pc = (x) => `${((x / n) * 100).toFixed(2)}%`
console.log(`agreement with the teacher on ${texts.length} team and real-dev texts (${n} of its tokens): same boundaries ${pc(bounds)}, same tag ${pc(tags)}, same lemma ${pc(lemmas)}`)

const corpus = jsonl('fixtures/corpus/messages.jsonl').map((m) => [m.text, scanPlaceholders(m.text).placeholders])
const cpu = (tag) => {
  const t0 = process.cpuUsage()
  for (let k = 0; k < 5; k++) for (const [t, p] of corpus) tag(t, p)
  const d = process.cpuUsage(t0)
  return (d.user + d.system) / 5 / corpus.length
}
for (const [, tag] of taggers) cpu(tag)
const times = taggers.map(() => [])
for (let r = 0; r < 11; r++) taggers.forEach(([, tag], i) => times[i].push(cpu(tag)))
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
console.log(`CPU per message, team corpus (${corpus.length} messages), median of 11 rounds:`)
taggers.forEach(([name], i) => console.log(`  ${name}: ${median(times[i]).toFixed(1)} µs`))

const scratch = mkdtempSync(join(root, 'dist', 'tagger-size-'))
try {
  const entries = {
    'own tagger with its weights': `import {tagText} from '../analyse/grammar.js'; globalThis.x = tagText('We help you', [])`,
    'wink-nlp with its English model': `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; globalThis.x = winkNLP(model, ['pos']).readDoc('We help you').tokens().out()`
  }
  console.log('browser bundle of the tagger alone (rolldown, minified; gzip -9):')
  for (const [name, code] of Object.entries(entries)) {
    const input = join(scratch, 'entry.mjs')
    writeFileSync(input, code)
    const bundle = await rolldown({input, cwd: root, platform: 'browser', logLevel: 'silent'})
    const {output} = await bundle.generate({format: 'esm', minify: true})
    await bundle.close()
    const js = output.filter((o) => o.type === 'chunk').map((o) => o.code).join('')
    console.log(`  ${name}: ${(js.length / 1024).toFixed(0)} KB min, ${(gzipSync(js, {level: 9}).length / 1024).toFixed(0)} KB gzip`)
  }
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
