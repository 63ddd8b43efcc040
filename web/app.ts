/**
 * The web page: the library runs here, in the browser, on every pause in typing. Nothing is sent
 * anywhere; the page is the same whether `outreach-lint serve` gives it or it is opened from dist/web.
 * Built into dist/web/app.js by scripts/bundle-web.mjs; everything is drawn with DOM calls and text
 * nodes (no HTML strings), so a draft can never become markup.
 */
import {wordRuns} from '../dist/report/word-diff.js'
import {CHANNELS, createLinter, type Channel, type LintInput, type LintMessage, type LintResult, type Recipient} from '../dist/index.js'

const linter = createLinter()
const lint = (input: LintInput) => linter.lint(input)
const rewrite = (input: LintInput) => linter.rewrite(input)

// A pause in typing this long is a pause: with a lint of a 2,000-character InMail at 2-20 ms in
// Chromium, the findings are up within 100 ms of the last key (npm run bench:web measures it).
const DEBOUNCE_MS = 60
const SEVERITY_ORDER = {error: 0, warning: 1, info: 2} as const

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`the page has no #${id}`)
  return el as T
}

const ui = {
  channel: byId<HTMLSelectElement>('channel'),
  subject: byId<HTMLInputElement>('subject'),
  text: byId<HTMLTextAreaElement>('text'),
  name: byId<HTMLInputElement>('recipient-name'),
  company: byId<HTMLInputElement>('recipient-company'),
  role: byId<HTMLInputElement>('recipient-role'),
  marked: byId<HTMLDivElement>('marked'),
  timing: byId<HTMLParagraphElement>('timing'),
  score: byId<HTMLParagraphElement>('score'),
  scoreValue: byId<HTMLSpanElement>('score-value'),
  deductions: byId<HTMLUListElement>('deductions'),
  indicators: byId<HTMLTableElement>('indicators'),
  findings: byId<HTMLDivElement>('findings'),
  rewrite: byId<HTMLDetailsElement>('rewrite'),
  rewriteBefore: byId<HTMLPreElement>('rewrite-before'),
  rewriteText: byId<HTMLPreElement>('rewrite-text'),
  rewriteDiff: byId<HTMLPreElement>('rewrite-diff'),
  useRewrite: byId<HTMLButtonElement>('use-rewrite'),
  changes: byId<HTMLOListElement>('changes')
}

/** A new element with a class and children (strings become text nodes). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & {className?: string} = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props)
  el.append(...children)
  return el
}

const RULE_URLS = new Map(linter.rules.flatMap((r) => (r.url ? [[r.id, r.url] as const] : [])))

/** A rule id, linked to the rule's page (what it finds, why, examples) when the rule has one. */
function ruleLink(id: string): Node | string {
  const url = RULE_URLS.get(id)
  return url ? h('a', {className: 'rule', href: url, target: '_blank', rel: 'noopener noreferrer'}, id) : id
}

function currentInput(): LintInput {
  const recipient: Recipient = {}
  if (ui.name.value.trim()) recipient.name = ui.name.value.trim()
  if (ui.company.value.trim()) recipient.company = ui.company.value.trim()
  if (ui.role.value.trim()) recipient.role = ui.role.value.trim()
  const input: LintInput = {text: ui.text.value, channel: ui.channel.value as Channel}
  if (ui.subject.value !== '') input.subject = ui.subject.value
  if (Object.keys(recipient).length) input.recipient = recipient
  return input
}

let last: LintResult | undefined

/** The body with each finding's range marked; overlapping ranges split into pieces marked by all of theirs. */
function drawMarked(text: string, messages: LintMessage[]): void {
  const body = messages.map((m, i) => ({m, i})).filter(({m}) => m.field === 'body' && m.end > m.start)
  const cuts = new Set<number>([0, text.length])
  for (const {m} of body) cuts.add(Math.min(m.start, text.length)).add(Math.min(m.end, text.length))
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Node[] = []
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]]
    const over = body.filter(({m}) => m.start <= from && m.end >= to)
    const piece = text.slice(from, to)
    if (over.length === 0) {
      pieces.push(document.createTextNode(piece))
      continue
    }
    const worst = over.map(({m}) => m.severity).sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])[0]
    const mark = h('mark', {className: worst, title: over.map(({m}) => m.message).join('\n')}, piece)
    mark.dataset.findings = over.map(({i}) => i).join(' ')
    mark.addEventListener('click', () => document.getElementById(`finding-${over[0].i}`)?.focus())
    pieces.push(mark)
  }
  ui.marked.replaceChildren(...pieces)
}

