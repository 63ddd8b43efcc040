/**
 * An entry on its way to the report, the same in the main thread and in a worker: `--quiet` keeps
 * errors only, and a formatter that can render entries alone renders it where it was linted.
 */
import {digest, type Formatter, type RenderedEntry, type ReportEntry} from '../report/types.js'

export function applyQuiet(entry: ReportEntry, quiet: boolean): ReportEntry {
  if (quiet) entry.messages = entry.messages.filter((m) => m.severity === 'error')
  return entry
}

export function renderEntry(entry: ReportEntry, quiet: boolean, render: NonNullable<Formatter['render']>): RenderedEntry {
  applyQuiet(entry, quiet)
  return {...digest(entry), rendered: render(entry)}
}
