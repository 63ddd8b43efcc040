/** A plain-text draft (.txt): an optional first line "Subject: ..." is the subject. */
import type {SourceResult} from './types.js'

const SUBJECT_RE = /^Subject:[ \t]*([^\r\n]*)(?:\r\n|\r|\n|$)(?:[ \t]*(?:\r\n|\r|\n))?/i

export function readText(text: string): SourceResult {
  const m = SUBJECT_RE.exec(text)
  if (!m) return {documents: [{input: {text}, body: {base: 0}, writable: true}], errors: []}
  const subject = m[1].trimEnd()
  const subjectAt = m[0].indexOf(m[1])
  return {
    documents: [{input: {text: text.slice(m[0].length), subject}, body: {base: m[0].length}, subject: {base: subjectAt}, writable: true}],
    errors: []
  }
}
