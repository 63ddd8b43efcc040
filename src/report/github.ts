/** github: GitHub Actions workflow commands, one annotation per finding. */
import {displayPath, type Formatter, type ReportEntry} from './types.js'

const LEVEL = {error: 'error', warning: 'warning', info: 'notice'} as const

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function createGithub(): Formatter {
  const render = (entry: ReportEntry): string => {
    const file = property(entry.filePath)
    if (entry.error) return `::error file=${file},title=${property(`outreach-lint: cannot read ${displayPath(entry)}`)}::${data(entry.error)}\n`
    let out = ''
    for (const m of entry.messages) {
      const where = entry.mapped
        ? `line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn}`
        : `line=${entry.recordLine ?? 1}`
      const prefix = entry.id !== undefined ? `[${entry.id}] ` : !entry.mapped && m.field === 'subject' ? '[subject] ' : ''
      out += `::${LEVEL[m.severity]} file=${file},${where},title=${property(m.ruleId)}::${data(prefix + m.message)}\n`
    }
    return out
  }
  return {begin: () => '', entry: render, render, place: (rendered) => rendered, end: () => ''}
}
