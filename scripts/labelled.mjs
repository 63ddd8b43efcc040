// The labelled messages the dev-only experiments read (scripts/verdict-model.mjs, scripts/role-model.mjs)
// and how a record becomes the linter's input (also scripts/eval.mjs's). Only the dev split of the real
// set is ever returned: a test record is dropped before its text is kept.
import {readFileSync} from 'node:fs'

const CHANNELS = new Set(['email', 'followup', 'linkedin-connect', 'linkedin-inmail', 'sms'])

/** A labelled record as the linter's input: a channel the linter knows, the subject and recipient when given. */
export function inputOf(record) {
  const input = {text: record.text}
  if (record.subject !== null && record.subject !== undefined) input.subject = record.subject
  if (CHANNELS.has(record.channel)) input.channel = record.channel
  if (record.recipient) input.recipient = record.recipient
  return input
}

const readJsonl = (path) => readFileSync(new URL(path, import.meta.url), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))

/**
 * The settled dev messages with their labels, each with `group` (its source repository, for folds by
 * repository) and `n` (its id's number: the rounds are id ranges).
 */
export function labelledDev() {
  const settled = new Map(readJsonl('../fixtures/real/labels/settled.jsonl').map((r) => [r.id, r]))
  return readJsonl('../fixtures/real/messages.jsonl')
    .filter((m) => m.split === 'dev' && settled.has(m.id))
    .map((m) => ({...m, labels: settled.get(m.id).labels, group: m.source.split(':')[0].toLowerCase(), n: Number(m.id.slice(1))}))
}

/** The team-written corpus, always in training: no repository (`group` null) and no round (`n` -1). */
export const teamCorpus = () => readJsonl('../fixtures/corpus/messages.jsonl').map((m) => ({...m, group: null, n: -1}))
