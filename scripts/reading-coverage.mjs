#!/usr/bin/env node
// Which readings are the team's own phrasing? For each named reading that decides product-centric
// (the regular expressions and word lists of src/analyse/roles.ts, the patterns of the
// product-centric rules), count the sentences it matches in three places:
//   team      fixtures/corpus/messages.jsonl (written by the team)
//   dev       the dev split of fixtures/real/messages.jsonl (real messages by others; the test split
//             is never read)
//   examples  every rule's examples (written by the team)
// A reading that matches team sentences or examples but 0-1 dev sentences was written for the team's
// own phrasing: generalise it to a structural reading or drop it (docs/quality.md, "Reading coverage").
//
//   node scripts/reading-coverage.mjs              the table (needs `npm run build`)
//   node scripts/reading-coverage.mjs --fixture    only the readings with 0-1 dev sentences and >= 1 elsewhere
//   node scripts/reading-coverage.mjs --json       the rows as JSON
import {readFileSync, readdirSync} from 'node:fs'
import {join, dirname} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The named regular expressions (`const NAME = /.../flags`) and word sets (`const NAME = new Set([...])`) of a source file. */
export function namedReadings(source) {
  const out = []
  const regex = /^(?:export )?const ([A-Z][A-Z0-9_]*)(?::[^=\n]+)? =\s*\n?\s*(\/(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+\/[a-z]*)\s*$/gm
  for (const m of source.matchAll(regex)) {
    const literal = m[2].match(/^\/([\s\S]*)\/([a-z]*)$/)
    out.push({name: m[1], kind: 'regex', test: testerOf(new RegExp(literal[1], literal[2].replace('g', '')))})
  }
  const sets = /^(?:export )?const ([A-Z][A-Z0-9_]*)(?::[^=\n]+)? = new Set(?:<[^>]*>)?\(\[([\s\S]*?)\]\)/gm
  for (const m of source.matchAll(sets)) {
    const words = new Set([...m[2].matchAll(/'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"/g)].map((w) => (w[1] ?? w[2]).replace(/\\'/g, "'")))
    out.push({name: m[1], kind: 'words', words})
  }
  return out
}

const testerOf = (re) => (sentence) => re.test(sentence.text)

/** Each sentence of a text, with its tokens (for the word sets: a word matches by spelling or lemma). */
export async function sentencesOf(texts) {
  const {analyseText} = await import(join(root, 'dist/analyse/facts.js'))
  const {parsePieces} = await import(join(root, 'dist/parse/processor.js'))
  const {scanPlaceholders} = await import(join(root, 'dist/parse/placeholders.js'))
  const {tagText} = await import(join(root, 'dist/analyse/grammar.js'))
  const out = []
  texts.forEach((text, message) => {
    const {placeholders, broken} = scanPlaceholders(text)
    const facts = analyseText(parsePieces(text, placeholders), text, placeholders, broken)
    const tokens = tagText(text, placeholders)
    for (const s of facts.sentences) {
      const said = text.slice(s.start, s.end)
      if (!/\w/.test(said)) continue
      const words = new Set()
      for (const t of tokens) if (t.start >= s.start && t.end <= s.end) words.add(t.norm).add(t.lemma)
      out.push({message, start: s.start, end: s.end, text: said.trim(), words})
    }
  })
  return out
}

const readJsonl = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))

/** The texts of the three places. Only dev records of the real set are kept: the test split is never read. */
async function corpora() {
  const {builtinExamples} = await import(join(root, 'dist/examples.js'))
  const team = readJsonl(join(root, 'fixtures/corpus/messages.jsonl'))
  const dev = readJsonl(join(root, 'fixtures/real/messages.jsonl')).filter((m) => m.split === 'dev')
  const examples = []
  for (const {invalid, valid} of builtinExamples().values()) for (const e of [...invalid, ...valid]) examples.push(typeof e === 'string' ? {text: e} : e)
  // A subject line is read as a text of its own, for the rules that read subjects.
  const split = (records) => ({body: records.map((m) => m.text ?? ''), subject: records.map((m) => m.subject ?? '').filter(Boolean)})
  return {team: split(team), dev: split(dev), examples: split(examples)}
}

