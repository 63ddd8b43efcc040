/**
 * `outreach-lint report PATHS... [-o report.html] [--format json] [--baseline OLD.json] [--history DIR]`:
 * the indicators report of a template library. The drafts are linted by the same run as a lint
 * (file walking, configs, worker threads, the progress line on a terminal, the atomic -o), through a
 * formatter that only gathers figures (src/indicators/collect.ts), so memory stays flat however many
 * drafts stream by; the JSON is made from those figures, and the HTML from the JSON.
 * Exit codes: 0 written, 2 a usage, config or input error (the report is still written, naming what
 * it could not read, as a lint run still reports the other files).
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {basename, join} from 'node:path'
import {Collector} from '../indicators/collect.js'
import {compare, history, readSaved, type Report, type SavedReport} from '../indicators/compare.js'
import type {Formatter} from '../report/types.js'
import type {Overrides} from './config-file.js'
import {packageVersion, runLint} from './run.js'

export interface ReportOptions {
  format: 'html' | 'json'
  outputFile?: string
  config?: string
  overrides: Overrides
  ignorePath?: string
  ignore: boolean
  baseline?: string
  history?: string
  minScore?: number
  fieldUsage?: string
  fields: {id?: string; subject?: string; body?: string; channel?: string}
  threads?: number
}

function say(line: string): void {
  process.stderr.write(`outreach-lint: ${line}\n`)
}

const CHART_PACKAGES = ['@observablehq/plot', 'linkedom']

/** The module that draws the charts (it imports the charting packages, optional peers); or the package that is missing. */
export async function loadCharts(): Promise<typeof import('../indicators/charts.js') | string> {
  try {
    return await import('../indicators/charts.js')
  } catch (error) {
    const missing = /Cannot find (?:package|module) '([^']+)'/.exec(error instanceof Error ? error.message : '')
    const name = missing && CHART_PACKAGES.find((p) => missing[1] === p || missing[1].startsWith(`${p}/`))
    if (!name) throw error
    return name
  }
}

function readReportFile(path: string, what: string): SavedReport | string {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return `${what}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (code ?? (error as Error).message)})`
  }
  const saved = readSaved(text)
  return typeof saved === 'string' ? `${what}: ${saved}` : saved
}

/** The saved reports of a folder, each *.json in it; or the one-line problem. */
function readHistory(dir: string): Array<{label: string; report: SavedReport}> | string {
  let names: string[]
  try {
    if (!statSync(dir).isDirectory()) return `--history ${dir}: is not a folder`
    names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.json') && !n.startsWith('.'))
  } catch (error) {
    return `--history ${dir}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
  }
  if (names.length === 0) return `--history ${dir}: no saved reports in it (*.json written by \`outreach-lint report --format json\`)`
  const reports: Array<{label: string; report: SavedReport}> = []
  for (const name of names.sort()) {
    const report = readReportFile(join(dir, name), `--history ${join(dir, name)}`)
    if (typeof report === 'string') return report
    reports.push({label: basename(name, '.json'), report})
  }
  return reports
}

/** When the report says it was made: now, or SOURCE_DATE_EPOCH for a reproducible file. */
function generatedAt(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH
  return /^\d+$/.test(epoch ?? '') ? new Date(Number(epoch) * 1000).toISOString() : new Date().toISOString()
}

export async function runReport(paths: string[], options: ReportOptions): Promise<number> {
  let charts: typeof import('../indicators/charts.js') | undefined
  if (options.format === 'html') {
    const loaded = await loadCharts()
    if (typeof loaded === 'string') {
      say(`report needs the packages ${CHART_PACKAGES.join(' and ')} to draw its charts (${loaded} is not installed): npm install ${CHART_PACKAGES.join(' ')} (or use --format json)`)
      return 2
    }
    charts = loaded
  }
  // The baseline and the history are read before any draft: a mistake there costs no lint run.
  let baseline: SavedReport | undefined
  if (options.baseline !== undefined) {
    const read = readReportFile(options.baseline, `--baseline ${options.baseline}`)
    if (typeof read === 'string') return (say(read), 2)
    baseline = read
  }
  let saved: Array<{label: string; report: SavedReport}> | undefined
  if (options.history !== undefined) {
    const read = readHistory(options.history)
    if (typeof read === 'string') return (say(read), 2)
    saved = read
  }
  const collector = new Collector({minScore: options.minScore})
  const render = (): string => {
    const report: Report = collector.result({inputs: paths.length > 0 ? paths : ['.'], toolVersion: packageVersion(), generatedAt: generatedAt()})
    if (baseline) report.comparison = compare(report, baseline)
    if (saved) report.history = history(saved, report)
    if (options.format === 'json') return JSON.stringify(report, null, 2) + '\n'
    return renderHtml(report, charts!.renderCharts(report))
  }
  // Loaded before the run, so that the formatter's end is synchronous.
  const {renderHtml} = await import('../indicators/html.js')
  const formatter: Formatter = {
    begin: () => '',
    entry: (entry) => (collector.add(entry), ''),
    end: render
  }
  const code = await runLint(paths, {
    format: 'json',
    outputFile: options.outputFile,
    config: options.config,
    overrides: options.overrides,
    ignorePath: options.ignorePath,
    ignore: options.ignore,
    mode: 'lint',
    quiet: false,
    readStdin: false,
    fields: {...options.fields, usage: options.fieldUsage ?? ''},
    threads: options.threads,
    color: false,
    formatter
  })
  // A report is written whatever the drafts' findings: 1 (lint failed) is the lint's verdict, not the report's.
  return code === 1 ? 0 : code
}
