/**
 * The indicators report's figures, gathered one linted draft at a time in memory that does not grow
 * with the number of drafts: every distribution is a count per distinct value (scores are whole
 * numbers 0..100, word counts and grades have few distinct values), so means, medians and quartiles
 * are exact; the templates to fix first are the best K seen so far. Pure: no `node:`.
 */
import type {ReportEntry} from '../report/types.js'
import {CATEGORIES, type Category, type LintMessage, type Severity} from '../types.js'
import {ASK_BAND, ASK_KINDS, INDICATORS, inBand, type AskKind, type Band, type IndicatorId} from './bands.js'

const REPORT_VERSION = 1
/** How many templates the "fix first" list holds, and how many findings each shows. */
export const FIX_FIRST = 20
const FINDINGS_SHOWN = 3
/** Unreadable inputs listed by name (all are counted). */
const UNREAD_LISTED = 200

interface Distribution {
  /** Drafts with a value. */
  drafts: number
  mean: number
  median: number
  p25: number
  p75: number
  min: number
  max: number
  /** Count per value, ascending (the chart's histogram is binned from it). */
  values: Array<[value: number, drafts: number]>
}

export interface IndicatorFigures {
  id: IndicatorId
  label: string
  measure: string
  unit: string
  distribution: Distribution | null
  band: Band | null
  noBand: string | null
  /** Drafts inside the band, and their share of the drafts with a value. */
  inBand: {drafts: number; share: number} | null
  bin: number
  discrete: boolean
  /** The channels counted; null: every channel. */
  channels: string[] | null
}

export interface FixFirst {
  /** file#id for a collection member. */
  name: string
  filePath: string
  id?: string
  /** Where to look: file:line. */
  location: string
  channel: string
  score: number
  usage: number | null
  /** (100 - score) x usage (x 1 without a usage column). */
  priority: number
  findings: Array<{ruleId: string; severity: Severity; message: string; location: string}>
}

export interface ReportData {
  tool: 'outreach-lint'
  reportVersion: number
  toolVersion: string | null
  generatedAt: string
  /** The paths the report was made from, as given. */
  inputs: string[]
  /** Whether a usage column weighted the "fix first" list. */
  weighted: boolean
  minScore: number | null
  headline: {
    drafts: number
    files: number
    unread: number
    /** null when no draft was read. */
    meanScore: number | null
    medianScore: number | null
    findings: number
    /** Drafts the CI check fails: an error finding (or a score under --min-score). */
    failing: {drafts: number; share: number}
    withFinding: {drafts: number; share: number}
  }
  unread: Array<{name: string; problem: string}>
  scores: Distribution | null
  /** Drafts per ten points of score: 0-9 ... 90-100. */
  scoreBins: Array<{from: number; to: number; drafts: number}>
  categories: Array<{category: Category; drafts: number; share: number; findings: number}>
  rules: Array<{ruleId: string; category: string; severity: Severity; drafts: number; share: number; findings: number}>
  channels: Array<{channel: string; drafts: number; meanScore: number; medianScore: number; failing: number; failingShare: number}>
  indicators: IndicatorFigures[]
  /** The kind of ask of the drafts of `channels` (those the research measured). */
  asks: {kinds: Array<{kind: AskKind; drafts: number; share: number}>; channels: string[]; recommended: AskKind; text: string; source: typeof ASK_BAND.source}
  fixFirst: FixFirst[]
}

