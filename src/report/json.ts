/** json: an array with one object per document (filePath, id for collection members, score, indicators, messages). */
import type {Formatter, ReportEntry} from './types.js'

export function jsonEntry(entry: ReportEntry): Record<string, unknown> {
  const base: Record<string, unknown> = {filePath: entry.filePath}
  if (entry.id !== undefined) base.id = entry.id
  if (entry.error) return {...base, error: entry.error}
  return {
    ...base,
    ...(entry.recordLine !== undefined ? {line: entry.recordLine} : {}),
    channel: entry.channel,
    score: entry.score,
    deductions: entry.deductions,
    indicators: entry.indicators,
    ...(entry.fixed ? {fixed: true} : {}),
    messages: entry.messages
  }
}

export function createJson(): Formatter {
  let count = 0
  const render = (entry: ReportEntry): string => JSON.stringify(jsonEntry(entry))
  const place = (rendered: string): string => `${count++ === 0 ? '\n' : ',\n'}${rendered}`
  return {
    begin: () => '[',
    entry: (entry) => place(render(entry)),
    render,
    place,
    end: () => (count === 0 ? ']\n' : '\n]\n')
  }
}
