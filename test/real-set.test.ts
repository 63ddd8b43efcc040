/**
 * The real-message set (fixtures/real/): where each message comes from, its licence, the cap of ten
 * per source, and the test split frozen by hash, so that nobody can move a message between splits.
 */
import {readFileSync, writeFileSync, mkdtempSync, mkdirSync, rmSync} from 'node:fs'
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, expect, test} from 'vitest'

const dir = join(import.meta.dirname, '..', 'fixtures/real')
const messages = readFileSync(join(dir, 'messages.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const LICENCES = ['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Unlicense', 'CC0-1.0', 'CC-BY-3.0', 'CC-BY-4.0']
const repoOf = (source: string) => source.split(':')[0].toLowerCase()
const sourcesText = readFileSync(join(dir, 'SOURCES.md'), 'utf8')
/** The ids of SOURCES.md's "Withdrawn" section. */
const withdrawnIds = (sources: string) => [...(sources.split('\n## Withdrawn\n')[1] ?? '').matchAll(/^\| (r\d+) \|/gm)].map((m) => m[1])

test('at least 300 messages, each with its source, commit or null, a permissive licence and a channel', () => {
  expect(messages.length).toBeGreaterThanOrEqual(300)
  // Numbered in the order they came in, three digits at least (r001 ... r999, r1000 ...); the numbers
  // of withdrawn messages (SOURCES.md) are gaps, never used again.
  const numbers = messages.map((m) => Number(m.id.slice(1)))
  const withdrawn = withdrawnIds(sourcesText).map((id) => Number(id.slice(1)))
  expect([...numbers, ...withdrawn].sort((x, y) => x - y)).toEqual(Array.from({length: numbers.length + withdrawn.length}, (_, i) => i + 1))
  for (const m of messages) {
    expect(m.id).toMatch(/^r\d{3,}$/)
    expect(m.source).toMatch(/^[\w.-]+\/[\w.-]+:.+/)
    expect(LICENCES).toContain(m.license)
    expect(['email', 'followup', 'linkedin-connect', 'linkedin-inmail', 'sms']).toContain(m.channel)
    expect(m.text.length).toBeGreaterThan(19)
  }
  expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length)
})

test('at most 10 messages per source repository, and SOURCES.md lists every repository', () => {
  const perRepo = new Map<string, number>()
  for (const m of messages) perRepo.set(repoOf(m.source), (perRepo.get(repoOf(m.source)) ?? 0) + 1)
  expect(Math.max(...perRepo.values())).toBeLessThanOrEqual(10)
  const sources = readFileSync(join(dir, 'SOURCES.md'), 'utf8')
  for (const repo of perRepo.keys()) expect(sources).toContain(`| ${repo} |`)
})

test('the test split is the third chosen by hash, and no message is in both', () => {
  for (const m of messages) {
    const digest = createHash('sha256').update(`${m.id}\n${m.source}\n${m.text}`).digest()
    expect(m.split, m.id).toBe(digest.readUInt32BE(0) % 3 === 0 ? 'test' : 'dev')
  }
  const test = messages.filter((m) => m.split === 'test').length
  expect(test / messages.length).toBeGreaterThan(0.25)
  expect(test / messages.length).toBeLessThan(0.42)
})

test('no withdrawn message is in the set or its labels, and SOURCES.md counts what is left', () => {
  const withdrawn = new Set(withdrawnIds(sourcesText))
  for (const file of ['labeller-a.jsonl', 'labeller-b.jsonl', 'settled.jsonl']) {
    const ids = readFileSync(join(dir, 'labels', file), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id)
    expect(ids.filter((id) => withdrawn.has(id)), file).toEqual([])
  }
  expect(messages.filter((m) => withdrawn.has(m.id))).toEqual([])
  expect(sourcesText).toContain(`\n${messages.length} messages from ${new Set(messages.map((m) => repoOf(m.source))).size} repositories.\n`)
})

// scripts/real-set.mjs on a temporary set of four messages (REAL_SET_DIR), never on fixtures/real.
let tmp = ''
afterEach(() => {
  if (tmp) rmSync(tmp, {recursive: true, force: true})
  tmp = ''
})

function tinySet() {
  tmp = mkdtempSync(join(tmpdir(), 'real-set-'))
  mkdirSync(join(tmp, 'labels'))
  const rows = [
    {id: 'r001', source: 'ann/tools:docs/outreach.md', license: 'MIT', text: 'Hi Sam, could we talk about your build times next week?'},
    {id: 'r002', source: 'bob/bob.github.io:_posts/recruiters.md', license: 'MIT', text: 'Hello, I saw your talk and would like to hear how your team hires.'},
    {id: 'r003', source: 'bob/bob.github.io:_posts/recruiters.md', license: 'MIT', text: 'Hello again, a short note after last week about the platform role.'},
    {id: 'r004', source: 'cat/kit:templates/email.md', license: 'Apache-2.0', text: 'Hi {{firstName}}, thanks for the star; what were you hoping the kit would do?'},
  ].map((r) => {
    const record = {id: r.id, source: r.source, commit: null, license: r.license, channel: 'email', subject: null, text: r.text, split: ''}
    const digest = createHash('sha256').update(`${record.id}\n${record.source}\n${record.text}`).digest()
    record.split = digest.readUInt32BE(0) % 3 === 0 ? 'test' : 'dev'
    return record
  })
  const jsonl = (items: object[]) => items.map((r) => JSON.stringify(r)).join('\n') + '\n'
  writeFileSync(join(tmp, 'messages.jsonl'), jsonl(rows))
  const label = (id: string) => ({id, labels: {'product-centric': false, 'cold-interruption': false, 'missing-relevance': false, spammy: false}, overall: 'good'})
  writeFileSync(join(tmp, 'labels/labeller-a.jsonl'), jsonl(rows.map((r) => label(r.id))))
  writeFileSync(join(tmp, 'labels/labeller-b-part1.jsonl'), jsonl(rows.slice(0, 3).map((r) => label(r.id))))
  writeFileSync(join(tmp, 'labels/labeller-b-part2.jsonl'), jsonl(rows.slice(3).map((r) => label(r.id))))
  writeFileSync(join(tmp, 'labels/settled.jsonl'), jsonl(rows.map((r) => ({...label(r.id), settled: 'agreed'}))))
  const raw = join(tmp, 'raw.jsonl')
  writeFileSync(raw, '')
  run('append', raw) // writes SOURCES.md for the four
  return tmp
}

const run = (...args: string[]) => execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts/real-set.mjs'), ...args], {env: {...process.env, REAL_SET_DIR: tmp}, encoding: 'utf8', stdio: 'pipe'})
const read = (file: string) => readFileSync(join(tmp, file), 'utf8')
const ids = (file: string) => read(file).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id)

