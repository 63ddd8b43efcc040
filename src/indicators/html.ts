/**
 * The indicators report as one self-contained HTML page, rendered from the report's JSON and the
 * charts drawn from it: inline styles, inline SVG, no script, no request for anything. Pure: no `node:`.
 */
import {ASK_BAND, INDICATORS} from './bands.js'
import type {Chart} from './charts.js'
import {percent, valueText, when} from './format.js'
import type {Change, Report} from './compare.js'
import type {Source} from './bands.js'

function escapeHtml(s: string | number): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

const CSS = `
:root{color-scheme:light;--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--good:#1e6b24;--bad:#a1231b}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:1.7em;margin:0 0 4px}
h2{font-size:1.3em;margin:40px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:1.05em;margin:0 0 4px}
.meta,.note{color:var(--muted)}
th .note{font-weight:400}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin:16px 0;padding:0}
.cards div{border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.cards dt{color:var(--muted);font-size:.9em}
.cards dd{margin:0;font-size:1.6em;font-weight:600}
.cards dd small{font-size:.55em;font-weight:400;display:block}
.up{color:var(--good)}.down{color:var(--bad)}
.warn{border:2px solid var(--bad);border-radius:8px;padding:8px 12px}
figure{margin:24px 0;padding:0}
figure svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.92em}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
caption{text-align:left;color:var(--muted);padding:4px 0}
details{margin:4px 0}
summary{cursor:pointer;color:var(--muted)}
code{font-size:.95em;overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
ol.sources li{margin-bottom:6px;overflow-wrap:anywhere}
`

function cell(v: string | number): string {
  return typeof v === 'number' || /^(?:[+−-]?[\d.,]+(?:%| points)?|±0|–)$/.test(v) ? `<td class="n">${escapeHtml(v.toLocaleString('en-US'))}</td>` : `<td>${escapeHtml(v)}</td>`
}

function table(t: Chart['table']): string {
  return `<div class="scroll" tabindex="0"><table><caption>${escapeHtml(t.caption)}</caption><thead><tr>${t.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${t.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table></div>`
}

function figure(chart: Chart): string {
  return `<figure id="${chart.id}" class="chart">
<h3 id="${chart.id}-title">${escapeHtml(chart.title)}</h3>
<p id="${chart.id}-desc" class="note">${escapeHtml(chart.description)}</p>
${chart.svg}
<details><summary>The numbers behind this chart</summary>${table(chart.table)}</details>
</figure>`
}

function delta(c: Change | undefined, format: (x: number) => string, higherIsBetter: boolean): string {
  if (!c || c.change === null) return ''
  if (c.change === 0) return '<small>no change since the baseline</small>'
  const better = c.change > 0 === higherIsBetter
  const sign = c.change > 0 ? '+' : '−'
  return `<small class="${better ? 'up' : 'down'}">${sign}${escapeHtml(format(Math.abs(c.change)))} since the baseline (${better ? 'better' : 'worse'})</small>`
}

/** "file.csv:22" as "line 22" beside the file's own name (the JSON keeps file:line). */
function lineOf(location: string, filePath: string): string {
  return location.startsWith(`${filePath}:`) ? `line ${location.slice(filePath.length + 1)}` : location
}

const points = (x: number): string => `${(x * 100).toFixed(1).replace(/\.0$/, '')} points`

export function renderHtml(report: Report, charts: Chart[]): string {
  const byId = new Map(charts.map((ch) => [ch.id, ch]))
  const chart = (id: string): string => (byId.has(id) ? figure(byId.get(id)!) : '')
  const sources: Source[] = []
  const out: string[] = []
  headlineSection(report, out)
  fixFirstSection(report, out)
  out.push('<h2>Scores, habits and channels</h2>', chart('scores'), chart('categories'), chart('rules'), chart('channels'))
  indicatorsSection(report, chart, sources, out)
  changesSections(report, charts, chart, out)
  sourcesSection(sources, out)
  return out.join('\n')
}

