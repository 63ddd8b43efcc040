#!/usr/bin/env node
// Which part-of-speech tagger should the grammatical layer use? Measures each candidate that is
// installed on the hand-tagged outreach sample (fixtures/pos/outreach-gold.jsonl): accuracy on
// Universal POS tags, time to tag the team corpus, and (with --bundle, needs esbuild) the minified +
// gzip size of a browser bundle that only tags. Candidates other than the chosen one are not
// dependencies; install them for a run without saving:
//
//   npm i --no-save compromise retext-pos esbuild   (wink-nlp and its model are devDependencies)
//   node scripts/measure-taggers.mjs [--bundle]
//
// Every tagger is scored on the gold tokens it covers: a gold token is compared with the tag of the
// tagger's token that starts at, or covers, the gold token's first character. Penn Treebank tags
// (natural's Brill tagger, retext-pos) and compromise's tags are mapped to UPOS first.
import {readFileSync, writeFileSync, mkdtempSync, rmSync} from 'node:fs'
import {join, dirname} from 'node:path'
import {tmpdir} from 'node:os'
import {fileURLToPath} from 'node:url'
import {createRequire} from 'node:module'
import {gzipSync} from 'node:zlib'
import {posAccuracy, readGold} from './pos-accuracy.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const gold = readGold()
const corpus = readFileSync(join(root, 'fixtures/corpus/messages.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).text)

const BE = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m", 'ai'])
function penn(tag, word, next) {
  const w = word.toLowerCase()
  if (tag === 'MD') return 'AUX'
  if (tag.startsWith('VB')) return BE.has(w) ? 'AUX' : VERB_AUX.has(w) && next && /^(VB|RB|PRP|DT)/.test(next) ? 'AUX' : 'VERB'
  if (tag === 'NN' || tag === 'NNS') return 'NOUN'
  if (tag === 'NNP' || tag === 'NNPS') return 'PROPN'
  if (tag.startsWith('JJ')) return 'ADJ'
  if (tag.startsWith('RB') || tag === 'WRB') return w === 'not' || w === "n't" ? 'PART' : 'ADV'
  if (tag.startsWith('PRP') || tag.startsWith('WP') || tag === 'EX') return 'PRON'
  if (tag === 'DT' || tag === 'PDT' || tag === 'WDT') return 'DET'
  if (tag === 'IN') return SCONJ.has(w) ? 'SCONJ' : 'ADP'
  if (tag === 'CC') return 'CCONJ'
  if (tag === 'CD') return 'NUM'
  if (tag === 'TO') return next && next.startsWith('VB') ? 'PART' : 'ADP'
  if (tag === 'RP') return 'ADP'
  if (tag === 'POS') return 'PART'
  if (tag === 'UH') return 'INTJ'
  if (tag === 'SYM' || tag === '$' || tag === '#') return 'SYM'
  if (tag === 'FW' || tag === 'LS') return 'X'
  return 'PUNCT'
}
const VERB_AUX = new Set(['have', 'has', 'had', 'do', 'does', 'did', "'ve", "'d"])
const SCONJ = new Set(['if', 'because', 'that', 'while', 'although', 'though', 'since', 'unless', 'whether', 'so', 'once', 'until', 'as'])

function compromiseTag(tags, text) {
  const has = (t) => tags.includes(t)
  if (has('Value') || has('Cardinal')) return 'NUM'
  if (has('Pronoun') || has('Possessive')) return 'PRON'
  if (has('Copula') || has('Modal') || has('Auxiliary')) return 'AUX'
  if (has('Negative')) return 'PART'
  if (has('Expression')) return 'INTJ'
  if (has('ProperNoun') || has('Person') || has('Organization') || has('Place')) return 'PROPN'
  if (has('Determiner')) return 'DET'
  if (has('Preposition')) return text.toLowerCase() === 'to' ? 'PART' : 'ADP'
  if (has('Conjunction')) return SCONJ.has(text.toLowerCase()) ? 'SCONJ' : 'CCONJ'
  if (has('Verb')) return 'VERB'
  if (has('Adjective')) return 'ADJ'
  if (has('Adverb')) return 'ADV'
  if (has('Noun')) return 'NOUN'
  return 'X'
}

/** Each candidate: text -> [{start, end, pos}] over the whole text, pos a UPOS tag. */
async function candidates() {
  const list = []
  const brillDir = join(dirname(require.resolve('natural/package.json')), 'lib/natural/brill_pos_tagger/lib')
  const Lexicon = require(join(brillDir, 'Lexicon.js'))
  const RuleSet = require(join(brillDir, 'RuleSet.js'))
  const Brill = require(join(brillDir, 'Brill_POS_Tagger.js'))
  const brill = new Brill(new Lexicon('EN', 'NN'), new RuleSet('EN'))
  list.push({
    name: "natural BrillPOSTagger (pos-js lexicon)",
    tag(text) {
      const spans = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}._-]*|n't|'[a-z]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({start: m.index, end: m.index + m[0].length, word: m[0]}))
      const tagged = brill.tag(spans.map((s) => s.word)).taggedWords
      return spans.map((s, i) => ({...s, pos: penn(tagged[i].tag, s.word, tagged[i + 1]?.tag)}))
    },
    bundle: `import Lexicon from 'natural/lib/natural/brill_pos_tagger/lib/Lexicon.js'\nimport RuleSet from 'natural/lib/natural/brill_pos_tagger/lib/RuleSet.js'\nimport T from 'natural/lib/natural/brill_pos_tagger/lib/Brill_POS_Tagger.js'\nconst t = new T(new Lexicon('EN', 'NN'), new RuleSet('EN'))\nglobalThis.tag = (s) => t.tag(s.split(' '))`
  })
  try {
    const {default: nlp} = await import('compromise')
    list.push({
      name: 'compromise',
      tag(text) {
        const out = []
        for (const s of nlp(text).json({offset: true})) for (const t of s.terms) if (t.offset.length > 0) out.push({start: t.offset.start, end: t.offset.start + t.offset.length, pos: compromiseTag(t.tags, t.text)})
        return out
      },
      bundle: `import nlp from 'compromise'\nglobalThis.tag = (t) => nlp(t).json({offset: true})`
    })
  } catch {}
  try {
    const {default: winkNLP} = await import('wink-nlp')
    const {default: model} = await import('wink-eng-lite-web-model')
    const nlp = winkNLP(model)
    const its = nlp.its
    list.push({
      name: 'wink-nlp + wink-eng-lite-web-model',
      tag(text) {
        const doc = nlp.readDoc(text)
        const values = doc.tokens().out(its.value)
        const spaces = doc.tokens().out(its.precedingSpaces)
        const pos = doc.tokens().out(its.pos)
        const out = []
        let at = 0
        for (let i = 0; i < values.length; i++) {
          at += spaces[i].length
          const found = text.indexOf(values[i], at)
          if (found >= 0 && found - at < 3) at = found
          out.push({start: at, end: at + values[i].length, pos: pos[i]})
          at += values[i].length
        }
        return out
      },
      bundle: `import winkNLP from 'wink-nlp'\nimport model from 'wink-eng-lite-web-model'\nconst nlp = winkNLP(model)\nglobalThis.tag = (t) => nlp.readDoc(t).tokens().out(nlp.its.pos)`
    })
  } catch {}
  try {
    const {unified} = await import('unified')
    const {default: retextEnglish} = await import('retext-english')
    const {default: retextPos} = await import('retext-pos')
    const {visit} = await import('unist-util-visit')
    const processor = unified().use(retextEnglish).use(retextPos)
    list.push({
      name: 'retext-pos (pos-js)',
      tag(text) {
        const tree = processor.runSync(processor.parse(text))
        const out = []
        visit(tree, 'WordNode', (node, index, parent) => {
          const next = parent.children.slice(index + 1).find((n) => n.type === 'WordNode')
          out.push({start: node.position.start.offset, end: node.position.end.offset, pos: penn(node.data?.partOfSpeech ?? 'NN', node.children.map((c) => c.value ?? '').join(''), next?.data?.partOfSpeech)})
        })
        return out
      },
      bundle: `import {unified} from 'unified'\nimport e from 'retext-english'\nimport p from 'retext-pos'\nconst x = unified().use(e).use(p)\nglobalThis.tag = (t) => x.runSync(x.parse(t))`
    })
  } catch {}
  const {scanPlaceholders} = await import('../dist/parse/placeholders.js')
  try {
    const {winkTagText} = await import('./wink-tagger.mjs')
    list.push({
      name: 'wink-nlp with the corrections of tagging.ts (the own tagger\'s teacher, shipped before it)',
      raw: true,
      tag: (text) => winkTagText(text, scanPlaceholders(text).placeholders)
    })
  } catch {}
  const {tagText} = await import('../dist/analyse/grammar.js')
  list.push({
    name: 'outreach-lint grammar.ts (the own tagger, as shipped)',
    raw: true,
    tag: (text) => tagText(text, scanPlaceholders(text).placeholders)
  })
  return list
}