/** Counts per distinct value. */
class Counts {
  private map = new Map<number, number>()
  total = 0
  private sum = 0
  add(value: number): void {
    this.map.set(value, (this.map.get(value) ?? 0) + 1)
    this.total++
    this.sum += value
  }
  distribution(): Distribution | null {
    if (this.total === 0) return null
    const values = [...this.map].sort((a, b) => a[0] - b[0])
    const at = (rank: number): number => {
      // The value of the rank-th draft (0-based) in ascending order.
      let seen = 0
      for (const [value, n] of values) {
        seen += n
        if (rank < seen) return value
      }
      return values[values.length - 1][0]
    }
    const quantile = (q: number): number => {
      // Linear between the two nearest ranks (the usual "type 7" quantile): the median of 1, 2, 3, 4 is 2.5.
      const pos = (this.total - 1) * q
      const lo = Math.floor(pos)
      const a = at(lo)
      const b = at(Math.ceil(pos))
      return round(a + (b - a) * (pos - lo))
    }
    return {
      drafts: this.total,
      mean: round(this.sum / this.total),
      median: quantile(0.5),
      p25: quantile(0.25),
      p75: quantile(0.75),
      min: values[0][0],
      max: values[values.length - 1][0],
      values
    }
  }
}

export function round(x: number, places = 2): number {
  const f = 10 ** places
  return Math.round(x * f) / f
}

function share(n: number, of: number): number {
  return of === 0 ? 0 : round(n / of, 4)
}

const SEVERITY_RANK: Record<Severity, number> = {error: 0, warning: 1, info: 2}

