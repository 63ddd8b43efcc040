#!/usr/bin/env node
// The real-message set: outreach written by people outside the team, from permissively licensed
// public sources, labelled by fixtures/corpus/LABELLING.md.
//
//   node scripts/real-set.mjs assemble RAW.jsonl...   merge collected messages (deduplicated, at most
//                                                     10 per source repository) into fixtures/real/messages.jsonl
//                                                     and the source table fixtures/real/SOURCES.md
//   node scripts/real-set.mjs append RAW.jsonl...     the same, after the messages already in the set: their ids,
//                                                     texts and splits stay; new ones are numbered after them
//   node scripts/real-set.mjs withdraw ID... --why "REASON"
//                                                     take messages out of the set (a licence that turns out not to
//                                                     be their author's, say): out of messages.jsonl and every labels
//                                                     file, into the "Withdrawn" section of SOURCES.md with their
//                                                     repository and the reason. Ids are never reused: `append`
//                                                     numbers after the highest id ever used, withdrawn ones included,
//                                                     and takes nothing more from a withdrawn message's repository
//   node scripts/real-set.mjs build                   join each labeller's parts (labeller-a-part1.jsonl, ...), when
//                                                     given, into labels/labeller-{a,b}.jsonl,
//                                                     print their agreement, and check labels/settled.jsonl
//                                                     (the disagreements settled) covers every message
//
// The split is frozen by hash: a message is in the test split when the SHA-256 of its id, source and
// text, read as a number, is 0 mod 3. Nobody picks it, and test/real-set.test.ts checks it. Tuning
// reads the dev split only; `npm run eval` prints no text of a test message.
import {readFileSync, writeFileSync, existsSync, readdirSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {join, dirname} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// REAL_SET_DIR: another copy of the set (test/real-set.test.ts works on a temporary one).
const dir = process.env.REAL_SET_DIR ?? join(root, 'fixtures/real')
const CHANNELS = new Set(['email', 'followup', 'linkedin-connect', 'linkedin-inmail', 'sms'])
const LICENCES = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Unlicense', 'CC0-1.0', 'CC-BY-3.0', 'CC-BY-4.0'])
const CATEGORIES = ['product-centric', 'cold-interruption', 'missing-relevance', 'spammy']

const readJsonl = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
const writeJsonl = (path, rows) => writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n')

export function splitOf(record) {
  const digest = createHash('sha256').update(`${record.id}\n${record.source}\n${record.text}`).digest()
  return digest.readUInt32BE(0) % 3 === 0 ? 'test' : 'dev'
}

function repoOf(source) {
  return source.split(':')[0].toLowerCase()
}

function normalisedLicence(value) {
  const v = String(value).trim().replace(/\s+/g, '-')
  const known = [...LICENCES].find((l) => l.toLowerCase() === v.toLowerCase())
  if (known) return known
  if (/^apache/i.test(v)) return 'Apache-2.0'
  if (/^cc-?by-?4/i.test(v)) return 'CC-BY-4.0'
  if (/^cc0/i.test(v)) return 'CC0-1.0'
  return v
}

/**
 * Takes the collected records of `paths` that pass the set's bars (a text of 20+ characters, not a
 * duplicate of one already taken, a licence that allows redistribution, a known channel, at most 10
 * per repository) after the records `kept` already in the set, and numbers them after those.
 */
function intake(kept, paths) {
  const withdrawn = withdrawnRows()
  const withdrawnRepos = new Set(withdrawn.map((w) => w.repo))
  let last = Math.max(0, ...[...kept, ...withdrawn].map((r) => idNumber(r.id)))
  const seen = new Set(kept.map((r) => r.text.toLowerCase().replace(/\s+/g, ' ')))
  const perRepo = new Map()
  for (const r of kept) perRepo.set(repoOf(r.source), (perRepo.get(repoOf(r.source)) ?? 0) + 1)
  const out = [...kept]
  const dropped = {duplicate: 0, licence: 0, channel: 0, cap: 0, empty: 0, withdrawn: 0}
  for (const path of paths) {
    for (const raw of readJsonl(path)) {
      const text = String(raw.text ?? '').replace(/\r\n/g, '\n').trim()
      const key = text.toLowerCase().replace(/\s+/g, ' ')
      if (text.length < 20) {
        dropped.empty++
        continue
      }
      if (seen.has(key)) {
        dropped.duplicate++
        continue
      }
      const license = normalisedLicence(raw.license)
      if (!LICENCES.has(license)) {
        dropped.licence++
        continue
      }
      if (!CHANNELS.has(raw.channel)) {
        dropped.channel++
        continue
      }
      const repo = repoOf(raw.source)
      if (withdrawnRepos.has(repo)) {
        dropped.withdrawn++
        continue
      }
      if ((perRepo.get(repo) ?? 0) >= 10) {
        dropped.cap++
        continue
      }
      seen.add(key)
      perRepo.set(repo, (perRepo.get(repo) ?? 0) + 1)
      const subject = typeof raw.subject === 'string' && raw.subject.trim() ? raw.subject.trim() : null
      const record = {id: `r${String(++last).padStart(3, '0')}`, source: raw.source, commit: raw.commit ?? null, license, channel: raw.channel, subject, text}
      record.split = splitOf(record)
      out.push(record)
    }
  }
  writeJsonl(join(dir, 'messages.jsonl'), out)
  writeSources(out, withdrawn)
  const added = out.slice(kept.length)
  const test = added.filter((r) => r.split === 'test').length
  console.log(`${added.length} messages taken (${out.length} in the set, from ${new Set(out.map((r) => repoOf(r.source))).size} repositories; of the new ones test split ${test}, dev ${added.length - test}); dropped ${JSON.stringify(dropped)}`)
}

const idNumber = (id) => Number(String(id).slice(1))

const WITHDRAWN_HEADING = '## Withdrawn'

/** The rows of SOURCES.md's "Withdrawn" section: {id, repo, why}, in the order they were withdrawn. */
function withdrawnRows() {
  const path = join(dir, 'SOURCES.md')
  if (!existsSync(path)) return []
  const text = readFileSync(path, 'utf8')
  const at = text.indexOf(`\n${WITHDRAWN_HEADING}\n`)
  if (at < 0) return []
  const rows = []
  for (const line of text.slice(at).split('\n')) {
    const m = /^\| (r\d+) \| (\S+) \| (.*) \|$/.exec(line)
    if (m) rows.push({id: m[1], repo: m[2], why: m[3].replace(/\\\|/g, '|')})
  }
  return rows
}

/** SOURCES.md: the messages per repository with its licence, then the messages withdrawn and why. */
function writeSources(messages, withdrawn) {
  const perRepo = new Map()
  for (const r of messages) perRepo.set(repoOf(r.source), (perRepo.get(repoOf(r.source)) ?? 0) + 1)
  const table = [...perRepo].sort((a, b) => a[0].localeCompare(b[0])).map(([repo, n]) => {
    const licence = messages.find((r) => repoOf(r.source) === repo).license
    return `| ${repo} | ${licence} | ${n} |`
  })
  const withdrawnSection = withdrawn.length
    ? `\n${WITHDRAWN_HEADING}\n\nMessages taken out of the set after they came in, and why. Their ids are not used again; nothing more is\ntaken from their repositories (\`node scripts/real-set.mjs withdraw\`).\n\n| id | repository | why |\n|---|---|---|\n${withdrawn.map((w) => `| ${w.id} | ${w.repo} | ${w.why.replace(/\|/g, '\\|')} |`).join('\n')}\n`
    : ''
  writeFileSync(
    join(dir, 'SOURCES.md'),
    `# Sources of the real-message set\n\nEvery message in messages.jsonl was written by people outside the outreach-lint team and published in a\npublic repository under the licence shown; each record names its repository, file and (where known) commit.\nAt most 10 messages come from one repository. Texts are kept verbatim, merge fields included.\n\n| repository | licence | messages |\n|---|---|---|\n${table.join('\n')}\n\n${messages.length} messages from ${perRepo.size} repositories.\n${withdrawnSection}`
  )
}

/** The labels files: each labeller's whole file and its parts, and the settled labels. */
function labelFiles() {
  const labels = join(dir, 'labels')
  if (!existsSync(labels)) return []
  return readdirSync(labels).filter((f) => /^(labeller-[ab](-part\d+)?|settled)\.jsonl$/.test(f)).map((f) => join(labels, f))
}

/**
 * Takes the messages `ids` out of the set: out of messages.jsonl and every labels file, and into
 * SOURCES.md's "Withdrawn" section with their repository and `why`.
 */
function withdraw(ids, why) {
  if (!ids.length || !why?.trim()) throw new Error('usage: node scripts/real-set.mjs withdraw ID... --why "REASON"')
  const messages = readJsonl(join(dir, 'messages.jsonl'))
  const byId = new Map(messages.map((r) => [r.id, r]))
  const unknown = ids.filter((id) => !byId.has(id))
  if (unknown.length) throw new Error(`not in the set: ${unknown.join(', ')}`)
  const gone = new Set(ids)
  const kept = messages.filter((r) => !gone.has(r.id))
  // Line by line, so that every other line stays byte for byte as it was.
  for (const path of [join(dir, 'messages.jsonl'), ...labelFiles()]) {
    const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim())
    const left = lines.filter((l) => !gone.has(JSON.parse(l).id))
    if (left.length !== lines.length) writeFileSync(path, left.map((l) => l + '\n').join(''))
  }
  const withdrawn = [...withdrawnRows(), ...ids.map((id) => ({id, repo: repoOf(byId.get(id).source), why: why.trim().replace(/\s+/g, ' ')}))]
  writeSources(kept, withdrawn)
  const test = ids.filter((id) => byId.get(id).split === 'test').length
  console.log(`${ids.length} messages withdrawn (dev ${ids.length - test}, test ${test}); ${kept.length} in the set`)
}

