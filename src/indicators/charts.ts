/**
 * The report's charts: static SVG drawn at report time by Observable Plot into a small server-side
 * DOM (linkedom). Each chart comes with its title, a description written from the figures and the
 * table behind it, so the page needs no script and a screen reader gets the same facts. Plot and
 * linkedom are optional peers, imported only here: the CLI loads this module when a report is
 * drawn, and says what to install when it cannot.
 */
import * as Plot from '@observablehq/plot'
import type * as PlotModule from '@observablehq/plot'
import {parseHTML} from 'linkedom'
import {INDICATORS} from './bands.js'
import type {IndicatorFigures} from './collect.js'
import type {HistoryPoint, Report} from './compare.js'
import {percent, plural, signed, valueText, when} from './format.js'

export interface Chart {
  id: string
  title: string
  description: string
  svg: string
  table: {caption: string; head: string[]; rows: Array<Array<string | number>>}
}

/** What is used of the element Plot returns (linkedom's, not the browser's). */
interface SvgNode {
  setAttribute(name: string, value: string): void
  removeAttribute(name: string): void
  querySelectorAll(selector: string): Iterable<SvgNode>
  outerHTML: string
}

const WIDTH = 720
const INK = '#1f2933'
const BAR = '#3b6ea8'
const BAND = '#2e7d32'
const WORSE = '#b3261e'

/** Horizontal bars, one per row, labelled with their value: `x` is a share (0..1) unless `scale` says otherwise. */
function barsOptions<T extends object>(rows: T[], o: {x: keyof T & string; y: keyof T & string; label: string; marginLeft: number; rowHeight: number; fill?: string | ((row: T) => string); scale?: 'score'}): PlotModule.PlotOptions {
  const share = o.scale !== 'score'
  const value = (row: T): number => row[o.x] as number
  return {
    height: 40 + rows.length * o.rowHeight,
    marginLeft: o.marginLeft,
    marginRight: 48,
    x: {label: o.label, domain: [0, 100], grid: true, ...(share ? {percent: true} : {})},
    y: {label: null, domain: rows.map((r) => String(r[o.y]))},
    marks: [Plot.barX(rows, {x: o.x, y: o.y, fill: o.fill ?? BAR}), Plot.text(rows, {x: o.x, y: o.y, text: (row: T) => (share ? percent(value(row)) : String(value(row))), dx: 4, textAnchor: 'start', fill: INK}), Plot.ruleX([0])]
  }
}

/** Draws one chart's SVG, with its title and description for screen readers. */
type Draw = (id: string, title: string, description: string, options: PlotModule.PlotOptions) => string

/** A function that draws into a small server-side DOM of its own. */
function drawer(): Draw {
  const {document} = parseHTML('<!doctype html><html><body></body></html>')
  return (id, title, description, options) => {
    const svg = Plot.plot({document, width: WIDTH, style: {color: INK, background: 'white', fontSize: '12px'}, ...options, ariaLabel: title, ariaDescription: description}) as unknown as SvgNode
    svg.setAttribute('role', 'img')
    svg.setAttribute('aria-labelledby', `${id}-title`)
    svg.setAttribute('aria-describedby', `${id}-desc`)
    svg.removeAttribute('aria-label')
    svg.removeAttribute('aria-description')
    // Plot names its groups for screen readers ("bar", "x-axis tick"); inside an image they are
    // not announced, and aria-label on a plain <g> is not allowed: the title, description and table say it.
    for (const node of svg.querySelectorAll('[aria-label], [aria-description]')) {
      node.removeAttribute('aria-label')
      node.removeAttribute('aria-description')
    }
    return svg.outerHTML
  }
}

export function renderCharts(report: Report): Chart[] {
  const draw = drawer()
  if (report.headline.drafts === 0) return []
  const charts: Chart[] = [scoreChart(report, draw), categoriesChart(report, draw)]
  if (report.rules.length > 0) charts.push(rulesChart(report, draw))
  charts.push(channelsChart(report, draw))
  // Each indicator's distribution, with its band where research gives one.
  for (const figures of report.indicators) charts.push(...indicatorChart(figures, draw))
  charts.push(asksChart(report, draw))
  if (report.comparison) charts.push(comparisonChart(report.comparison, draw))
  if (report.history && report.history.length > 1) charts.push(...trendCharts(report.history, draw))
  return charts
}

