/**
 * The rewrite: passes of the whole-draft plan over sentence roles (fix/plan.ts) and the findings'
 * safe fixes, each pass on the text the one before it left, until nothing changes.
 */
import type {TextFacts} from '../analyse/facts.js'
import type {Token} from '../analyse/grammar.js'
import type {Roles} from '../analyse/roles.js'
import type {Field} from '../checks/types.js'
import {applyEdits, type Edit} from '../fix/apply.js'
import type {RewriteFlags} from '../rules/rewrite-flags.js'
import {planRewrite, type Change} from '../fix/plan.js'
import {subjectFromDraft} from '../fix/subject.js'
import {asResultReads} from '../fix/explain.js'
import type {LintInput, LintResult} from '../types.js'

export interface RewriteResult {
  text: string
  subject?: string | null
  /** Number of edits applied, over all passes. */
  edits: number
  /** What changed and why, change by change (removed, moved, replaced, inserted). */
  changes: Change[]
}

/** A lint of one input, with the body's facts, tags and roles for the rewrite to plan over (none for a message too large to analyse). */
export interface Analysed {
  result: LintResult
  analysis?: {body: TextFacts; roles: Roles; tokens: Token[]}
}

export type Analyse = (input: LintInput) => Analysed

/** What the rule pack tells the rewrite about its rules, by rule id. */
export interface RuleRewrites {
  /** The rules whose subject findings the rewrite answers with a subject from the draft: why. */
  subject: ReadonlyMap<string, string>
  /** How the plan treats each rule's findings (the rules' `rewrite` flags). */
  flags: RewriteFlags
  /** The rules that find a draft in another language: where one reports, the plan (which reads English) is not made. */
  languages: ReadonlySet<string>
}

/** One pass as edits on the input's fields, with what each change is and why. */
export interface Pass {
  edits: Record<Field, Edit[]>
  changes: Change[]
}

const MAX_REWRITE_PASSES = 10

/**
 * One pass: the whole-draft plan over sentence roles (fix/plan.ts), and the findings' safe fixes. A draft
 * in another language gets the safe fixes of the rules that ran on it (merge fields, punctuation) only.
 * Suggestions stay suggestions: a person chooses them, one at a time.
 */
export function planPass(analyse: Analyse, input: LintInput, rules: RuleRewrites): Pass {
  const {result, analysis} = analyse(input)
  const edits: Record<Field, Edit[]> = {body: [], subject: []}
  let changes: Change[] = []
  // A draft in another language keeps its sentences: the plan reads English roles ("Seriez-vous disponible
  // pour un café de 20 minutes ?" is no time ask to it, and "Worth a look?" no line of that draft).
  const foreign = result.messages.some((m) => rules.languages.has(m.ruleId))
  if (analysis && !foreign) {
    const plan = planRewrite(analysis.body, analysis.roles, result.messages, result.channel, analysis.tokens, rules.flags)
    edits.body.push(...plan.edits)
    changes = plan.changes
    // A subject that says nothing about them gets the reader's thing the draft observes.
    const generic = result.messages.find((m) => m.field === 'subject' && rules.subject.has(m.ruleId))
    const subject = generic && typeof input.subject === 'string' ? subjectFromDraft(analysis.body, analysis.roles, analysis.tokens, input.subject) : undefined
    if (generic && subject && typeof input.subject === 'string') {
      edits.subject.push({start: 0, end: input.subject.length, replacement: subject})
      changes.push({ruleId: generic.ruleId, kind: 'replaced', before: input.subject, after: subject, why: rules.subject.get(generic.ruleId)!})
    }
  }
  // A finding's safe fix where the plan leaves the text alone (the plan removes whole sentences).
  const planned = edits.body.slice()
  for (const m of result.messages) {
    if (!m.fix) continue
    if (m.field === 'body' && planned.some((e) => e.start < Math.max(m.fix!.end, m.fix!.start + 1) && m.fix!.start < Math.max(e.end, e.start + 1))) continue
    edits[m.field].push({start: m.fix.start, end: m.fix.end, replacement: m.fix.replacement})
  }
  return {edits, changes}
}

function rewriteOnce(analyse: Analyse, input: LintInput, rules: RuleRewrites): {input: LintInput; edits: number; changes: Change[]} {
  const {edits, changes} = planPass(analyse, input, rules)
  const body = applyEdits(input.text, edits.body)
  let subject = input.subject
  let count = body.applied.length
  if (typeof subject === 'string' && edits.subject.length > 0) {
    const s = applyEdits(subject, edits.subject)
    subject = s.text
    count += s.applied.length
  }
  return {input: {...input, text: body.text, subject}, edits: count, changes}
}

/** Passes until one changes nothing (at most ten), from an input already checked. */
export function rewriteInput(analyse: Analyse, start: LintInput, rules: RuleRewrites): RewriteResult {
  let current = start
  let total = 0
  const changes: Change[] = []
  for (let pass = 0; pass < MAX_REWRITE_PASSES; pass++) {
    const {input, edits, changes: made} = rewriteOnce(analyse, current, rules)
    if (edits === 0 || (input.text === current.text && input.subject === current.subject)) break
    current = input
    total += edits
    // Each change told once: a later pass that plans a change an earlier one made (the same guide
    // line in the same place) made nothing new.
    for (const c of made) if (!changes.some((k) => k.kind === c.kind && k.before === c.before && k.after === c.after)) changes.push(c)
  }
  const out: RewriteResult = {text: current.text, edits: total, changes: asResultReads(changes, current.text, current.subject)}
  if (current.subject !== undefined) out.subject = current.subject
  return out
}
