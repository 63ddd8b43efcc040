/**
 * Formatters: pure functions from results to text (no `node:`), usable in a browser. Each formatter is
 * loaded on demand, so a run pays only for the one it prints.
 */
import type {FormatOptions, Formatter, ReportEntry, Summary} from './types.js'
import {addToSummary, emptySummary} from './types.js'

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const
export type FormatName = (typeof FORMATS)[number]

export async function loadFormatter(name: FormatName, options: FormatOptions = {}): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).createStylish(options)
    case 'json':
      return (await import('./json.js')).createJson()
    case 'sarif':
      return (await import('./sarif.js')).createSarif(options)
    case 'github':
      return (await import('./github.js')).createGithub()
    case 'markdown':
      return (await import('./markdown.js')).createMarkdown()
  }
}

/** Format a whole list of entries at once (entries are expected sorted). */
export async function format(name: FormatName, entries: ReportEntry[], options: FormatOptions = {}): Promise<string> {
  const formatter = await loadFormatter(name, options)
  const summary: Summary = emptySummary()
  let out = formatter.begin()
  const files = new Set<string>()
  for (const entry of entries) {
    files.add(entry.filePath)
    addToSummary(summary, entry)
    out += formatter.entry(entry)
  }
  summary.files = files.size
  return out + formatter.end(summary)
}

export type {FormatOptions, Formatter, ReportEntry} from './types.js'

