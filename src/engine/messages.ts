/**
 * From a check's raw findings to the linter's messages: the rule's message filled in, the range as
 * lines and columns, findings that defer to another rule's dropped, and the order they are reported in.
 */
import type {TextFacts} from '../analyse/facts.js'
import {linesOf, locate} from '../analyse/positions.js'
import type {CompiledCheck, RawFinding} from '../checks/types.js'
import type {LinterRule} from '../rules/format.js'
import {compareIds} from '../score/score.js'
import type {Channel, LintMessage} from '../types.js'

/** A rule ready to run: its check compiled, its message template split once. */
export interface CompiledRule {
  rule: LinterRule
  message: string[]
  /** The message says `{match}`: only then is the excerpt of what a finding covers made. */
  showsMatch: boolean
  why: string
  run: CompiledCheck
  channels?: Set<Channel>
}

/** A message template split once: literal text at even indexes, `{key}` names at odd ones. */
export function splitTemplate(template: string): string[] {
  return template.split(/\{(\w+)\}/)
}

/** A finding's text for a message: whole up to 60 characters, else cut at a word and marked. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= 60) return flat
  const cut = flat.slice(0, 60)
  const space = cut.lastIndexOf(' ')
  return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`
}

function fill(parts: string[], data: Record<string, string | number> | undefined): string {
  if (parts.length === 1) return parts[0]
  let out = parts[0]
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]
    out += (data !== undefined && key in data ? String(data[key]) : `{${key}}`) + parts[i + 1]
  }
  return out
}

/** The message of one finding of a rule, on the facts of the field it was found in. */
export function findingMessage({rule, message: template, showsMatch, why}: CompiledRule, f: RawFinding, analysed: TextFacts): LintMessage {
  return reportFinding(rule, template, why, analysed, f, showsMatch)
}

/**
 * A check's finding as the library reports it: its lines and columns in the text it points into, what
 * it covers, and the rule's message with `{match}` (what it covers, in short, unless the check said
 * otherwise) and the check's data filled in. The engine's rules and the sequence rules report with it.
 */
export function reportFinding(
  rule: Pick<LinterRule, 'id' | 'category' | 'severity' | 'url'>,
  template: string[],
  why: string,
  analysed: {text: string},
  f: RawFinding,
  /** The message says `{match}`: only then is the excerpt of what the finding covers made. */
  showsMatch = true
): LintMessage {
  const lines = linesOf(analysed)
  const [line, column] = locate(lines, f.start)
  const [endLine, endColumn] = locate(lines, f.end)
  const actual = analysed.text.slice(f.start, f.end)
  const message: LintMessage = {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    // "{match}" is what the finding covers, in short, unless the check said otherwise.
    message: fill(template, f.data?.match === undefined && showsMatch ? {...f.data, match: excerpt(actual)} : f.data),
    why,
    field: f.field,
    line,
    column,
    endLine,
    endColumn,
    start: f.start,
    end: f.end,
    actual,
    suggestions: f.suggestions ?? []
  }
  if (f.fix) message.fix = f.fix
  if (rule.url) message.url = rule.url
  return message
}

/** The order findings are reported in: the subject's first, then by range, then by rule id. */
export function sortMessages(messages: LintMessage[]): void {
  messages.sort(
    (a, b) =>
      (a.field === b.field ? 0 : a.field === 'subject' ? -1 : 1) || a.start - b.start || a.end - b.end || compareIds(a.ruleId, b.ruleId)
  )
}

/**
 * A rule with `deferTo` is a second way to find what other rules find: its finding is dropped where
 * one of those rules reported an overlapping range of the same field, so one habit costs once.
 */
export function dropDeferred(messages: LintMessage[], deferring: Array<{id: string; to: Set<string>}>): void {
  const drop = new Set<LintMessage>()
  // Most drafts have no finding of a deferring rule: then there is nothing to look up.
  const found = new Set<string>()
  for (const m of messages) found.add(m.ruleId)
  for (const {id, to} of deferring) {
    if (!found.has(id)) continue
    for (const field of ['body', 'subject'] as const) {
      // The deferred-to findings' ranges, by start, with the furthest end so far: one binary search
      // per finding, so a text with thousands of findings stays linear-logarithmic.
      const targets = messages.filter((o) => to.has(o.ruleId) && o.field === field).map((o) => [o.start, Math.max(o.end, o.start + 1)] as const)
      if (targets.length === 0) continue
      targets.sort((a, b) => a[0] - b[0])
      const reach: number[] = []
      for (const [, end] of targets) reach.push(Math.max(end, reach[reach.length - 1] ?? 0))
      for (const m of messages) {
        if (m.ruleId !== id || m.field !== field) continue
        const end = Math.max(m.end, m.start + 1)
        let lo = 0
        let hi = targets.length - 1
        let last = -1
        while (lo <= hi) {
          const mid = (lo + hi) >> 1
          if (targets[mid][0] < end) {
            last = mid
            lo = mid + 1
          } else hi = mid - 1
        }
        if (last >= 0 && reach[last] > m.start) drop.add(m)
      }
    }
  }
  if (drop.size === 0) return
  let k = 0
  for (const m of messages) if (!drop.has(m)) messages[k++] = m
  messages.length = k
}