function drawScore(result: LintResult): void {
  ui.scoreValue.textContent = String(result.score)
  ui.score.className = `score ${result.score >= 80 ? 'good' : result.score >= 50 ? 'fair' : 'poor'}`
  ui.deductions.replaceChildren(
    ...result.deductions.map((d) => h('li', {}, h('span', {}, ruleLink(d.ruleId), d.count > 1 ? ` ×${d.count}` : ''), h('span', {}, `−${d.points}`)))
  )
}

/** What an indicator is measured against: the rules of a check kind, and for a metric, which one. */
interface Measure {
  check: 'metric' | 'ratio'
  metric?: string
}

/**
 * The limit on this channel of the rules the page runs that measure `measure` (none: no limit here):
 * a metric's `max` (per channel), or a ratio rule's multiple (`maxRatio`); the tightest, when a pack
 * adds a second rule that measures the same thing. Found by what the rules measure, not by their ids.
 */
function limit(measure: Measure, channel: Channel): number | undefined {
  let tightest: number | undefined
  for (const rule of linter.rules) {
    if (rule.check !== measure.check || (rule.check === 'metric' && rule.metric !== measure.metric)) continue
    if (rule.channels && !rule.channels.includes(channel)) continue
    const max = rule.check === 'ratio' ? rule.maxRatio : rule.check === 'metric' ? rule.max : undefined
    const value = typeof max === 'number' ? max : (max?.[channel] ?? max?.default)
    if (value !== undefined && (tightest === undefined || value < tightest)) tightest = value
  }
  return tightest
}

/** The indicators against the limits of the rules that read them: a meter each, in words too. */
function drawIndicators(result: LintResult): void {
  const i = result.indicators
  const rows: Array<[string, number, string, number | undefined]> = [
    ['Length', i.wordCount, `${i.wordCount} words`, limit({check: 'metric', metric: 'words'}, result.channel)],
    ['Characters', i.characterCount, `${i.characterCount} characters`, limit({check: 'metric', metric: 'characters'}, result.channel)],
    ['Reading grade', i.readingGrade, `grade ${i.readingGrade}`, limit({check: 'metric', metric: 'readingGrade'}, result.channel)],
    ['Questions', i.questionCount, `${i.questionCount} question${i.questionCount === 1 ? '' : 's'}`, undefined],
    ['I / you', i.selfToRecipientRatio, `${i.selfToRecipientRatio} to 1`, limit({check: 'ratio'}, result.channel)]
  ]
  ui.indicators.replaceChildren(
    ...rows.map(([name, value, shown, max]) => {
      const over = max !== undefined && value > max
      const text = `${shown}${max === undefined ? '' : `, at most ${max} for ${result.channel}`}`
      const cells: HTMLElement[] = [h('th', {scope: 'row'}, name), h('td', {className: over ? 'over' : ''}, text)]
      if (max !== undefined) {
        // Green up to the limit, red past it; the scale runs to one and a half times the limit.
        const meter = h('meter', {min: 0, max: max * 1.5, low: max, high: max, optimum: 0, value: Math.min(value, max * 1.5)})
        meter.setAttribute('aria-label', `${name}: ${text}`)
        cells.push(h('td', {}, meter))
      } else cells.push(h('td'))
      const row = h('tr', {}, ...cells)
      row.dataset.indicator = name
      return row
    })
  )
}

/** Replace a range of the body or subject and check again at once. */
function apply(field: 'body' | 'subject', start: number, end: number, replacement: string): void {
  const target = field === 'subject' ? ui.subject : ui.text
  target.value = target.value.slice(0, start) + replacement + target.value.slice(end)
  check()
  target.focus()
  target.setSelectionRange(start + replacement.length, start + replacement.length)
}

