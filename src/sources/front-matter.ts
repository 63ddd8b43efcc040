/** YAML front matter of a Markdown draft: channel, subject, recipient {name, company, role, notes/facts}, step. */
import {isMap, isScalar, parseDocument, type Scalar} from 'yaml'
import {CHANNELS, type Channel, type LintInput, type Recipient} from '../types.js'
import {SourceError, type TextMap} from './types.js'

export interface FrontMatter {
  fields: Partial<Pick<LintInput, 'channel' | 'subject' | 'recipient' | 'step'>>
  subject?: TextMap
}

/**
 * `yaml` is the text between the fences and starts at file offset `base` on 1-based file line `line`.
 * Errors name the front matter line.
 */
export function readFrontMatter(yaml: string, base: number, line: number): FrontMatter {
  const doc = parseDocument(yaml, {prettyErrors: false, uniqueKeys: true})
  const lineAt = (offset: number): number => line + (yaml.slice(0, offset).match(/\n/g)?.length ?? 0)
  if (doc.errors.length > 0) {
    const error = doc.errors[0]
    throw new SourceError(`front matter line ${lineAt(error.pos[0])}: ${error.message.split('\n')[0]}`)
  }
  const fields: FrontMatter['fields'] = {}
  if (doc.contents === null) return {fields}
  if (!isMap(doc.contents)) throw new SourceError(`front matter line ${line}: expected "key: value" pairs`)
  const fail = (key: string, problem: string): never => {
    const node = doc.get(key, true) as Scalar | undefined
    throw new SourceError(`front matter line ${lineAt(node?.range?.[0] ?? 0)}: ${key}: ${problem}`)
  }
  const data = doc.toJS() as Record<string, unknown>
  let subject: TextMap | undefined
  if (data.channel !== undefined) {
    if (typeof data.channel !== 'string' || !(CHANNELS as readonly string[]).includes(data.channel)) {
      fail('channel', `unknown channel ${JSON.stringify(data.channel)} (expected ${CHANNELS.join(', ')})`)
    }
    fields.channel = data.channel as Channel
  }
  if (data.subject !== undefined) {
    if (data.subject !== null && typeof data.subject !== 'string') fail('subject', 'expected text')
    fields.subject = (data.subject as string | null) ?? ''
    const node = doc.get('subject', true)
    // A plain or quoted scalar whose source text is its value maps 1:1 into the file.
    if (isScalar(node) && node.range && typeof node.value === 'string') {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0
      const from = node.range[0] + quoted
      if (yaml.slice(from, from + node.value.length) === node.value) subject = {base: base + from}
      else subject = {base: base + node.range[0], starts: Int32Array.from(node.value, () => base + node.range![0]), ends: Int32Array.from(node.value, () => base + node.range![1])}
    }
  }
  if (data.step !== undefined) {
    if (typeof data.step !== 'number' || !Number.isInteger(data.step) || data.step < 1) fail('step', 'expected a whole number from 1')
    fields.step = data.step as number
  }
  if (data.recipient !== undefined && data.recipient !== null) {
    const r = data.recipient as Record<string, unknown>
    if (typeof r !== 'object' || Array.isArray(r)) fail('recipient', 'expected name, company, role, notes')
    const recipient: Recipient = {}
    for (const key of ['name', 'company', 'role'] as const) {
      if (r[key] === undefined || r[key] === null) continue
      if (typeof r[key] !== 'string') fail('recipient', `${key}: expected text`)
      recipient[key] = r[key] as string
    }
    const facts = r.facts ?? r.notes
    if (facts !== undefined && facts !== null) {
      const list = Array.isArray(facts) ? facts : [facts]
      if (!list.every((f) => typeof f === 'string')) fail('recipient', 'facts: expected text or a list of text')
      recipient.facts = list as string[]
    }
    fields.recipient = recipient
  }
  return {fields, subject}
}