function agreement(a, b) {
  const byId = new Map(b.map((r) => [r.id, r]))
  const lines = []
  for (const category of CATEGORIES) {
    let both = 0
    let onlyA = 0
    let onlyB = 0
    for (const r of a) {
      const other = byId.get(r.id)
      if (!other) continue
      const x = r.labels[category] === true
      const y = other.labels[category] === true
      if (x && y) both++
      else if (x) onlyA++
      else if (y) onlyB++
    }
    lines.push(`  ${category.padEnd(18)} F1 ${((2 * both) / (2 * both + onlyA + onlyB)).toFixed(3)} (both ${both}, only A ${onlyA}, only B ${onlyB})`)
  }
  let same = 0
  let n = 0
  for (const r of a) {
    const other = byId.get(r.id)
    if (!other) continue
    n++
    if (other.overall === r.overall) same++
  }
  lines.push(`  overall            same on ${same} of ${n}`)
  return lines.join('\n')
}

/** The labeller files: one per labeller, or its parts (labeller-a-part1.jsonl, ...) joined in id order (by number: r999 before r1000). */
function labellerRows(who) {
  const whole = join(dir, `labels/labeller-${who}.jsonl`)
  if (existsSync(whole)) return readJsonl(whole)
  const rows = []
  for (let part = 1; existsSync(join(dir, `labels/labeller-${who}-part${part}.jsonl`)); part++) rows.push(...readJsonl(join(dir, `labels/labeller-${who}-part${part}.jsonl`)))
  return rows.sort((x, y) => Number(x.id.slice(1)) - Number(y.id.slice(1)))
}

