/** stylish: the ESLint / vfile-reporter look. File, then line:column, severity, message, rule id; a summary. */
import {displayPath, linted, type FormatOptions, type Formatter, type ReportEntry, type Summary} from './types.js'

const ANSI = {red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export function createStylish(options: FormatOptions = {}): Formatter {
  const paint = (code: keyof typeof ANSI, s: string): string => (options.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s)
  let printed = false
  const render = (entry: ReportEntry): string => {
    if (entry.error || entry.messages.length === 0) return ''
    const rows = entry.messages.map((m) => {
      const where = `${!entry.mapped && m.field === 'subject' ? 'subject:' : ''}${m.line}:${m.column}`
      return [where, m.severity, m.message.replace(/\s*\n\s*/g, ' '), m.ruleId] as const
    })
    const w0 = Math.max(...rows.map((r) => r[0].length))
    const w1 = Math.max(...rows.map((r) => r[1].length))
    const w2 = Math.max(...rows.map((r) => r[2].length))
    const color = {error: 'red', warning: 'yellow', info: 'blue'} as const
    const lines = rows.map(
      ([where, severity, message, ruleId]) =>
        `  ${paint('dim', where.padEnd(w0))}  ${paint(color[severity as keyof typeof color] ?? 'blue', severity.padEnd(w1))}  ${message.padEnd(w2)}  ${paint('dim', ruleId)}`
    )
    const head = `${paint('underline', displayPath(entry))}${entry.score !== undefined ? `  ${paint('dim', `score ${entry.score}/100`)}` : ''}`
    return `${head}\n${lines.join('\n')}\n`
  }
  const place = (rendered: string): string => {
    if (rendered === '') return ''
    const out = `${printed ? '\n' : ''}${rendered}`
    printed = true
    return out
  }
  return {
    begin: () => '',
    entry: (entry) => place(render(entry)),
    render,
    place,
    end(summary: Summary): string {
      const problems = summary.errors + summary.warnings + summary.infos
      const unread = summary.inputErrors > 0 ? `; ${plural(summary.inputErrors, 'input error')} (see above)` : ''
      if (problems === 0 && summary.inputErrors > 0) {
        // Nothing to report is no success when some drafts could not be read: no check mark.
        return `${printed ? '\n' : ''}${paint('red', `✖ no problems in ${linted(summary)}`)}${unread}\n`
      }
      if (problems === 0) {
        return `${printed ? '\n' : ''}${paint('green', `✔ no problems in ${linted(summary)}`)}${unread}\n`
      }
      const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')]
      if (summary.infos > 0) parts.push(`${summary.infos} info`)
      const mark = summary.errors > 0 ? 'red' : 'yellow'
      let out = `\n${paint(mark, paint('bold', `✖ ${plural(problems, 'problem')} (${parts.join(', ')}) in ${linted(summary)}`))}${unread}\n`
      if (summary.fixable > 0) out += `  ${plural(summary.fixable, 'problem')} potentially fixable with the \`--fix\` option.\n`
      return out
    }
  }
}
