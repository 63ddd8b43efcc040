#!/usr/bin/env node
// Trains the team's own part-of-speech tagger (src/analyse/tagger.ts, an averaged perceptron, the
// grammatical layer's tagger: docs/taggers.md) and writes its weights and lemma exceptions to
// src/analyse/tagger-model.ts.
//
//   npm run build && node scripts/train-tagger.mjs [--check] [--quiet]
//       [--epochs 8] [--seed 20261205] [--scale 10] [--known 20] [--min-count 3] [--hand-weight 3] [--silver-weight 0.3] [--hand-fixed 3] [--evidence 5]
//       [--cross-validate [5]] [--freeze]
//
// Training reads fixtures/pos/ only. The tags it learns are silver: what the teacher
// (scripts/wink-tagger.mjs: wink-nlp with the corrections of tagging.ts, the tagger that shipped
// before this one) gives for the frozen outreach text of fixtures/pos/silver-texts.jsonl, in its
// order. --freeze writes that file again from the fixtures (the team corpus, the real-message dev
// split, never the test split, the sample drafts and the sequences' steps; not the rules' examples),
// and nothing else: a new real message or an edited example moves no weight until someone freezes
// again and trains (fixtures/pos/README.md). Two rules correct the silver where the teacher is
// plainly wrong (correctSilver; the count is printed). The sentences of the hand-tagged sample
// (fixtures/pos/outreach-gold.jsonl), which come from the team corpus, are left out of training:
// only their text is read, to find and skip them; their tags are the measurement.
// The hand-corrected training sentences (fixtures/pos/train-hand-*.tsv, fixtures/pos/README.md) are
// documents of their own, trained on --hand-weight times each; their text is left out of the silver
// documents, so where they and the teacher differ the hand tag is the only one learned. A mistake on
// a silver token moves the weights by --silver-weight, on a hand-corrected one by 1.
// --cross-validate [folds] scores the teacher and the tagger on the hand-corrected sentences, the
// tagger trained without the fold it is scored on (nothing is written), in all and by kind (sentences
// of messages, and each file written for training: h, i).
// Same input, same weights: the document order is shuffled by a fixed seed, nothing else is random.
// --check trains again and fails if src/analyse/tagger-model.ts differs from what it would write.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join, dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import YAML from 'yaml'
import {posAccuracy, readGold} from './pos-accuracy.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const EPOCHS = args.includes('--epochs') ? Number(args[args.indexOf('--epochs') + 1]) : 8
/** The seed of the document shuffle. */
const SEED = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 20261205
/** Weights are written as integers: the averaged weight times this, rounded; zeros are dropped. */
const SCALE = args.includes('--scale') ? Number(args[args.indexOf('--scale') + 1]) : 10
/** A word seen this often or more, with one tag, is tagged by a table (tagger.ts). */
const KNOWN_COUNT = args.includes('--known') ? Number(args[args.indexOf('--known') + 1]) : 20
/**
 * A feature seen fewer times than this an epoch is left out of the model (3, chosen over 2 for size:
 * cross-validation gives the same, the grammar chunk is 15 KiB gzip smaller: docs/taggers.md).
 */
const MIN_COUNT = args.includes('--min-count') ? Number(args[args.indexOf('--min-count') + 1]) : 3
/** How many times each hand-corrected sentence is trained on (the silver text is trained on once). */
const HAND_WEIGHT = args.includes('--hand-weight') ? Number(args[args.indexOf('--hand-weight') + 1]) : 3
/**
 * How much a mistake on a silver token moves the weights, against 1 for a hand-corrected one: the
 * teacher is wrong on about one word in ten, so its tags count for less (0.3, chosen over 0.5 and 1
 * by cross-validation: docs/taggers.md).
 */