test('withdraw takes messages out of the set and every labels file, and SOURCES.md records them and why', () => {
  tinySet()
  expect(read('SOURCES.md')).toContain('| bob/bob.github.io | MIT | 2 |')
  run('withdraw', 'r002', 'r003', '--why', "its MIT LICENSE is the site theme's, not the author's")
  expect(ids('messages.jsonl')).toEqual(['r001', 'r004'])
  for (const file of ['labels/labeller-a.jsonl', 'labels/settled.jsonl']) expect(ids(file), file).toEqual(['r001', 'r004'])
  expect(ids('labels/labeller-b-part1.jsonl')).toEqual(['r001'])
  const sources = read('SOURCES.md')
  expect(sources).not.toContain('| bob/bob.github.io | MIT |')
  expect(sources).toContain('\n2 messages from 2 repositories.\n')
  expect(sources).toContain("| r002 | bob/bob.github.io | its MIT LICENSE is the site theme's, not the author's |")
  expect(sources).toContain("| r003 | bob/bob.github.io | its MIT LICENSE is the site theme's, not the author's |")
  expect(withdrawnIds(sources)).toEqual(['r002', 'r003'])
  expect(run('build')).toContain('settled labels: 2 of 2 messages')
  // A second withdrawal keeps the first's rows.
  run('withdraw', 'r004', '--why', 'README says proprietary')
  expect(withdrawnIds(read('SOURCES.md'))).toEqual(['r002', 'r003', 'r004'])
  expect(ids('labels/labeller-b-part2.jsonl')).toEqual([])
})

test('append numbers after the highest id ever used, withdrawn ones included, and takes nothing from a withdrawn repository', () => {
  tinySet()
  run('withdraw', 'r004', '--why', 'licence not the author\'s')
  const raw = join(tmp, 'more.jsonl')
  writeFileSync(raw, [
    {source: 'cat/kit:templates/other.md', license: 'Apache-2.0', channel: 'email', text: 'Hi there, another template from the withdrawn repository here.'},
    {source: 'dan/notes:outreach.md', license: 'MIT', channel: 'email', text: 'Hi Lee, would a short call about your release process help?'},
  ].map((r) => JSON.stringify(r)).join('\n') + '\n')
  expect(run('append', raw)).toContain('"withdrawn":1')
  expect(ids('messages.jsonl')).toEqual(['r001', 'r002', 'r003', 'r005'])
  expect(JSON.parse(read('messages.jsonl').trim().split('\n')[3]).source).toBe('dan/notes:outreach.md')
  expect(withdrawnIds(read('SOURCES.md'))).toEqual(['r004'])
})

test('withdraw refuses an id not in the set, or no reason, and changes nothing', () => {
  tinySet()
  const before = read('messages.jsonl') + read('SOURCES.md')
  expect(() => run('withdraw', 'r009', '--why', 'x')).toThrow(/not in the set: r009/)
  expect(() => run('withdraw', 'r001')).toThrow(/--why/)
  expect(read('messages.jsonl') + read('SOURCES.md')).toBe(before)
})

test('build fails when a labels file names a message that is not in the set', () => {
  tinySet()
  writeFileSync(join(tmp, 'labels/settled.jsonl'), read('labels/settled.jsonl') + JSON.stringify({id: 'r007', labels: {}, overall: 'good'}) + '\n')
  expect(() => run('build')).toThrow(/r007: labelled but not in the set/)
})