/** Words of a subject, leaving out leading reply and forward marks ("Re:", "Fwd:", "FW:"). */
export function subjectWords(subject: string): number {
  const bare = subject.replace(/^\s*(?:(?:re|fwd?|aw|wg)\s*(?:\[\d+\])?\s*:\s*)+/i, '')
  const words = bare.match(/[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu)
  return words ? words.length : 0
}

/** The ask a draft makes: a meeting ask (a time or meeting request) counts over an interest ask. */
export function askKind(entry: ReportEntry): AskKind {
  const calls = entry.indicators?.callsToAction ?? []
  if (calls.some((c) => c.kind === 'meeting')) return 'meeting'
  if (calls.some((c) => c.kind === 'question' || c.kind === 'reply')) return 'interest'
  return 'none'
}

function where(entry: ReportEntry, m?: LintMessage): string {
  if (m && entry.mapped) return `${entry.filePath}:${m.line}`
  if (entry.recordLine !== undefined) return `${entry.filePath}:${entry.recordLine}`
  return m ? `${entry.filePath}:${m.line}` : entry.filePath
}

export interface CollectOptions {
  minScore?: number
  /** Category and severity of each rule, for the rules table (from the findings otherwise). */
  rules?: Map<string, {category: string; severity: Severity}>
}

export class Collector {
  private drafts = 0
  private files = new Set<string>()
  private unreadCount = 0
  private unread: Array<{name: string; problem: string}> = []
  private scores = new Counts()
  private findings = 0
  private failing = 0
  private withFinding = 0
  private weighted = false
  private categories = new Map<Category, {drafts: number; findings: number}>()
  private rules = new Map<string, {category: string; severity: Severity; drafts: number; findings: number}>()
  private channels = new Map<string, {scores: Counts; failing: number}>()
  private values = new Map<IndicatorId, Counts>(INDICATORS.map((i) => [i.id, new Counts()]))
  private asks = new Map<AskKind, number>(ASK_KINDS.map((k) => [k, 0]))
  private askDrafts = 0
  private top: FixFirst[] = []
  private order = 0
  private orderOf = new WeakMap<FixFirst, number>()

  constructor(private options: CollectOptions = {}) {}

  add(entry: ReportEntry): void {
    const name = entry.id === undefined ? entry.filePath : `${entry.filePath}#${entry.id}`
    this.files.add(entry.filePath)
    if (entry.error !== undefined || entry.score === undefined || entry.indicators === undefined) {
      this.unreadCount++
      if (this.unread.length < UNREAD_LISTED) this.unread.push({name, problem: entry.error ?? 'not linted'})
      return
    }
    this.drafts++
    const score = entry.score
    this.scores.add(score)
    const messages = entry.messages
    this.findings += messages.length
    const errors = messages.some((m) => m.severity === 'error')
    const fails = errors || (this.options.minScore !== undefined && score < this.options.minScore)
    if (fails) this.failing++
    if (messages.length > 0) this.withFinding++
    this.countFindings(messages)
    const channel = entry.channel ?? 'email'
    const ch = this.channels.get(channel) ?? {scores: new Counts(), failing: 0}
    ch.scores.add(score)
    if (fails) ch.failing++
    this.channels.set(channel, ch)
    this.measure(entry, entry.indicators, channel)
    if (entry.usage !== undefined) this.weighted = true
    this.offer(entry, name, score)
  }

  /** A linted draft's findings, by category and by rule: each counts its findings and the drafts it is in. */
  private countFindings(messages: ReportEntry['messages']): void {
    const seenCategories = new Set<Category>()
    const seenRules = new Set<string>()
    for (const m of messages) {
      const c = this.categories.get(m.category) ?? {drafts: 0, findings: 0}
      c.findings++
      if (!seenCategories.has(m.category)) c.drafts++
      seenCategories.add(m.category)
      this.categories.set(m.category, c)
      const meta = this.options.rules?.get(m.ruleId)
      const r = this.rules.get(m.ruleId) ?? {category: meta?.category ?? m.category, severity: meta?.severity ?? m.severity, drafts: 0, findings: 0}
      r.findings++
      if (!seenRules.has(m.ruleId)) r.drafts++
      seenRules.add(m.ruleId)
      this.rules.set(m.ruleId, r)
    }
  }

  /** A linted draft's indicators and its kind of ask, counted for the channels their bands' research measured. */
  private measure(entry: ReportEntry, i: NonNullable<ReportEntry['indicators']>, channel: string): void {
    const values: Record<IndicatorId, number | undefined> = {
      bodyWords: i.wordCount,
      subjectWords: entry.subject === undefined ? undefined : subjectWords(entry.subject),
      readingGrade: i.readingGrade,
      questions: i.questionCount,
      selfToRecipient: i.selfToRecipientRatio,
      readerDetails: i.personalisation.length
    }
    // Each indicator counts the drafts of the channels its band's research measured.
    for (const spec of INDICATORS) {
      const value = values[spec.id]
      if (value !== undefined && (!spec.channels || spec.channels.includes(channel))) this.values.get(spec.id)!.add(value)
    }
    if (ASK_BAND.channels.includes(channel)) {
      const ask = askKind(entry)
      this.asks.set(ask, this.asks.get(ask)! + 1)
      this.askDrafts++
    }
  }

  /** Keep the entry if it is among the FIX_FIRST with the highest priority so far. */
  private offer(entry: ReportEntry, name: string, score: number): void {
    const usage = entry.usage ?? null
    // Without a usage column each template counts once; with one, a template with no count counts once too.
    const priority = (100 - score) * (usage ?? 1)
    const order = this.order++
    const worst = this.top[this.top.length - 1]
    if (this.top.length >= FIX_FIRST && !this.before(priority, score, order, worst)) return
    if (priority === 0) return
    const shown = [...entry.messages].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line || a.column - b.column).slice(0, FINDINGS_SHOWN)
    const item: FixFirst = {
      name,
      filePath: entry.filePath,
      ...(entry.id !== undefined ? {id: entry.id} : {}),
      location: where(entry),
      channel: entry.channel ?? 'email',
      score,
      usage,
      priority,
      findings: shown.map((m) => ({ruleId: m.ruleId, severity: m.severity, message: m.message, location: where(entry, m)}))
    }
    this.orderOf.set(item, order)
    let at = this.top.length
    while (at > 0 && this.before(priority, score, order, this.top[at - 1])) at--
    this.top.splice(at, 0, item)
    if (this.top.length > FIX_FIRST) this.top.pop()
  }

  /** Higher priority first; then the lower score; then the one read first. */
  private before(priority: number, score: number, order: number, other: FixFirst): boolean {
    if (priority !== other.priority) return priority > other.priority
    if (score !== other.score) return score < other.score
    return order < this.orderOf.get(other)!
  }

  result(meta: {inputs: string[]; toolVersion?: string; generatedAt: string}): ReportData {
    const drafts = this.drafts
    const scores = this.scores.distribution()
    return {
      tool: 'outreach-lint',
      reportVersion: REPORT_VERSION,
      toolVersion: meta.toolVersion ?? null,
      generatedAt: meta.generatedAt,
      inputs: meta.inputs,
      weighted: this.weighted,
      minScore: this.options.minScore ?? null,
      headline: {
        drafts,
        files: this.files.size,
        unread: this.unreadCount,
        meanScore: scores?.mean ?? null,
        medianScore: scores?.median ?? null,
        findings: this.findings,
        failing: {drafts: this.failing, share: share(this.failing, drafts)},
        withFinding: {drafts: this.withFinding, share: share(this.withFinding, drafts)}
      },
      unread: this.unread,
      scores,
      scoreBins: scoreBins(scores),
      categories: CATEGORIES.map((category) => {
        const c = this.categories.get(category) ?? {drafts: 0, findings: 0}
        return {category, drafts: c.drafts, share: share(c.drafts, drafts), findings: c.findings}
      }),
      rules: this.ruleFigures(),
      channels: this.channelFigures(),
      indicators: INDICATORS.map((spec) => indicatorFigures(spec, this.values.get(spec.id)!.distribution())),
      asks: {
        kinds: ASK_KINDS.map((kind) => ({kind, drafts: this.asks.get(kind)!, share: share(this.asks.get(kind)!, this.askDrafts)})),
        channels: [...ASK_BAND.channels],
        recommended: ASK_BAND.recommended,
        text: ASK_BAND.text,
        source: ASK_BAND.source
      },
      fixFirst: this.top
    }
  }

  /** The rules that found something, the most drafts first. */
  private ruleFigures(): ReportData['rules'] {
    return [...this.rules]
      .map(([ruleId, r]) => ({ruleId, category: r.category, severity: r.severity, drafts: r.drafts, share: share(r.drafts, this.drafts), findings: r.findings}))
      .sort((a, b) => b.drafts - a.drafts || b.findings - a.findings || (a.ruleId < b.ruleId ? -1 : 1))
  }

  /** The channels' scores and failing drafts, the most drafts first. */
  private channelFigures(): ReportData['channels'] {
    return [...this.channels]
      .map(([channel, c]) => {
        const d = c.scores.distribution()!
        return {channel, drafts: d.drafts, meanScore: d.mean, medianScore: d.median, failing: c.failing, failingShare: share(c.failing, d.drafts)}
      })
      .sort((a, b) => b.drafts - a.drafts || (a.channel < b.channel ? -1 : 1))
  }
}

/** The scores in ten bins of ten points (the last one 90 to 100). */
function scoreBins(scores: ReportData['scores']): ReportData['scoreBins'] {
  const bins: ReportData['scoreBins'] = []
  for (let from = 0; from < 100; from += 10) bins.push({from, to: from === 90 ? 100 : from + 9, drafts: 0})
  for (const [value, n] of scores?.values ?? []) bins[Math.min(9, Math.floor(value / 10))].drafts += n
  return bins
}

/** One indicator's figures: its distribution, its band and the drafts inside it. */
function indicatorFigures(spec: (typeof INDICATORS)[number], distribution: IndicatorFigures['distribution']): IndicatorFigures {
  let inside: IndicatorFigures['inBand'] = null
  if (spec.band && distribution) {
    let n = 0
    for (const [value, count] of distribution.values) if (inBand(spec.band, value)) n += count
    inside = {drafts: n, share: share(n, distribution.drafts)}
  }
  return {id: spec.id, label: spec.label, measure: spec.measure, unit: spec.unit, distribution, band: spec.band ?? null, noBand: spec.noBand ?? null, inBand: inside, bin: spec.bin, discrete: spec.discrete === true, channels: spec.channels ? [...spec.channels] : null}
}
