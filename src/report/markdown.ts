/** markdown: a summary table for a pull-request comment, with the findings folded per draft. */
import {displayPath, linted, type Formatter, type ReportEntry, type Summary} from './types.js'

function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

export function createMarkdown(): Formatter {
  const rows: string[] = []
  const details: string[] = []
  const unread: string[] = []
  return {
    begin: () => '',
    entry(entry: ReportEntry): string {
      const name = displayPath(entry)
      if (entry.error) {
        unread.push(`- \`${cell(name)}\`: ${cell(entry.error)}`)
        return ''
      }
      const count = (s: string): number => entry.messages.filter((m) => m.severity === s).length
      const top = [...new Set(entry.messages.map((m) => m.ruleId))].slice(0, 3).map((id) => `\`${id}\``)
      rows.push(`| \`${cell(name)}\` | ${entry.score ?? ''} | ${count('error')} | ${count('warning')} | ${top.join(', ')} |`)
      if (entry.messages.length > 0) {
        details.push(
          `<details><summary><code>${cell(name).replace(/</g, '&lt;')}</code>: ${entry.messages.length} finding${entry.messages.length === 1 ? '' : 's'}</summary>\n\n` +
            entry.messages
              .map((m) => `- ${entry.mapped || m.field === 'body' ? '' : 'subject '}${m.line}:${m.column} **${m.severity}** ${cell(m.message)} (\`${m.ruleId}\`)`)
              .join('\n') +
            '\n\n</details>'
        )
      }
      return ''
    },
    end(summary: Summary): string {
      const problems = summary.errors + summary.warnings + summary.infos
      const status = summary.errors > 0 || summary.inputErrors > 0 ? '❌' : problems > 0 ? '⚠️' : '✅'
      let out = `### ${status} outreach-lint\n\n`
      out += `${problems} problem${problems === 1 ? '' : 's'} (${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}) in ${linted(summary)}.\n\n`
      if (rows.length > 0) out += `| draft | score | errors | warnings | rules |\n|---|---:|---:|---:|---|\n${rows.join('\n')}\n\n`
      if (unread.length > 0) out += `**Not linted:**\n\n${unread.join('\n')}\n\n`
      if (details.length > 0) out += `${details.join('\n\n')}\n`
      return out
    }
  }
}
