/**
 * A report beside an older one (`--baseline OLD.json`): every headline figure, category, rule,
 * channel and indicator with its change; and a series of saved reports (`--history DIR`) as one
 * point per report for each trend line. Saved reports are outside input: `readSaved` checks the
 * parts these read and names the field that is wrong.
 */
import * as z from '#zod'
import type {ReportData} from './collect.js'
import {round} from './collect.js'

const count = z.number().int().min(0)
const ratio = z.number().min(0).max(1)
const savedSchema = z.object({
  tool: z.literal('outreach-lint'),
  reportVersion: z.literal(1),
  generatedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected a date'),
  headline: z.object({
    drafts: count,
    meanScore: z.number().nullable(),
    medianScore: z.number().nullable(),
    findings: count,
    failing: z.object({drafts: count, share: ratio}),
    withFinding: z.object({drafts: count, share: ratio})
  }),
  categories: z.array(z.object({category: z.string(), drafts: count, share: ratio})),
  rules: z.array(z.object({ruleId: z.string(), drafts: count, share: ratio, findings: count})),
  channels: z.array(z.object({channel: z.string(), drafts: count, meanScore: z.number(), failingShare: ratio})),
  indicators: z.array(
    z.object({
      id: z.string(),
      distribution: z.object({median: z.number(), mean: z.number()}).nullable(),
      inBand: z.object({share: ratio}).nullable()
    })
  ),
  asks: z.object({kinds: z.array(z.object({kind: z.string(), share: ratio}))})
})

export type SavedReport = z.infer<typeof savedSchema>

/** A saved report, or the reason it is not one (the first wrong field, by its path). */
export function readSaved(text: string): SavedReport | string {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return `not JSON (${(error as Error).message.split('\n')[0]})`
  }
  const parsed = savedSchema.safeParse(data)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const path = issue.path.join('.')
  return `not a saved outreach-lint report (\`report --format json\`): ${path ? `${path}: ` : ''}${issue.message}`
}

export interface Change {
  before: number | null
  after: number | null
  /** after - before, when both exist. */
  change: number | null
}

function change(before: number | null | undefined, after: number | null | undefined, places = 4): Change {
  const b = before ?? null
  const a = after ?? null
  return {before: b, after: a, change: a !== null && b !== null ? round(a - b, places) : null}
}

export interface Comparison {
  baselineGeneratedAt: string
  headline: Record<'drafts' | 'meanScore' | 'medianScore' | 'findings' | 'failingShare' | 'withFindingShare', Change>
  categories: Array<{category: string} & Change>
  /** Per rule, the share of drafts with it: better (down) first, then worse, then unchanged. */
  rules: Array<{ruleId: string; verdict: 'better' | 'worse' | 'same'} & Change>
  channels: Array<{channel: string} & Change>
  indicators: Array<{id: string; median: Change; inBandShare: Change}>
  asks: Array<{kind: string} & Change>
}

export function compare(now: ReportData, old: SavedReport): Comparison {
  const h = now.headline
  const o = old.headline
  const byKey = <T, K>(list: T[], key: (t: T) => K): Map<K, T> => new Map(list.map((t) => [key(t), t]))
  const oldCategories = byKey(old.categories, (c) => c.category)
  const oldRules = byKey(old.rules, (r) => r.ruleId)
  const nowRules = byKey(now.rules, (r) => r.ruleId)
  const oldChannels = byKey(old.channels, (c) => c.channel)
  const oldIndicators = byKey(old.indicators, (i) => i.id)
  const oldAsks = byKey(old.asks.kinds, (k) => k.kind)
  const ruleIds = [...new Set([...nowRules.keys(), ...oldRules.keys()])]
  const rules = ruleIds.map((ruleId) => {
    const c = change(oldRules.get(ruleId)?.share ?? 0, nowRules.get(ruleId)?.share ?? 0)
    const verdict: 'better' | 'worse' | 'same' = c.change! < 0 ? 'better' : c.change! > 0 ? 'worse' : 'same'
    return {ruleId, verdict, ...c}
  })
  const rank = {better: 0, worse: 1, same: 2}
  rules.sort((a, b) => rank[a.verdict] - rank[b.verdict] || Math.abs(b.change!) - Math.abs(a.change!) || (a.ruleId < b.ruleId ? -1 : 1))
  return {
    baselineGeneratedAt: old.generatedAt,
    headline: {
      drafts: change(o.drafts, h.drafts, 0),
      meanScore: change(o.meanScore, h.meanScore, 2),
      medianScore: change(o.medianScore, h.medianScore, 2),
      findings: change(o.findings, h.findings, 0),
      failingShare: change(o.failing.share, h.failing.share),
      withFindingShare: change(o.withFinding.share, h.withFinding.share)
    },
    categories: now.categories.map((c) => ({category: c.category, ...change(oldCategories.get(c.category)?.share ?? 0, c.share)})),
    rules,
    channels: now.channels.map((c) => ({channel: c.channel, ...change(oldChannels.get(c.channel)?.meanScore, c.meanScore, 2)})),
    indicators: now.indicators.map((i) => {
      const was = oldIndicators.get(i.id)
      return {id: i.id, median: change(was?.distribution?.median, i.distribution?.median, 2), inBandShare: change(was?.inBand?.share, i.inBand?.share)}
    }),
    asks: now.asks.kinds.map((k) => ({kind: k.kind, ...change(oldAsks.get(k.kind)?.share ?? 0, k.share)}))
  }
}

export interface HistoryPoint {
  generatedAt: string
  /** The saved file's name, or "this report". */
  label: string
  meanScore: number | null
  failingShare: number
  indicators: Record<string, {median: number | null; inBandShare: number | null}>
  interestAskShare: number | null
}

function point(report: SavedReport | ReportData, label: string): HistoryPoint {
  const indicators: HistoryPoint['indicators'] = {}
  for (const i of report.indicators) indicators[i.id] = {median: i.distribution?.median ?? null, inBandShare: i.inBand?.share ?? null}
  return {
    generatedAt: report.generatedAt,
    label,
    meanScore: report.headline.meanScore,
    failingShare: report.headline.failing.share,
    indicators,
    interestAskShare: report.asks.kinds.find((k) => k.kind === 'interest')?.share ?? null
  }
}

/** One point per saved report, oldest first, then this report. */
export function history(saved: Array<{label: string; report: SavedReport}>, now: ReportData): HistoryPoint[] {
  const points = saved.map((s) => point(s.report, s.label))
  points.sort((a, b) => Date.parse(a.generatedAt) - Date.parse(b.generatedAt) || (a.label < b.label ? -1 : 1))
  points.push(point(now, 'this report'))
  return points
}

/** A report with what the command line added: the comparison with a baseline and the history. */
export type Report = ReportData & {comparison?: Comparison; history?: HistoryPoint[]}
