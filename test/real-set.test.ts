/**
 * The real-message set (fixtures/real/): where each message comes from, its licence, the cap of ten
 * per source, and the test split frozen by hash, so that nobody can move a message between splits.
 */
import {readFileSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {join} from 'node:path'
import {expect, test} from 'vitest'

const dir = join(import.meta.dirname, '..', 'fixtures/real')
const messages = readFileSync(join(dir, 'messages.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const LICENCES = ['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Unlicense', 'CC0-1.0', 'CC-BY-3.0', 'CC-BY-4.0']
const repoOf = (source: string) => source.split(':')[0].toLowerCase()

test('at least 300 messages, each with its source, commit or null, a permissive licence and a channel', () => {
  expect(messages.length).toBeGreaterThanOrEqual(300)
  // Numbered in the order they came in, three digits at least (r001 ... r999, r1000 ...).
  expect(messages.map((m) => m.id)).toEqual(messages.map((_, i) => `r${String(i + 1).padStart(3, '0')}`))
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