/** The product-centric rules' phrase patterns (and list lead-ins, and exceptions), one linter rule each. */
function rulePatterns() {
  const out = []
  for (const file of readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.yaml') && !f.startsWith('_')).sort()) {
    const yaml = readFileSync(join(root, 'rules', file), 'utf8')
    if (!/^category: product-centric$/m.test(yaml)) continue
    const id = file.replace(/\.yaml$/, '')
    const target = /^target: subject$/m.test(yaml) ? 'subject' : 'body'
    for (const key of ['patterns', 'leadIn', 'exceptions']) {
      const block = yaml.match(new RegExp(`^${key}:\\n((?:  (?:- |#).*\\n)+)`, 'm'))
      if (!block) continue
      let i = 0
      for (const line of block[1].split('\n')) {
        const p = line.match(/^ {2}- (.*)$/)
        if (p) out.push({name: `${id} ${key}[${i++}]`, kind: 'phrase', target, pattern: p[1].replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1')})
      }
    }
    const regex = yaml.match(/^pattern: >-\n((?: {2}.*\n)+)/m)
    const flags = yaml.match(/^flags: (\w+)$/m)?.[1] ?? ''
    if (regex) out.push({name: `${id} pattern`, kind: 'regex', target, test: testerOf(new RegExp(regex[1].replace(/\n\s*/g, ' ').trim(), flags.replace('g', '')))})
  }
  return out
}

/** Sentences (by message and offset) each phrase pattern matches, run as a rule of its own on whole texts. */
async function phraseHits(readings, texts, sentences) {
  const {createLinter} = await import(join(root, 'dist/config.js'))
  const phrases = readings.filter((r) => r.kind === 'phrase')
  const rules = phrases.map((r, i) => ({id: `reading-${i}`, category: 'product-centric', severity: 'warning', message: 'm', why: 'w', check: 'phrase', patterns: [r.pattern], skipNegated: false, skipQuoted: false, examples: {invalid: ['-'], valid: ['-']}}))
  const linter = createLinter({noBuiltin: true, packs: [{rules}]})
  const hits = phrases.map(() => new Set())
  const byMessage = new Map()
  sentences.forEach((s, i) => (byMessage.get(s.message) ?? byMessage.set(s.message, []).get(s.message)).push(i))
  texts.forEach((text, message) => {
    for (const f of linter.lint({text}).messages) {
      if (f.field !== 'body') continue
      const at = (byMessage.get(message) ?? []).find((i) => sentences[i].start <= f.start && f.start < sentences[i].end)
      if (at !== undefined) hits[Number(f.ruleId.slice('reading-'.length))].add(at)
    }
  })
  return new Map(phrases.map((r, i) => [r, hits[i].size]))
}

export async function coverage() {
  const readings = [...namedReadings(readFileSync(join(root, 'src/analyse/roles.ts'), 'utf8')).map((r) => ({...r, name: `roles.ts ${r.name}`})), ...rulePatterns()]
  const places = await corpora()
  const rows = readings.map((r) => ({name: r.name, kind: r.kind, target: r.target ?? 'body'}))
  for (const [place, byTarget] of Object.entries(places)) {
    for (const [target, texts] of Object.entries(byTarget)) {
      const sentences = await sentencesOf(texts)
      const read = readings.filter((r) => (r.target ?? 'body') === target)
      const phrases = await phraseHits(read, texts, sentences)
      for (const r of read) {
        const row = rows[readings.indexOf(r)]
        if (r.kind === 'phrase') row[place] = phrases.get(r)
        else if (r.kind === 'regex') row[place] = sentences.filter(r.test).length
        else {
          row[place] = sentences.filter((s) => [...r.words].some((w) => s.words.has(w))).length
          // The words of the list no sentence of this place has.
          row[`${place}Unused`] = [...r.words].filter((w) => !sentences.some((s) => s.words.has(w)))
        }
      }
    }
  }
  for (const row of rows) {
    if (row.kind !== 'words') continue
    // Words the team or its examples use and no dev sentence does: the team's own phrasing in a list.
    row.teamOnlyWords = row.devUnused.filter((w) => !row.teamUnused.includes(w) || !row.examplesUnused.includes(w))
    for (const place of Object.keys(places)) delete row[`${place}Unused`]
  }
  return rows
}

/** Fixture-only: matched by the team or its examples, and by at most one real dev sentence. */
export const fixtureOnly = (row) => row.dev <= 1 && row.team + row.examples > 0

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const rows = await coverage()
  const shown = args.includes('--fixture') ? rows.filter(fixtureOnly) : rows
  if (args.includes('--json')) console.log(JSON.stringify(shown, null, 1))
  else {
    console.log('| reading | kind | team | dev | examples | words of the list in team or examples, in no dev sentence |\n|---|---|---:|---:|---:|---|')
    for (const r of shown) console.log(`| ${r.name}${r.target === 'subject' ? ' (subjects)' : ''}${fixtureOnly(r) ? ' **fixture-only**' : ''} | ${r.kind} | ${r.team} | ${r.dev} | ${r.examples} | ${r.teamOnlyWords?.join(', ') ?? ''} |`)
  }
}