/** The score distribution. */
function scoreChart(report: Report, draw: Draw): Chart {
  const drafts = report.headline.drafts
  const bins = report.scoreBins
  const fullest = bins.reduce((a, b) => (b.drafts > a.drafts ? b : a))
  const title = 'Scores of the drafts'
  const description = `${plural(drafts, 'draft')}, in bands of ten points. The median score is ${report.headline.medianScore} and the mean ${report.headline.meanScore}; the fullest band is ${fullest.from}–${fullest.to} with ${plural(fullest.drafts, 'draft')}.`
  return {
    id: 'scores',
    title,
    description,
    svg: draw('scores', title, description, {
      height: 240,
      x: {label: 'score', domain: [0, 100]},
      y: {label: 'drafts', grid: true, ticks: countTicks(fullest.drafts)},
      marks: [Plot.rectY(bins, {x1: 'from', x2: (d: {to: number}) => (d.to === 100 ? 100 : d.to + 1), y: 'drafts', fill: BAR, inset: 1}), Plot.ruleX([report.headline.medianScore ?? 0], {stroke: INK, strokeDasharray: '4 3'}), Plot.ruleY([0])]
    }),
    table: {caption: 'Drafts per band of score', head: ['score', 'drafts', 'share'], rows: bins.map((b) => [`${b.from}–${b.to}`, b.drafts, percent(b.drafts / drafts)])}
  }
}

/** Findings per category: the share of drafts with at least one. */
function categoriesChart(report: Report, draw: Draw): Chart {
  const rows = report.categories
  const top = [...rows].sort((a, b) => b.share - a.share)[0]
  const title = 'Drafts with a finding, by category'
  const description = `Share of the ${plural(report.headline.drafts, 'draft')} with at least one finding of each category. Most common: ${top.category} (${percent(top.share)}).`
  return {
    id: 'categories',
    title,
    description,
    svg: draw('categories', title, description, barsOptions(rows, {x: 'share', y: 'category', label: 'share of drafts', marginLeft: 140, rowHeight: 28})),
    table: {caption: 'Drafts with a finding, by category', head: ['category', 'drafts', 'share', 'findings'], rows: rows.map((r) => [r.category, r.drafts, percent(r.share), r.findings])}
  }
}

/** The rules that fire on the most drafts. */
function rulesChart(report: Report, draw: Draw): Chart {
  const rows = report.rules.slice(0, 15)
  const title = `The ${rows.length === 1 ? 'rule' : `${rows.length} rules`} found in the most drafts`
  const description = `${rows[0].ruleId} is in ${percent(rows[0].share)} of the drafts${rows[1] ? `, then ${rows[1].ruleId} (${percent(rows[1].share)})` : ''}. ${plural(report.rules.length, 'rule')} found something in all.`
  return {
    id: 'rules',
    title,
    description,
    svg: draw('rules', title, description, barsOptions(rows, {x: 'share', y: 'ruleId', label: 'share of drafts', marginLeft: 190, rowHeight: 24, fill: (d) => (d.severity === 'error' ? WORSE : BAR)})),
    table: {caption: 'Rules by the drafts they are found in (errors in red in the chart)', head: ['rule', 'category', 'severity', 'drafts', 'share', 'findings'], rows: report.rules.map((r) => [r.ruleId, r.category, r.severity, r.drafts, percent(r.share), r.findings])}
  }
}

/** Per channel. */
function channelsChart(report: Report, draw: Draw): Chart {
  const rows = report.channels
  const title = 'Score by channel'
  const description = rows.map((r) => `${r.channel}: ${plural(r.drafts, 'draft')}, mean score ${r.meanScore}, ${percent(r.failingShare)} fail the check`).join('; ') + '.'
  return {
    id: 'channels',
    title,
    description,
    svg: draw('channels', title, description, barsOptions(rows, {x: 'meanScore', y: 'channel', label: 'mean score', marginLeft: 130, rowHeight: 32, scale: 'score'})),
    table: {caption: 'Drafts, score and failing share by channel', head: ['channel', 'drafts', 'mean score', 'median score', 'failing', 'failing share'], rows: rows.map((r) => [r.channel, r.drafts, r.meanScore, r.medianScore, r.failing, percent(r.failingShare)])}
  }
}

