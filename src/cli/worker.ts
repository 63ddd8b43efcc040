/**
 * The worker thread's entry (tinypool): the same processFile as the single-thread run, on a batch of
 * files per message, so the cost of passing messages is paid once per batch instead of per file.
 * When the report's formatter renders entries alone (stylish, json, github), the worker renders them
 * too and hands back text and counts, not the findings: the main thread only writes, in order.
 */
import {loadFormatter, type FormatName, type Formatter} from '../report/index.js'
import type {RenderedEntry} from '../report/types.js'
import {processFile, type FileTask, type FileOutcome} from './process.js'
import {renderEntry} from './render.js'

export interface ReportSpec {
  format: FormatName
  color: boolean
  quiet: boolean
}

export interface WorkerBatch {
  tasks: FileTask[]
  /** Render in the worker with this report's formatter. */
  report?: ReportSpec
}

export interface RenderedOutcome {
  rendered: RenderedEntry[]
  output?: string
  /** One line for standard error (a file --fix left alone, and why). */
  note?: string
}

let formatter: {key: string; value: Promise<Formatter>} | undefined

export default async function run({tasks, report}: WorkerBatch): Promise<Array<FileOutcome | RenderedOutcome>> {
  let render: Formatter['render']
  if (report) {
    const key = `${report.format}:${report.color}`
    if (formatter?.key !== key) formatter = {key, value: loadFormatter(report.format, {color: report.color})}
    render = (await formatter.value).render
  }
  const outcomes: Array<FileOutcome | RenderedOutcome> = []
  for (const task of tasks) {
    const outcome = await processFile(task)
    if (!report || !render) outcomes.push(outcome)
    else {
      const rendered = outcome.entries.map((entry) => renderEntry(entry, report.quiet, render))
      outcomes.push({rendered, ...(outcome.output !== undefined ? {output: outcome.output} : {}), ...(outcome.note !== undefined ? {note: outcome.note} : {})})
    }
  }
  return outcomes
}
