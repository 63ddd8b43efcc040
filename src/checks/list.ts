/** list: a bulleted list introduced as features ("Our platform offers:") is a feature dump. */
import type {z} from 'zod'
import type {listRuleSchema} from '../rules/schema.js'
import {matchRange} from './phrase.js'
import type {CheckKind, RawFinding} from './types.js'

type ListRule = z.infer<typeof listRuleSchema>

const ITEM_RE = /^[ \t]*(?:[-*•–✓✔➤▪◦]|\d{1,2}[.)])[ \t]+\S.*$/gm

export const list: CheckKind<ListRule> = (rule, env) => {
  const owner = env.phrases(rule.leadIn, 'body', `${rule.id} leadIn`)
  return (ctx) => {
    const facts = ctx.body
    const text = facts.text
    const runs: Array<{start: number; end: number; items: number}> = []
    ITEM_RE.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = ITEM_RE.exec(text))) {
      const last = runs[runs.length - 1]
      const gap = last ? text.slice(last.end, m.index) : ''
      if (last && /^\r?\n$/.test(gap)) {
        last.end = m.index + m[0].length
        last.items++
      } else runs.push({start: m.index, end: m.index + m[0].length, items: 1})
    }
    const leadIns = (ctx.matches.body.get(owner) ?? []).map((x) => matchRange(facts, x))
    const findings: RawFinding[] = []
    for (const run of runs) {
      if (run.items < rule.minItems) continue
      // The line before the list, and the list itself.
      const lineBefore = text.lastIndexOf('\n', Math.max(0, text.lastIndexOf('\n', run.start - 1) - 1))
      const from = lineBefore < 0 ? 0 : lineBefore
      if (!leadIns.some(([s]) => s >= from && s < run.end)) continue
      findings.push({field: 'body', start: run.start, end: run.end, data: {value: run.items}})
    }
    return findings
  }
}