/** The kind of ask. */
function asksChart(report: Report, draw: Draw): Chart {
  const rows = report.asks.kinds
  const interest = rows.find((k) => k.kind === 'interest')!
  const meeting = rows.find((k) => k.kind === 'meeting')!
  const title = 'The ask: interest or a meeting'
  const description = `Of the ${plural(rows.reduce((n, r) => n + r.drafts, 0), 'e-mail draft')}, ${percent(interest.share)} ask for interest (recommended), ${percent(meeting.share)} ask for a meeting or time, ${percent(rows.find((k) => k.kind === 'none')!.share)} ask nothing.`
  return {
    id: 'asks',
    title,
    description,
    svg: draw('asks', title, description, barsOptions(rows, {x: 'share', y: 'kind', label: 'share of e-mail drafts', marginLeft: 90, rowHeight: 30, fill: (d) => (d.kind === report.asks.recommended ? BAND : BAR)})),
    table: {caption: 'Drafts by the kind of ask', head: ['ask', 'drafts', 'share'], rows: rows.map((r) => [r.kind, r.drafts, percent(r.share)])}
  }
}

/** With a baseline: what got better or worse, by rule. */
function comparisonChart(comparison: NonNullable<Report['comparison']>, draw: Draw): Chart {
  const moved = comparison.rules.filter((r) => r.verdict !== 'same').slice(0, 20)
  const better = comparison.rules.filter((r) => r.verdict === 'better').length
  const worse = comparison.rules.filter((r) => r.verdict === 'worse').length
  const title = 'Change by rule since the baseline'
  const description = `Against the baseline of ${when(comparison.baselineGeneratedAt)}: ${plural(better, 'rule')} in a smaller share of drafts (better), ${plural(worse, 'rule')} in a larger share (worse).${moved[0] ? ` Largest change: ${moved[0].ruleId}, ${signed(moved[0].change, (x) => percent(x))} of drafts.` : ' No rule moved.'}`
  return {
    id: 'rule-changes',
    title,
    description,
    svg: draw('rule-changes', title, description, {
      height: 40 + Math.max(1, moved.length) * 24,
      marginLeft: 190,
      marginRight: 48,
      x: {label: 'change in share of drafts (percentage points)', percent: true, grid: true},
      y: {label: null, domain: moved.map((r) => r.ruleId)},
      marks: [Plot.barX(moved, {x: 'change', y: 'ruleId', fill: (d: {verdict: string}) => (d.verdict === 'better' ? BAND : WORSE)}), Plot.ruleX([0])]
    }),
    table: {
      caption: 'Share of drafts with each rule, baseline and now',
      head: ['rule', 'baseline', 'now', 'change', 'verdict'],
      rows: comparison.rules.map((r) => [r.ruleId, percent(r.before), percent(r.after), signed(r.change, (x) => percent(x)), r.verdict])
    }
  }
}

/** One series of a trend: a figure of each report, and how to write it. */
interface Series {
  id: string
  label: string
  value: (p: HistoryPoint) => number | null
  format: (x: number) => string
}

/** The series a history draws: the headline figures and each indicator. */
const TREND_SERIES: Series[] = [
  {id: 'meanScore', label: 'Mean score', value: (p) => p.meanScore, format: String},
  {id: 'failingShare', label: 'Drafts failing the check', value: (p) => p.failingShare, format: (x) => percent(x)},
  {id: 'interestAsk', label: 'Drafts asking for interest', value: (p) => p.interestAskShare, format: (x) => percent(x)},
  ...INDICATORS.map((spec) => ({
    id: spec.id,
    label: spec.band ? `${spec.label}: drafts in the band (${spec.band.text})` : `${spec.label}: median`,
    value: (p: HistoryPoint) => (spec.band ? p.indicators[spec.id]?.inBandShare : p.indicators[spec.id]?.median) ?? null,
    format: spec.band ? (x: number) => percent(x) : String
  }))
]

/** With a history: one trend line per figure that the reports have. */
function trendCharts(points: HistoryPoint[], draw: Draw): Chart[] {
  const charts: Chart[] = []
  for (const s of TREND_SERIES) {
    const data = points.map((p, index) => ({index, label: p.label, date: p.generatedAt.slice(0, 10), value: s.value(p)})).filter((d) => d.value !== null) as Array<{index: number; label: string; date: string; value: number}>
    if (data.length === 0) continue
    const id = `trend-${s.id}`
    const title = `Trend: ${s.label}`
    const first = data[0]
    const last = data[data.length - 1]
    const description = `${plural(data.length, 'report')} from ${first.date} to ${last.date}: ${s.format(first.value)} then ${s.format(last.value)} in this report.`
    charts.push({
      id,
      title,
      description,
      svg: draw(id, title, description, {
        height: 200,
        x: {label: 'report', type: 'point', domain: data.map((d) => `${d.date} ${d.label}`), tickFormat: (t: string) => t.slice(0, 10)},
        // From zero (a score from 0 to 100, a share from 0 to 100%): a small change must not look like a fall.
        y: {label: s.label, grid: true, zero: true, ...(s.id === 'meanScore' ? {domain: [0, 100]} : s.format === String ? {} : {percent: true, domain: [0, 100]})},
        marks: [Plot.lineY(data, {x: (d: {date: string; label: string}) => `${d.date} ${d.label}`, y: 'value', stroke: BAR}), Plot.dot(data, {x: (d: {date: string; label: string}) => `${d.date} ${d.label}`, y: 'value', fill: BAR})]
      }),
      table: {caption: s.label, head: ['report', 'date', 'value'], rows: data.map((d) => [d.label, d.date, s.format(d.value)])}
    })
  }
  return charts
}