function drawFindings(result: LintResult): void {
  if (result.messages.length === 0) {
    ui.findings.replaceChildren(h('p', {className: 'quiet'}, ui.text.value.trim() ? 'No findings.' : 'Findings appear here as you type.'))
    return
  }
  const groups = new Map<string, Array<{m: LintMessage; i: number}>>()
  result.messages.forEach((m, i) => groups.set(m.category, [...(groups.get(m.category) ?? []), {m, i}]))
  const sections = [...groups].map(([category, items]) =>
    h(
      'div',
      {className: 'category'},
      h('h3', {}, `${category.replace(/-/g, ' ')} (${items.length})`),
      ...items.map(({m, i}) => {
        const suggestions = m.suggestions.map((s) => {
          const button = h('button', {type: 'button'}, 'Apply')
          button.setAttribute('aria-label', `Apply: ${s.message}${s.replacement ? ` (“${s.replacement}”)` : ''}`)
          button.addEventListener('click', () => apply(m.field, s.start, s.end, s.replacement))
          return h('li', {}, h('span', {}, s.message, s.replacement ? ` → “${s.replacement}”` : ' (remove)'), button)
        })
        return h(
          'article',
          {className: `finding ${m.severity}`, id: `finding-${i}`, tabIndex: -1},
          h('p', {}, h('span', {className: 'severity'}, m.severity), m.message),
          h('p', {className: 'quiet'}, ruleLink(m.ruleId), ` · ${m.field} line ${m.line}, column ${m.column}`),
          h('p', {className: 'why'}, m.why),
          ...(suggestions.length ? [h('ul', {className: 'suggestions', ariaLabel: 'Suggestions'}, ...suggestions)] : [])
        )
      })
    )
  )
  ui.findings.replaceChildren(...sections)
}

function drawRewrite(): void {
  if (!ui.rewrite.open) return
  const input = currentInput()
  const result = rewrite(input)
  ui.rewriteBefore.textContent = input.text
  ui.rewriteText.textContent = (result.subject ? `Subject: ${result.subject}\n\n` : '') + result.text
  ui.rewriteDiff.replaceChildren(...wordRuns(input.text, result.text).map((run) => (run.kind === 'same' ? run.text : h(run.kind === 'removed' ? 'del' : 'ins', {}, run.text))))
  ui.useRewrite.disabled = result.text === input.text && (result.subject ?? '') === (input.subject ?? '')
  ui.changes.replaceChildren(
    ...(result.changes.length
      ? result.changes.map((c) => h('li', {}, h('strong', {}, `${c.kind}`), ' (', ruleLink(c.ruleId), '): ', ...(c.before ? [h('del', {}, c.before)] : []), c.before && c.after ? ' → ' : '', ...(c.after ? [h('ins', {}, c.after)] : []), h('br'), h('span', {className: 'quiet'}, c.why)))
      : [h('li', {className: 'quiet'}, 'Nothing to change.')])
  )
}

function check(): void {
  const started = performance.now()
  const result = lint(currentInput())
  const took = performance.now() - started
  last = result
  drawMarked(ui.text.value, result.messages)
  drawScore(result)
  drawIndicators(result)
  drawFindings(result)
  ui.timing.textContent = `Checked in ${Math.max(1, Math.round(took))} ms, ${result.indicators.wordCount} words, ${result.channel}.`
  drawRewrite()
}

let timer: ReturnType<typeof setTimeout> | undefined
function later(): void {
  clearTimeout(timer)
  timer = setTimeout(check, DEBOUNCE_MS)
}

ui.channel.replaceChildren(...CHANNELS.map((c) => h('option', {value: c}, c)))
for (const el of [ui.text, ui.subject, ui.name, ui.company, ui.role]) el.addEventListener('input', later)
ui.channel.addEventListener('change', check)
ui.rewrite.addEventListener('toggle', drawRewrite)
ui.useRewrite.addEventListener('click', () => {
  const result = rewrite(currentInput())
  ui.text.value = result.text
  if (result.subject !== undefined && result.subject !== null) ui.subject.value = result.subject
  check()
  ui.text.focus()
})
check()
// For tests and the curious: the last result, as the library gave it.
Object.assign(window, {outreachLint: {last: () => last}})