function score(candidate) {
  // Merge fields are tagged as the names they stand for: a neutral name of the same length.
  const mask = (text) => (candidate.raw ? text : text.replace(/\{\{[^}]*\}\}|\{[^}]*\}|\[[^\]]*\]/g, (m) => 'Z' + 'x'.repeat(m.length - 1)))
  const {accuracy, confusions} = posAccuracy(gold, (text) => candidate.tag(mask(text)))
  return {accuracy, confusions: confusions.slice(0, 6)}
}

function speed(candidate) {
  for (const text of corpus) candidate.tag(text)
  const times = []
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now()
    for (const text of corpus) candidate.tag(text)
    times.push(performance.now() - t0)
  }
  return times.sort((a, b) => a - b)[1]
}

async function bundleSize(candidate) {
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch {
    return undefined
  }
  const dir = mkdtempSync(join(tmpdir(), 'tagger-'))
  try {
    writeFileSync(join(dir, 'entry.mjs'), candidate.bundle)
    const result = await esbuild.build({entryPoints: [join(dir, 'entry.mjs')], bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', nodePaths: [join(root, 'node_modules')], logLevel: 'silent'})
    const code = result.outputFiles[0].contents
    return {raw: code.length, gzip: gzipSync(code, {level: 9}).length}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

const tokens = gold.reduce((n, s) => n + s.tokens.filter(([, u]) => !['PUNCT', 'SYM', 'X'].includes(u)).length, 0)
console.log(`hand-tagged sample: ${gold.length} sentences, ${tokens} word tokens scored (punctuation, symbols and URLs left out)\n`)
const withBundle = process.argv.includes('--bundle')
for (const candidate of await candidates()) {
  if (process.argv.includes('--shipped') && !candidate.raw) continue
  const {accuracy, confusions} = score(candidate)
  const ms = speed(candidate)
  const size = withBundle && candidate.bundle ? await bundleSize(candidate) : undefined
  console.log(`${candidate.name}`)
  console.log(`  UPOS accuracy ${(accuracy * 100).toFixed(1)}%; team corpus (${corpus.length} messages) tagged in ${ms.toFixed(0)} ms`)
  if (size) console.log(`  browser bundle of the tagger alone: ${(size.raw / 1024).toFixed(0)} KB minified, ${(size.gzip / 1024).toFixed(0)} KB gzip`)
  console.log(`  most frequent confusions (gold->tagger): ${confusions.map(([k, n]) => `${k} ${n}`).join(', ')}`)
}