/** At most 30 bars of one value each: larger values share the last bar. */
const DISCRETE_BARS = 30

/** Whole-number ticks for a count axis (no "0.5 drafts"). */
function countTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5))
  const ticks: number[] = []
  for (let t = 0; t <= max; t += step) ticks.push(t)
  return ticks
}

function indicatorChart(figures: IndicatorFigures, draw: Draw): Chart[] {
  const d = figures.distribution
  if (!d) return []
  const band = figures.band
  const inside = (from: number, to: number): boolean => band !== null && from >= (band.min ?? -Infinity) && to <= (band.max ?? Infinity)
  // Bars: one per value for whole numbers (the last one "N+"), else bins of the indicator's width.
  const rows: Array<{label: string; from: number; to: number; drafts: number; inBand: boolean}> = []
  if (figures.discrete) {
    const last = Math.min(d.max, d.min + DISCRETE_BARS - 1)
    for (let v = d.min; v <= last; v++) rows.push({label: v === last && last < d.max ? `${v}+` : String(v), from: v, to: v === last ? d.max : v, drafts: 0, inBand: false})
    for (const [value, n] of d.values) rows[Math.min(rows.length - 1, value - d.min)].drafts += n
    for (const r of rows) r.inBand = inside(r.from, r.to)
  } else {
    const width = figures.bin
    const bins = new Map<number, number>()
    for (const [value, n] of d.values) {
      const from = round2(Math.floor(value / width) * width)
      bins.set(from, (bins.get(from) ?? 0) + n)
    }
    for (const [from, drafts] of [...bins].sort((a, b) => a[0] - b[0])) {
      const to = round2(from + width)
      rows.push({label: `${from} to under ${to}`, from, to, drafts, inBand: inside(from, to)})
    }
  }
  const id = `indicator-${figures.id}`
  const title = `${figures.label}: ${figures.measure}`
  const bandText = band && figures.inBand ? ` ${percent(figures.inBand.share)} of them are in the recommended band, ${band.text} (green).` : ' No recommended band (see the table above).'
  const description = `${plural(d.drafts, 'draft')}: median ${valueText(figures.unit, d.median)}, the middle half from ${d.p25} to ${d.p75}, the range ${d.min} to ${d.max}.${bandText}`
  const fill = (r: {inBand: boolean}): string => (r.inBand ? BAND : BAR)
  const y = {label: 'drafts', grid: true, ticks: countTicks(Math.max(...rows.map((r) => r.drafts)))}
  let options: PlotModule.PlotOptions
  if (figures.discrete) {
    options = {height: 220, x: {label: figures.unit, domain: rows.map((r) => r.label)}, y, marks: [Plot.barY(rows, {x: 'label', y: 'drafts', fill}), Plot.ruleY([0])]}
  } else {
    const marks: PlotModule.Markish[] = [Plot.rectY(rows, {x1: 'from', x2: 'to', y: 'drafts', fill, inset: 0.5}), Plot.ruleY([0])]
    if (figures.id === 'readingGrade') marks.push(Plot.ruleX([3], {stroke: INK, strokeDasharray: '4 3'}), Plot.text([3], {x: 3, frameAnchor: 'top', text: () => 'grade 3', dx: 4, textAnchor: 'start', fill: INK}))
    options = {height: 220, x: {label: figures.unit}, y, marks}
  }
  return [
    {
      id,
      title,
      description,
      svg: draw(id, title, description, options),
      table: {caption: `Drafts by ${figures.label.toLowerCase()}`, head: [figures.unit, 'drafts', ...(band ? ['in the band'] : [])], rows: rows.map((r) => [r.label, r.drafts, ...(band ? [r.inBand ? 'yes' : 'no'] : [])])}
    }
  ]
}

function round2(x: number): number {
  return Math.round(x * 100) / 100
}
