/**
 * fixSequence, what `outreach-lint sequence --fix` writes: each bump (a finding of a rule whose check
 * kind `rewrites` a step, no-new-content) replaced by the guide lines of its suggestion, for what the sequence has not given the reader
 * yet, and each step's safe fixes (a fake "Re:", a stock pleasantry) outside that range; pass after
 * pass until nothing changes. Pure and synchronous like lintSequence.
 */
import {applyEdits, type Edit} from '../fix/apply.js'
import {CHECK_KINDS} from './checks.js'
import {lintSequence, resolveOptions, type SequenceOptions} from './lint.js'
import type {SequenceInput, SequenceResult} from './types.js'

export interface SequenceChange {
  step: number
  ruleId: string
  field: 'body' | 'subject'
  /** The text replaced, and what replaced it. */
  before: string
  after: string
}

export interface SequenceFix {
  /** The sequence with its steps fixed (the input is left as it was). */
  sequence: SequenceInput
  /** What changed, step by step, in the order it was applied. */
  changes: SequenceChange[]
  /** The fixed sequence, linted. */
  result: SequenceResult
}

const MAX_PASSES = 10

type RuleEdit = Edit & {ruleId: string}

const overlaps = (a: Edit, b: Edit): boolean => a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1)

export function fixSequence(sequence: SequenceInput, options: SequenceOptions = {}): SequenceFix {
  const bumpRules = new Set(resolveOptions(options).rules.filter((r) => CHECK_KINDS[r.check].rewrites === true).map((r) => r.id))
  let current: SequenceInput = sequence
  let result = lintSequence(current, options)
  const changes: SequenceChange[] = []
  // A step's bump is replaced once: its guide lines are for the writer to fill in, not to replace again.
  const replaced = new Set<number>()
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = current.steps.map(() => ({body: [] as RuleEdit[], subject: [] as RuleEdit[]}))
    for (const m of result.messages) {
      const bump = m.suggestions[m.suggestions.length - 1]
      if (!bumpRules.has(m.ruleId) || !bump || replaced.has(m.step) || edits[m.step - 1].body.length > 0) continue
      edits[m.step - 1].body.push({start: bump.start, end: bump.end, replacement: bump.replacement, ruleId: m.ruleId})
    }
    for (const step of result.steps) {
      const mine = edits[step.step - 1]
      for (const m of step.result?.messages ?? []) {
        if (!m.fix || (m.field === 'body' && mine.body.some((e) => overlaps(e, m.fix!)))) continue
        mine[m.field].push({...m.fix, ruleId: m.ruleId})
      }
    }
    let changed = false
    const steps = current.steps.map((input, i) => {
      let out = input
      for (const field of ['body', 'subject'] as const) {
        const before = field === 'body' ? out.text : out.subject
        if (typeof before !== 'string' || edits[i][field].length === 0) continue
        const {text, applied} = applyEdits(before, edits[i][field])
        if (text === before) continue
        changed = true
        for (const e of applied as RuleEdit[]) {
          if (bumpRules.has(e.ruleId)) replaced.add(i + 1)
          changes.push({step: i + 1, ruleId: e.ruleId, field, before: before.slice(e.start, e.end), after: e.replacement})
        }
        out = field === 'body' ? {...out, text} : {...out, subject: text}
      }
      return out
    })
    if (!changed) break
    current = {...current, steps}
    result = lintSequence(current, options)
  }
  return {sequence: current, changes, result}
}