const SILVER_WEIGHT = args.includes('--silver-weight') ? Number(args[args.indexOf('--silver-weight') + 1]) : 0.3
/** The hand-corrected training sentences (fixtures/pos/README.md). */
const HAND = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => `fixtures/pos/train-hand-${x}.tsv`)
/**
 * A word the hand-corrected sentences tag this often or more, always alike, is tagged by the table
 * too (0: not at all): a closed-class lexicon from the hand tags ("your", "via", "hi"), chosen by
 * cross-validation; it also keeps those words' weights out of the model.
 */
const HAND_FIXED = args.includes('--hand-fixed') ? Number(args[args.indexOf('--hand-fixed') + 1]) : 3
/** How often a spelling and teacher tag must be seen in the hand sentences for correctByHand to use it (0: not at all). */
const MIN_EVIDENCE = args.includes('--evidence') ? Number(args[args.indexOf('--evidence') + 1]) : 5

const jsonl = (path) => readFileSync(join(root, path), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))

function stringsOf(node, key, out) {
  if (typeof node === 'string') {
    if (key === 'text' || key === 'valid' || key === 'invalid') out.push(node)
  } else if (Array.isArray(node)) for (const x of node) stringsOf(x, key, out)
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) stringsOf(v, k, out)
}

/** The silver training texts, frozen (fixtures/pos/README.md): what training reads, with --freeze what it writes. */
const SILVER_TEXTS = 'fixtures/pos/silver-texts.jsonl'

/**
 * The texts to freeze as the silver training text, in a fixed order, each {id, text}: the team
 * corpus, the real-message dev split (the test split is filtered out here, never read), the sample
 * drafts and the sequences' steps. The rules' examples are not among them: they are edited with the rules.
 */
function textsToFreeze() {
  const out = []
  for (const m of jsonl('fixtures/corpus/messages.jsonl')) out.push({id: m.id, text: m.text})
  // The frozen test split is never read: only the dev split's texts are kept.
  for (const m of jsonl('fixtures/real/messages.jsonl')) if (m.split === 'dev') out.push({id: m.id, text: m.text})
  for (const f of readdirSync(join(root, 'fixtures/samples')).sort()) out.push({id: `samples/${f}`, text: readFileSync(join(root, 'fixtures/samples', f), 'utf8')})
  for (const dir of ['fixtures/sequences/team', 'fixtures/sequences/real']) {
    for (const f of readdirSync(join(root, dir)).sort()) {
      if (!f.endsWith('.yaml') || f === 'labels.yaml') continue
      const texts = []
      stringsOf(YAML.parse(readFileSync(join(root, dir, f), 'utf8')), '', texts)
      texts.forEach((text, k) => out.push({id: `${dir.slice('fixtures/'.length)}/${f}#${k + 1}`, text}))
    }
  }
  return out
}

/** The frozen silver training texts ({id, text}, in order): training reads these, not the fixtures they were taken from. */
export function readSilverTexts() {
  return jsonl(SILVER_TEXTS)
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Each text as the tagger reads it: tokens, the teacher's tag of each (the tag of the teacher's
 * token that starts at or covers it), the teacher's lemma, and whether it is trained on.
 */
export async function silver(texts, skip = []) {
  const {winkTagText} = await import('./wink-tagger.mjs')
  const {prepare} = await import('../dist/analyse/tagging.js')
  const {tokenize} = await import('../dist/analyse/tokens.js')
  const {scanPlaceholders} = await import('../dist/parse/placeholders.js')
  const docs = []
  for (const text of texts) {
    const placeholders = scanPlaceholders(text).placeholders
    // Each word's own tag: tagText joins hyphenated compounds after tagging (tagging.ts).
    const teacher = winkTagText(text, placeholders, false)
    const masked = prepare(text.slice(0, Math.max(...teacher.map((t) => t.end), 0)), placeholders.filter((p) => p.end <= text.length))
    const spans = tokenize(masked)
    const excluded = []
    for (const s of skip) for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) excluded.push([at, at + s.length])
    const doc = {words: [], tags: [], lemmas: [], train: []}
    let k = 0
    for (const span of spans) {
      while (k + 1 < teacher.length && teacher[k].end <= span.start) k++
      const t = teacher[k]
      if (t === undefined) break
      doc.words.push(masked.slice(span.start, span.end))
      doc.tags.push(t.pos)
      doc.lemmas.push(t.start === span.start && t.end === span.end ? t.lemma : null)
      doc.train.push(t.field < 0 && !excluded.some(([a, b]) => span.start < b && span.end > a))
    }
    docs.push(doc)
  }
  return docs
}