/** The page's head, its title and what it covers, the inputs not read, and the headline figures. */
function headlineSection(report: Report, out: string[]): void {
  const h = report.headline
  const c = report.comparison
  out.push(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Outreach indicators: ${escapeHtml(h.drafts.toLocaleString('en-US'))} drafts</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>Outreach indicators</h1>
<p class="meta">${escapeHtml(h.drafts.toLocaleString('en-US'))} drafts from ${escapeHtml(h.files.toLocaleString('en-US'))} ${h.files === 1 ? 'file' : 'files'} (${escapeHtml(report.inputs.join(', '))}), made ${escapeHtml(when(report.generatedAt))} by outreach-lint ${escapeHtml(report.toolVersion ?? '')}.${c ? ` Compared with the baseline of ${escapeHtml(when(c.baselineGeneratedAt))}.` : ''}</p>`)
  if (h.unread > 0) {
    out.push(`<div class="warn" role="note"><p><strong>${escapeHtml(h.unread.toLocaleString('en-US'))} ${h.unread === 1 ? 'input was' : 'inputs were'} not read</strong> and ${h.unread === 1 ? 'is' : 'are'} not in the figures:</p><ul>${report.unread.map((u) => `<li><code>${escapeHtml(u.name)}</code>: ${escapeHtml(u.problem)}</li>`).join('')}</ul>${report.unread.length < h.unread ? `<p>and ${escapeHtml((h.unread - report.unread.length).toLocaleString('en-US'))} more.</p>` : ''}</div>`)
  }
  out.push(`<h2>Where the library stands</h2>
<dl class="cards">
<div><dt>Drafts</dt><dd>${escapeHtml(h.drafts.toLocaleString('en-US'))}${delta(c?.headline.drafts, String, true).replace(/ \((better|worse)\)/, '')}</dd></div>
<div><dt>Mean score</dt><dd>${h.meanScore ?? '–'}${delta(c?.headline.meanScore, String, true)}</dd></div>
<div><dt>Median score</dt><dd>${h.medianScore ?? '–'}${delta(c?.headline.medianScore, String, true)}</dd></div>
<div><dt>Would fail the CI check</dt><dd>${percent(h.failing.share)}<small>${escapeHtml(h.failing.drafts.toLocaleString('en-US'))} drafts</small>${delta(c?.headline.failingShare, points, false)}</dd></div>
<div><dt>With at least one finding</dt><dd>${percent(h.withFinding.share)}<small>${escapeHtml(h.withFinding.drafts.toLocaleString('en-US'))} drafts</small>${delta(c?.headline.withFindingShare, points, false)}</dd></div>
</dl>
<p class="note">A draft fails the CI check when it has an error finding${report.minScore !== null ? ` or scores under ${report.minScore} (<code>--min-score</code>)` : ''}, as <code>outreach-lint</code> exits 1 for it. The score is 100 minus each rule's deduction.</p>
<div class="scroll" tabindex="0"><table><caption>Drafts with at least one finding, by category</caption><thead><tr><th scope="col">category</th><th scope="col" class="n">drafts</th><th scope="col" class="n">share</th>${c ? '<th scope="col" class="n">since the baseline</th>' : ''}</tr></thead><tbody>${report.categories
    .map((cat) => {
      const was = c?.categories.find((x) => x.category === cat.category)
      return `<tr><th scope="row">${escapeHtml(cat.category)}</th>${cell(cat.drafts)}${cell(percent(cat.share))}${c ? cell(was && was.change !== null ? (was.change === 0 ? '±0' : `${was.change > 0 ? '+' : '−'}${points(Math.abs(was.change))}`) : '–') : ''}</tr>`
    })
    .join('')}</tbody></table></div>`)

}

/** The templates to fix first. */
function fixFirstSection(report: Report, out: string[]): void {
  out.push(`<h2>Templates to fix first</h2>
<p class="note">${report.weighted ? 'Ranked by lost points weighted by use: (100 − score) × the sends in the usage column.' : 'Ranked by score, lowest first (the input has no usage column to weigh by).'} ${report.fixFirst.length === 0 ? 'No draft lost any points.' : ''}</p>`)
  if (report.fixFirst.length > 0) {
    out.push(`<div class="scroll" tabindex="0"><table><caption>The ${report.fixFirst.length} templates to fix first, with their top findings</caption><thead><tr><th scope="col" class="n">#</th><th scope="col">template</th><th scope="col" class="n">score</th>${report.weighted ? '<th scope="col" class="n">sends</th>' : ''}<th scope="col">top findings</th></tr></thead><tbody>${report.fixFirst
      .map((t, i) => `<tr><td class="n">${i + 1}</td><td><code>${escapeHtml(t.name)}</code><br><span class="note">${t.id !== undefined ? `${escapeHtml(lineOf(t.location, t.filePath))} · ` : ''}${escapeHtml(t.channel)}</span></td>${cell(t.score)}${report.weighted ? cell(t.usage ?? '–') : ''}<td><ul>${t.findings.map((f) => `<li><code>${escapeHtml(f.ruleId)}</code> (${escapeHtml(f.severity)}) ${escapeHtml(f.message)} <span class="note">${escapeHtml(lineOf(f.location, t.filePath))}</span></li>`).join('')}</ul></td></tr>`)
      .join('')}</tbody></table></div>`)
  }
}

/** Each indicator against its band (with its source as a footnote), the ask, and their charts. */
function indicatorsSection(report: Report, chart: (id: string) => string, sources: Source[], out: string[]): void {
  const c = report.comparison
  const footnote = (source: Source): number => {
    let at = sources.findIndex((s) => s.url === source.url && s.finding === source.finding)
    if (at < 0) at = sources.push(source) - 1
    return at + 1
  }
  const ref = (n: number): string => `<sup><a href="#source-${n}" aria-label="source ${n}">[${n}]</a></sup>`
  out.push(`<h2>Indicators against recommended bands</h2>
<p class="note">Each band comes from published research, cited below; an indicator without a credible source has no band, and says so.</p>
<div class="scroll" tabindex="0"><table><caption>Each indicator: median, and the share of drafts in its band</caption><thead><tr><th scope="col">indicator</th><th scope="col" class="n">drafts</th><th scope="col" class="n">median</th><th scope="col">recommended band</th><th scope="col" class="n">in the band</th>${c ? '<th scope="col" class="n">since the baseline</th>' : ''}</tr></thead><tbody>`)
  for (const i of report.indicators) {
    const spec = INDICATORS.find((s) => s.id === i.id)
    const was = c?.indicators.find((x) => x.id === i.id)
    const band = i.band ? `${escapeHtml(i.band.text)}${ref(footnote(i.band.source))}` : `none${spec?.noBand ? ` (${escapeHtml(spec.noBand.replace(/^No band: /, ''))})` : ''}`
    const since = was ? (i.band ? (was.inBandShare.change === null ? '–' : `${was.inBandShare.change >= 0 ? '+' : '−'}${points(Math.abs(was.inBandShare.change))} in the band`) : was.median.change === null ? '–' : `median ${was.median.change >= 0 ? '+' : '−'}${Math.abs(was.median.change)}`) : ''
    out.push(`<tr><th scope="row">${escapeHtml(i.label)}<br><span class="note">${escapeHtml(i.measure)}</span></th>${cell(i.distribution?.drafts ?? 0)}${cell(i.distribution ? valueText(i.unit, i.distribution.median) : '–')}<td>${band}</td>${cell(i.inBand ? percent(i.inBand.share) : '–')}${c ? cell(since) : ''}</tr>`)
  }
  const ask = report.asks
  const askNow = ask.kinds.find((k) => k.kind === ask.recommended)!
  const askWas = c?.asks.find((k) => k.kind === ask.recommended)
  out.push(`<tr><th scope="row">The ask<br><span class="note">a meeting or time ask, else a question or an invitation to reply, else none (e-mail drafts)</span></th>${cell(ask.kinds.reduce((n, k) => n + k.drafts, 0))}${cell('–')}<td>${escapeHtml(ASK_BAND.text)}${ref(footnote(ask.source))}</td>${cell(percent(askNow.share))}${c ? cell(askWas && askWas.change !== null ? `${askWas.change >= 0 ? '+' : '−'}${points(Math.abs(askWas.change))}` : '–') : ''}</tr></tbody></table></div>`)
  for (const i of report.indicators) out.push(chart(`indicator-${i.id}`))
  out.push(chart('asks'))
}

/** What changed since the baseline, and the trends of the history. */
function changesSections(report: Report, charts: Chart[], chart: (id: string) => string, out: string[]): void {
  const c = report.comparison
  if (c) {
    out.push(`<h2>Since the baseline</h2>`, chart('rule-changes'))
    out.push(`<div class="scroll" tabindex="0"><table><caption>Mean score by channel, baseline and now</caption><thead><tr><th scope="col">channel</th><th scope="col" class="n">baseline</th><th scope="col" class="n">now</th><th scope="col" class="n">change</th></tr></thead><tbody>${c.channels.map((ch) => `<tr><th scope="row">${escapeHtml(ch.channel)}</th>${cell(ch.before ?? '–')}${cell(ch.after ?? '–')}${cell(ch.change === null ? '–' : ch.change === 0 ? '±0' : `${ch.change > 0 ? '+' : '−'}${Math.abs(ch.change)}`)}</tr>`).join('')}</tbody></table></div>`)
  }
  if (report.history && report.history.length > 1) {
    out.push(`<h2>Trends</h2><p class="note">One point per saved report (<code>--history</code>), oldest first; the last point is this report.</p>`)
    for (const ch of charts) if (ch.id.startsWith('trend-')) out.push(figure(ch))
  }
}

/** The sources the bands cite, and the end of the page. */
function sourcesSection(sources: Source[], out: string[]): void {
  out.push(`<h2>Sources</h2><ol class="sources">${sources
    .map((s, i) => `<li id="source-${i + 1}">${escapeHtml(s.publisher)}, “${escapeHtml(s.title)}”, ${s.year}. ${escapeHtml(s.url)}. ${escapeHtml(s.finding)}</li>`)
    .join('')}</ol>
<p class="note">The findings above are the sources' in our words. They measured replies to e-mail in general or to cold e-mail; they are a guide for a template library, not a promise for any one message.</p>
</main>
</body>
</html>
`)
}
