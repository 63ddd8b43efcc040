/**
 * The score: 100 minus deductions, each deduction traced to a rule. A rule's first finding costs its
 * severity's weight; each further finding of the same rule half as much, at most twice the weight.
 */
import type {Deduction, LintMessage, Severity} from '../types.js'

const SEVERITY_WEIGHT: Record<Severity, number> = {error: 15, warning: 6, info: 2}

export function score(messages: LintMessage[]): {score: number; deductions: Deduction[]} {
  const byRule = new Map<string, {severity: Severity; count: number}>()
  for (const m of messages) {
    const entry = byRule.get(m.ruleId)
    if (entry) entry.count++
    else byRule.set(m.ruleId, {severity: m.severity, count: 1})
  }
  const deductions: Deduction[] = []
  for (const [ruleId, {severity, count}] of byRule) {
    const weight = SEVERITY_WEIGHT[severity]
    const points = Math.min(weight * 2, weight + (count - 1) * (weight / 2))
    deductions.push({ruleId, severity, count, points})
  }
  deductions.sort((a, b) => b.points - a.points || compareIds(a.ruleId, b.ruleId))
  const total = deductions.reduce((sum, d) => sum + d.points, 0)
  return {score: Math.max(0, Math.round(100 - total)), deductions}
}

/** Rule ids in code-unit order: the same on every machine, unlike a locale's collation. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