/** Acronyms of common nouns that the teacher tags as names (UD tags them NOUN: "our CRM", "the CEO"). */
const NOUN_ACRONYMS = new Set(
  'crm roi seo ceo cfo cto coo cmo vp hr sdr sdrs bdr bdrs ae aes arr mrr kpi kpis pdf saas b2b b2c api apis sku skus wms erp faq faqs ats sms eta rfp icp cac ltv mvp qa ai'.split(' ')
)

/**
 * Silver tags corrected where the teacher is plainly wrong, by two rules (the count is printed):
 * an acronym of a common noun is a NOUN, and a capitalised word standing alone (neither neighbour a
 * capitalised word) that the teacher calls a name, but whose lower-case spelling is tagged something
 * else in the training text ("Best,", "Quick question", "Kind regards"), gets that other tag.
 */
export function correctSilver(docs) {
  const lowerTags = new Map()
  for (const d of docs) {
    for (let i = 0; i < d.words.length; i++) {
      const w = d.words[i]
      if (w !== w.toLowerCase() || d.tags[i] === 'PROPN') continue
      const c = lowerTags.get(w) ?? new Map()
      c.set(d.tags[i], (c.get(d.tags[i]) ?? 0) + 1)
      lowerTags.set(w, c)
    }
  }
  const capital = (w) => w !== undefined && /^\p{Lu}/u.test(w)
  let changed = 0
  for (const d of docs) {
    for (let i = 0; i < d.words.length; i++) {
      if (d.tags[i] !== 'PROPN' || !d.train[i]) continue
      const w = d.words[i]
      let tag
      if (NOUN_ACRONYMS.has(w.toLowerCase()) && w !== w.toLowerCase()) tag = 'NOUN'
      else if (/^\p{Lu}\p{Ll}+$/u.test(w) && !capital(d.words[i - 1]) && !capital(d.words[i + 1])) {
        const c = lowerTags.get(w.toLowerCase())
        if (c !== undefined) {
          const [top, n] = [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
          if (n >= 2) tag = top
        }
      }
      if (tag !== undefined) {
        d.teacher ??= [...d.tags]
        d.tags[i] = tag
        changed++
      }
    }
  }
  return changed
}

/**
 * The hand-corrected sentences, in file order: {id, text, tokens: [word, UPOS][]} (the form of
 * outreach-gold.jsonl). A file is blocks of "# id = ", "# text = " and word<TAB>TAG lines; other
 * comment lines ("# progress = ...") are skipped.
 */
export function readHand(paths = HAND) {
  const blocks = []
  for (const path of paths) {
    for (const line of readFileSync(join(root, path), 'utf8').split('\n')) {
      if (line.startsWith('# id = ')) blocks.push({id: line.slice(7).trim(), text: '', tokens: []})
      else if (line.startsWith('# text = ')) blocks[blocks.length - 1].text = line.slice(9)
      // A comment is "# " and a note; "#<TAB>SYM" is the token "#" ("the #1 platform").
      else if (!line.startsWith('# ') && line.includes('\t')) blocks[blocks.length - 1].tokens.push(line.split('\t'))
    }
  }
  return blocks
}

/**
 * The hand-corrected sentences as training documents: each sentence's text masked and cut into
 * tokens as the tagger reads it, which must be the file's tokens (a sentence whose tokens differ is
 * left out and counted); merge fields are not trained on, as in the silver documents.
 */
export async function handDocuments(blocks, {lemmas = false} = {}) {
  const {TAGS} = await import('../dist/analyse/tagger.js')
  const {prepare} = await import('../dist/analyse/tagging.js')
  const {tokenize} = await import('../dist/analyse/tokens.js')
  const {scanPlaceholders} = await import('../dist/parse/placeholders.js')
  const docs = []
  let unmatched = 0
  for (const {id, text, tokens} of blocks) {
    for (const [, tag] of tokens) if (!TAGS.includes(tag) || tag === 'SPACE') throw new Error(`${id}: no such tag ${JSON.stringify(tag)}`)
    const placeholders = scanPlaceholders(text).placeholders
    const masked = prepare(text, placeholders)
    const spans = tokenize(masked)
    if (spans.length !== tokens.length || spans.some((s, i) => text.slice(s.start, s.end) !== tokens[i][0])) {
      unmatched++
      continue
    }
    docs.push({
      words: spans.map((s) => masked.slice(s.start, s.end)),
      tags: tokens.map(([, tag]) => tag),
      lemmas: spans.map(() => null),
      train: spans.map((s) => !placeholders.some((p) => s.start < p.end && s.end > p.start)),
      text
    })
  }
  if (lemmas) {
    // The teacher's lemma where its tag is the hand tag: a sentence moved from the silver to the hand
    // documents keeps its lemma evidence ("cutting" ADJ -> "cut").
    const teacher = await silver(docs.map((d) => d.text))
    docs.forEach((d, k) => {
      const t = teacher[k]
      if (t.words.length === d.words.length && t.words.every((w, i) => w === d.words[i])) d.lemmas = t.lemmas.map((l, i) => (t.tags[i] === d.tags[i] ? l : null))
    })
  }
  for (const d of docs) delete d.text
  return {docs, unmatched}
}

/**
 * What the hand correction shows the teacher gets wrong, applied to the rest of the silver: for each
 * spelling and teacher tag seen at least MIN_EVIDENCE times in the hand-corrected sentences, where
 * the hand gave one other tag at least 3 times in 4 ("quick" PROPN -> ADJ), that tag replaces the
 * teacher's everywhere in the silver documents. Returns how many silver tags it changed.
 */
export async function correctByHand(silverDocs, blocks) {
  const evidence = new Map()
  const teacher = await silver(blocks.map((b) => b.text))
  blocks.forEach((b, k) => {
    const d = teacher[k]
    if (d.words.length !== b.tokens.length) return
    for (let i = 0; i < d.words.length; i++) {
      if (!d.train[i]) continue
      const key = d.words[i].toLowerCase() + ' ' + d.tags[i]
      const c = evidence.get(key) ?? new Map()
      c.set(b.tokens[i][1], (c.get(b.tokens[i][1]) ?? 0) + 1)
      evidence.set(key, c)
    }
  })
  const rules = new Map()
  for (const [key, c] of evidence) {
    const total = [...c.values()].reduce((a, b) => a + b, 0)
    const [tag, n] = [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
    if (total >= MIN_EVIDENCE && n / total >= 0.75 && tag !== key.slice(key.lastIndexOf(' ') + 1)) rules.set(key, tag)
  }
  let changed = 0
  for (const d of silverDocs) {
    for (let i = 0; i < d.words.length; i++) {
      const tag = d.train[i] ? rules.get(d.words[i].toLowerCase() + ' ' + d.tags[i]) : undefined
      if (tag === undefined) continue
      d.teacher ??= [...d.tags]
      d.tags[i] = tag
      changed++
    }
  }
  return changed
}

/** The silver documents (corrected, each update SILVER_WEIGHT) with the hand documents added `weight` times each. */
function withHand(silverDocs, handDocs, weight) {
  const docs = silverDocs.map((d) => ({...d, weight: SILVER_WEIGHT}))
  for (let r = 0; r < weight; r++) docs.push(...handDocs)
  return docs
}

/**
 * Averaged perceptron training over the documents; returns the model's text form. `hand` are the
 * hand-corrected documents, each once (they are among `docs`, HAND_WEIGHT times): words they always
 * tag alike join the table of fixed tags (HAND_FIXED); a feature seen fewer than `minCount` times an
 * epoch is left out.
 */
export async function train(docs, {epochs = EPOCHS, seed = SEED, log = false, hand = [], minCount = MIN_COUNT} = {}) {
  const {TAGS, TEMPLATES, featuresOf, sequenceOf, lemmaOf} = await import('../dist/analyse/tagger.js')
  const index = new Map(TAGS.map((t, i) => [t, i]))
  const n = TAGS.length
  // Per feature: current weights, their running totals, the step each was last changed, how often seen.
  const w = new Map()
  let step = 0
  const row = (f) => {
    let r = w.get(f)
    if (r === undefined) {
      r = {cur: new Float64Array(n), tot: new Float64Array(n), last: new Float64Array(n), seen: 0}
      w.set(f, r)
    }
    return r
  }
  const update = (r, t, d) => {
    r.tot[t] += (step - r.last[t]) * r.cur[t]
    r.last[t] = step
    r.cur[t] += d
  }
  // Words seen often enough with one tag (97% of the time or more) are tagged without scoring.
  const tagCounts = (of) => {
    const seen = new Map()
    for (const d of of) {
      for (let i = 0; i < d.words.length; i++) {
        if (!d.train[i]) continue
        const key = sequenceOf([d.words[i]]).lower[0]
        const c = seen.get(key) ?? new Map()
        c.set(d.tags[i], (c.get(d.tags[i]) ?? 0) + 1)
        seen.set(key, c)
      }
    }
    return seen
  }
  const known = new Map()
  for (const [word, c] of tagCounts(docs)) {
    const total = [...c.values()].reduce((a, b) => a + b, 0)
    const [tag, count] = [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
    if (total >= KNOWN_COUNT && count / total >= 0.97 && !/[\s]/.test(word)) known.set(word, tag)
  }
  for (const [word, c] of tagCounts(hand)) {
    const [[tag, count]] = c
    if (HAND_FIXED > 0 && c.size === 1 && count >= HAND_FIXED && !known.has(word) && !/[\s]/.test(word)) known.set(word, tag)
  }
  const rand = random(seed)
  const order = docs.map((_, i) => i)
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    let right = 0
    let total = 0
    for (const d of order) {
      // A document's weight is how far a mistake on it moves the weights (1 unless given).
      const {words, tags, train: trained, weight = 1} = docs[d]
      const seq = sequenceOf(words)
      const lower = seq.lower
      let p1 = '<s>'
      let p2 = '<s>'
      for (let i = 0; i < words.length; i++) {
        let guess
        if (lower[i] === '<n>') guess = 'SPACE'
        else if (known.has(lower[i])) guess = known.get(lower[i])
        else {
          const feats = featuresOf(seq, i, p1, p2).map((v, k) => TEMPLATES[k] + ' ' + v)
          const scores = new Float64Array(n)
          for (const f of feats) {
            const r = w.get(f)
            if (r !== undefined) for (let t = 0; t < n; t++) scores[t] += r.cur[t]
          }
          let best = 0
          for (let t = 1; t < n; t++) if (scores[t] > scores[best]) best = t
          guess = TAGS[best]
          if (trained[i]) {
            step++
            total++
            if (guess === tags[i]) right++
            else {
              for (const f of feats) {
                const r = row(f)
                update(r, index.get(tags[i]), weight)
                update(r, best, -weight)
              }
            }
            for (const f of feats) row(f).seen++
          }
        }
        p2 = p1
        // Trained on its own guesses for the context, as it tags.
        p1 = guess
      }
    }
    if (log) console.error(`epoch ${e + 1}: ${((right / total) * 100).toFixed(2)}% of ${total} tokens`)
  }
  const lines = []
  for (const [f, r] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (r.seen / epochs < minCount) continue
    const pairs = []
    for (let t = 0; t < n; t++) {
      const avg = (r.tot[t] + (step - r.last[t]) * r.cur[t]) / step
      const q = Math.round(avg * SCALE)
      if (q !== 0) pairs.push(`${t}:${q}`)
    }
    if (pairs.length > 0) lines.push(`${f}\t${pairs.join(' ')}`)
  }
  // Lemmas: the teacher's, where the rule in tagger.ts gives another (the commonest per spelling and tag).
  const counts = new Map()
  const written = new Map()
  for (const doc of docs) {
    for (let i = 0; i < doc.words.length; i++) {
      if (doc.lemmas[i] === null || !doc.train[i]) continue
      // The lemma goes with the teacher's own tag, not a corrected one ("Best" the name -> "best").
      if (doc.teacher !== undefined && doc.teacher[i] !== doc.tags[i]) continue
      const key = doc.words[i].toLowerCase().replace(/\u2019/g, "'") + ' ' + doc.tags[i]
      const c = counts.get(key) ?? new Map()
      c.set(doc.lemmas[i], (c.get(doc.lemmas[i]) ?? 0) + 1)
      counts.set(key, c)
      if (!written.has(key)) written.set(key, doc.words[i])
    }
  }
  const lemmaLines = []
  for (const [key, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const lemma = [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]
    const [norm, tag] = key.split(' ')
    if (lemmaOf(norm, tag, new Map(), written.get(key)) !== lemma && !/[\t\n]/.test(key + lemma)) lemmaLines.push(`${key}\t${lemma}`)
  }
  const knownLines = [...known].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([w, t]) => `${w}\t${t}`)
  return knownLines.join('\n') + '\n\n' + lines.join('\n') + '\n\n' + lemmaLines.join('\n')
}

/** The model file's text for a trained model: its text form packed as the tagger reads it (`packText`, src/analyse/tagger.ts). */
export async function moduleOf(model) {
  const {packText} = await import('../dist/analyse/tagger.js')
  return (
    '// Generated by scripts/train-tagger.mjs: the weights of the part-of-speech tagger (src/analyse/tagger.ts)\n' +
    '// and its lemma exceptions, packed (PackedModel). Do not edit; train again.\n' +
    `export const MODEL = ${JSON.stringify(packText(model))}\n`
  )
}

/** Where the shipped model is written. */
export const MODEL_PATH = join(root, 'src/analyse/tagger-model.ts')

/**
 * The model the fixtures give (the silver text, corrected, and the hand-corrected sentences): what
 * src/analyse/tagger-model.ts must hold (test/tagger.test.ts checks it). Unless `quiet`, each step is
 * reported on stderr.
 */
export async function modelFromFixtures({quiet = true} = {}) {
  const log = quiet ? () => {} : (line) => console.error(line)
  const blocks = readHand()
  const docs = await silverFromFixtures(blocks, log)
  if (MIN_EVIDENCE > 0) log(`${await correctByHand(docs, blocks)} silver tags corrected by what the hand correction shows`)
  const {docs: handDocs, unmatched} = await handDocuments(blocks, {lemmas: true})
  log(`${handDocs.length} hand-corrected sentences, ${unmatched} left out (tokens differ from the tagger's)`)
  const model = await train(withHand(docs, handDocs, HAND_WEIGHT), {log: !quiet, hand: handDocs})
  return {model, docs, handDocs}
}

/** The silver documents of the training texts, without the gold and hand sentences, corrected by correctSilver. */
async function silverFromFixtures(blocks, log) {
  const docs = await silver(readSilverTexts().map((t) => t.text), [...readGold().map((g) => g.text), ...blocks.map((b) => b.text)])
  log(`${correctSilver(docs)} silver tags corrected`)
  return docs
}

/**
 * The teacher (the shipped path) and the tagger on the hand-corrected sentences, by cross-validation:
 * the blocks are cut into `folds` folds (block k in fold k mod folds); the tagger is trained on the
 * silver documents and the hand documents of the other folds and scored on its fold.
 */
async function crossValidate(silverDocs, blocks, folds) {
  const {winkTagText} = await import('./wink-tagger.mjs')
  const {readModel, tagText} = await import('../dist/analyse/tagger.js')
  const {scanPlaceholders} = await import('../dist/parse/placeholders.js')
  const teacher = posAccuracy(blocks, (text) => winkTagText(text, scanPlaceholders(text).placeholders))
  let right = 0
  let total = 0
  const confusions = new Map()
  // Held-out figures by kind of sentence: of messages (a to g) and written for training (h, i).
  const kindOf = (id) => (/^[a-z]\d{3}$/.test(id) ? id[0] : 'messages')
  const byKind = new Map()
  for (let f = 0; f < folds; f++) {
    const held = blocks.filter((_, k) => k % folds === f)
    const trainBlocks = blocks.filter((_, k) => k % folds !== f)
    const fold = silverDocs.map((d) => ({...d, tags: [...d.tags]}))
    if (MIN_EVIDENCE > 0) await correctByHand(fold, trainBlocks)
    const {docs: handDocs} = await handDocuments(trainBlocks)
    const model = readModel(await train(withHand(fold, handDocs, HAND_WEIGHT), {hand: handDocs}))
    const score = posAccuracy(held, (text) => tagText(text, scanPlaceholders(text).placeholders, model))
    right += score.right
    total += score.total
    for (const kind of new Set(held.map((b) => kindOf(b.id)))) {
      const part = posAccuracy(held.filter((b) => kindOf(b.id) === kind), (text) => tagText(text, scanPlaceholders(text).placeholders, model))
      const sum = byKind.get(kind) ?? {right: 0, total: 0}
      byKind.set(kind, {right: sum.right + part.right, total: sum.total + part.total})
    }
    for (const [k, n] of score.confusions) confusions.set(k, (confusions.get(k) ?? 0) + n)
  }
  const top = (c) => [...c].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${k} ${n}`).join(', ')
  console.log(`hand-corrected sentences: ${blocks.length}, ${total} words scored`)
  console.log(`  teacher (wink-nlp + corrections): ${(teacher.accuracy * 100).toFixed(2)}%; ${top(teacher.confusions)}`)
  console.log(`  own tagger, ${folds}-fold, hand weight ${HAND_WEIGHT}, silver weight ${SILVER_WEIGHT}: ${((right / total) * 100).toFixed(2)}%; ${top(confusions)}`)
  for (const [kind, {right: r, total: t}] of byKind) console.log(`    held-out ${kind}: ${((r / t) * 100).toFixed(2)}% of ${t} words`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quiet = args.includes('--quiet')
  if (args.includes('--freeze')) {
    const texts = textsToFreeze()
    writeFileSync(join(root, SILVER_TEXTS), texts.map((t) => JSON.stringify(t)).join('\n') + '\n')
    console.error(`${texts.length} texts written to ${SILVER_TEXTS}`)
    process.exit(0)
  }
  if (args.includes('--cross-validate')) {
    const blocks = readHand()
    const folds = Number(args[args.indexOf('--cross-validate') + 1]) || 5
    await crossValidate(await silverFromFixtures(blocks, quiet ? () => {} : (line) => console.error(line)), blocks, folds)
    process.exit(0)
  }
  const {model, docs, handDocs} = await modelFromFixtures({quiet})
  if (args.includes('--check')) {
    if (readFileSync(MODEL_PATH, 'utf8') !== (await moduleOf(model))) {
      console.error('src/analyse/tagger-model.ts differs from a fresh training run')
      process.exit(1)
    }
  } else writeFileSync(MODEL_PATH, await moduleOf(model))
  const trained = docs.reduce((a, d) => a + d.words.filter((w, i) => d.train[i] && w.trim() !== '').length, 0)
  const hand = handDocs.reduce((a, d) => a + d.words.filter((w, i) => d.train[i] && w.trim() !== '').length, 0)
  console.error(`${docs.length} texts, ${trained} silver tokens and ${hand} hand-corrected tokens (x${HAND_WEIGHT}) trained on; model ${model.length} characters`)
}
