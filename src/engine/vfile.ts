/**
 * A finding as a vfile message (unified's contract: ruleId, source, place, actual, expected, note,
 * url), for the retext plugin and for sequences put on vfiles. A subject's finding has no place in
 * the body: its reason says "Subject:".
 */
import type {VFile} from 'vfile'
import type {LintMessage} from '../types.js'

export function addVFileMessage(file: VFile, m: LintMessage): void {
  const place = m.field === 'body' ? {start: {line: m.line, column: m.column, offset: m.start}, end: {line: m.endLine, column: m.endColumn, offset: m.end}} : undefined
  const message = file.message(m.field === 'subject' ? `Subject: ${m.message}` : m.message, {place, ruleId: m.ruleId, source: 'outreach-lint'})
  message.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined
  message.actual = m.actual
  message.expected = m.suggestions.map((s) => s.replacement)
  message.note = m.why
  if (m.url) message.url = m.url
}