function build() {
  const messages = readJsonl(join(dir, 'messages.jsonl'))
  const a = labellerRows('a')
  const b = labellerRows('b')
  writeJsonl(join(dir, 'labels/labeller-a.jsonl'), a)
  writeJsonl(join(dir, 'labels/labeller-b.jsonl'), b)
  console.log(`labellers A (${a.length}) and B (${b.length}), working independently:\n${agreement(a, b)}`)
  const settledPath = join(dir, 'labels/settled.jsonl')
  if (!existsSync(settledPath)) return
  const settled = new Map(readJsonl(settledPath).map((r) => [r.id, r]))
  const ids = new Set(messages.map((m) => m.id))
  const withdrawnIds = new Set(withdrawnRows().map((w) => w.id))
  for (const id of [...a, ...b, ...settled.values()].map((r) => r.id)) {
    if (!ids.has(id)) throw new Error(`${id}: labelled but ${withdrawnIds.has(id) ? 'withdrawn' : 'not in the set'}`)
  }
  let missing = 0
  for (const m of messages) {
    if (m.split !== splitOf(m)) throw new Error(`${m.id}: split field does not match its hash`)
    if (!settled.has(m.id)) missing++
  }
  console.log(`settled labels: ${settled.size} of ${messages.length} messages${missing ? ` (${missing} not yet labelled)` : ''}`)
}

const [command, ...rest] = process.argv.slice(2)
if (command === 'assemble') intake([], rest)
else if (command === 'append') intake(readJsonl(join(dir, 'messages.jsonl')), rest)
else if (command === 'withdraw') {
  const at = rest.indexOf('--why')
  withdraw(at < 0 ? rest : rest.slice(0, at), at < 0 ? '' : rest[at + 1])
} else if (command === 'build') build()
else {
  console.error('usage: node scripts/real-set.mjs assemble RAW.jsonl... | append RAW.jsonl... | withdraw ID... --why REASON | build')
  process.exit(2)
}
