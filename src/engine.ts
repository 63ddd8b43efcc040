/**
 * The engine: compile validated rules once (one phrase trie for every pattern of every rule and signal),
 * then per message: parse -> facts -> phrase matches (one pass) -> signals -> checks -> findings -> score.
 */
import type {Root} from 'nlcst'
import {analyseText, type TextFacts} from './analyse/facts.js'
import type {PhraseMatch, PhraseSet} from './analyse/phrases.js'
import {computeSignals, countReferences, type SignalOwner} from './analyse/signals.js'
import {tagText, type Token} from './analyse/grammar.js'
import {analyseRoles, roleSignals} from './analyse/roles.js'
import {compileCheck} from './checks/index.js'
import type {CheckContext, CompileEnv, CompiledCheck, Field, RawFinding} from './checks/types.js'
import {applyEdits, type Edit} from './fix/apply.js'
import {planRewrite, subjectFromDraft, type Change} from './fix/plan.js'
import type {Roles} from './analyse/roles.js'
import {applySyntax, parsePieces} from './parse/processor.js'
import {scanPlaceholders} from './parse/placeholders.js'
import type {ResolvedConfig} from './rules/resolve.js'
import type {RuleSpec} from './rules/format.js'
import {computeIndicators} from './score/indicators.js'
import {compareIds, score} from './score/score.js'
import {CHANNELS, type CallToAction, type Channel, type LintInput, type LintMessage, type LintResult} from './types.js'
import {linesOf, locate} from './analyse/positions.js'

export interface RewriteResult {
  text: string
  subject?: string | null
  /** Number of edits applied, over all passes. */
  edits: number
  /** What changed and why, change by change (removed, moved, replaced, inserted). */
  changes: Change[]
}

export interface Linter {
  lint(input: string | LintInput): LintResult
  rewrite(input: string): string
  rewrite(input: LintInput): RewriteResult
  /** The rules this linter runs, after the config. */
  readonly rules: readonly RuleSpec[]
  readonly config: ResolvedConfig
}

interface CompiledRule {
  rule: RuleSpec
  message: string[]
  /** The message says `{match}`: only then is the excerpt of what a finding covers made. */
  showsMatch: boolean
  why: string
  run: CompiledCheck
  channels?: Set<Channel>
}

const MAX_REWRITE_PASSES = 10

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

function normaliseInput(input: string | LintInput): LintInput {
  if (typeof input === 'string') return {text: input}
  if (input === null || typeof input !== 'object' || typeof input.text !== 'string') {
    throw new TypeError('outreach-lint: expected a string or an object with a string `text`')
  }
  const problem = inputProblem(input)
  if (problem) throw new TypeError(`outreach-lint: ${problem}`)
  return input
}

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value)

/**
 * What is wrong with an input object, in one line naming the field, or undefined. A channel the
 * linter does not know ('SMS', 'fax') would silently change which rules run, and a wrong type deep
 * in `recipient` would throw from inside a rule.
 */
function inputProblem(input: LintInput): string | undefined {
  const {subject, channel, recipient, step, rendered} = input
  if (subject !== undefined && subject !== null && typeof subject !== 'string') return `input.subject: expected a string or null, got ${describe(subject)}`
  if (channel !== undefined && !(CHANNELS as readonly unknown[]).includes(channel)) return `input.channel: unknown channel ${describe(channel)} (one of ${CHANNELS.join(', ')})`
  if (step !== undefined && !(Number.isInteger(step) && step >= 1)) return `input.step: expected a whole number from 1, got ${describe(step)}`
  if (rendered !== undefined && typeof rendered !== 'boolean') return `input.rendered: expected true or false, got ${describe(rendered)}`
  if (recipient === undefined) return undefined
  if (recipient === null || typeof recipient !== 'object' || Array.isArray(recipient)) return `input.recipient: expected an object, got ${describe(recipient)}`
  for (const key of ['name', 'company', 'role'] as const) {
    const value = recipient[key]
    if (value !== undefined && typeof value !== 'string') return `input.recipient.${key}: expected a string, got ${describe(value)}`
  }
  const facts = recipient.facts
  if (facts !== undefined && (!Array.isArray(facts) || facts.some((f) => typeof f !== 'string'))) return `input.recipient.facts: expected an array of strings, got ${describe(facts)}`
  return undefined
}

/**
 * What the checks compile with: the phrase sets their patterns go into, and how their regular
 * expressions are made. rules/compile.ts compiles rules as they come; rules/precompiled.ts replays
 * the built-in pack as the build compiled it.
 */
export interface Compiler extends CompileEnv {
  readonly sets: Record<Field, PhraseSet>
}

/** Compile resolved (already validated) rules into a linter. Zod-free: createLinter validates first. */
export function linterFrom(resolved: ResolvedConfig, compiler: Compiler): Linter {
  const {sets} = compiler
  const signalOwners: SignalOwner[] = Object.entries(resolved.signals).map(([name, s]) => ({
    name,
    owner: compiler.phrases(s.patterns, 'body', `signals.${name}`),
    skipNegated: s.skipNegated
  }))
  const genericYou = signalOwners.find((s) => s.name === 'generic-you')
  const compiled: CompiledRule[] = resolved.rules.map((rule) => {
    const message = splitTemplate(rule.message)
    return {
      rule,
      message,
      showsMatch: message.some((part, i) => i % 2 === 1 && part === 'match'),
      why: rule.why.trim(),
      run: compileCheck(rule, compiler),
      channels: rule.channels ? new Set(rule.channels) : undefined
    }
  })

  const deferring = resolved.rules.filter((r) => r.deferTo).map((r) => ({id: r.id, to: new Set(r.deferTo)}))
  const summaries = compiled.filter((c) => c.rule.check === 'categories')

  function facts(text: string, tree?: Root): TextFacts {
    if (tree) {
      const parsed = applySyntax(tree, text)
      return analyseText(parsed.tree, text, parsed.placeholders, parsed.broken)
    }
    const {placeholders, broken} = scanPlaceholders(text)
    return analyseText(parsePieces(text, placeholders), text, placeholders, broken)
  }

  function match(field: Field, f: TextFacts): Map<number, PhraseMatch[]> {
    const out: PhraseMatch[] = []
    for (const s of f.sentences) sets[field].matchRange(f.terms, s.termFrom, s.termTo, out)
    const byOwner = new Map<number, PhraseMatch[]>()
    for (const m of out) {
      const list = byOwner.get(m.owner)
      if (list) list.push(m)
      else byOwner.set(m.owner, [m])
    }
    return byOwner
  }

  function tooLarge(input: LintInput, channel: Channel): LintResult {
    const messages: LintMessage[] = [
      {
        ruleId: 'input-too-large',
        category: 'readability',
        severity: 'error',
        message: `The message is ${input.text.length} characters, above the limit of ${resolved.maxLength}; it was not analysed.`,
        why: 'Nobody reads an outreach message this long, and analysing it would cost more than it tells.',
        field: 'body',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        start: 0,
        end: 0,
        actual: '',
        suggestions: []
      }
    ]
    const empty = analyseText({type: 'RootNode', children: []}, '', [], [])
    const {score: value, deductions} = score(messages)
    return {score: value, deductions, indicators: computeIndicators(empty, new Map(), {self: 0, recipient: 0}, []), messages, channel}
  }

  function run(raw: string | LintInput, tree?: Root): LintResult {
    return analyse(normaliseInput(raw), tree).result
  }

  /** Lint one input; the body's facts, tags and roles come back too, for the rewrite to plan over. */
  function analyse(input: LintInput, tree?: Root): {result: LintResult; analysis?: {body: TextFacts; roles: Roles; tokens: Token[]}} {
    let channel: Channel = input.channel ?? resolved.channel
    if (channel === 'email' && input.step !== undefined && input.step > 1) channel = 'followup'
    if (input.text.length > resolved.maxLength || (input.subject?.length ?? 0) > resolved.maxLength) return {result: tooLarge(input, channel)}
    const body = facts(input.text, tree)
    const subjectText = typeof input.subject === 'string' ? input.subject : undefined
    const subject = subjectText !== undefined ? facts(subjectText) : undefined
    const matches: Record<Field, Map<number, PhraseMatch[]>> = {
      body: match('body', body),
      subject: subject ? match('subject', subject) : new Map()
    }
    const signals = computeSignals(body, signalOwners, matches.body, resolved.vocabulary, input.recipient)
    // The sign-off and what follows it (a quoted thread, a signature block) have no roles to find.
    const tagged = tagText(body.text.slice(0, body.signatureStart), body.placeholders)
    const roles = analyseRoles(body, tagged, resolved.vocabulary, input.recipient, channel)
    roleSignals(body, roles, signals, tagged)
    const references = countReferences(body, resolved.vocabulary, genericYou ? (matches.body.get(genericYou.owner) ?? []) : [])
    const ctx: CheckContext = {input, channel, rendered: input.rendered ?? resolved.rendered, body, subject, matches, signals, references, vocabulary: resolved.vocabulary, roles}
    const messages: LintMessage[] = []
    const meetings: CallToAction[] = []
    const report = ({rule, message: template, showsMatch, why}: CompiledRule, f: RawFinding): LintMessage => reportFinding(rule, template, why, f.field === 'subject' ? subject! : body, f, showsMatch)
    const runs = (rule: RuleSpec, channels?: Set<Channel>): boolean =>
      !(channels && !channels.has(channel)) && !rule.unless?.some((name) => signals.has(name)) && !(rule.onlyIf && !rule.onlyIf.some((name) => signals.has(name)))
    for (const compiledRule of compiled) {
      const {rule, run: check, channels} = compiledRule
      if (rule.check === 'categories' || !runs(rule, channels)) continue
      for (const f of check(ctx)) {
        const message = report(compiledRule, f)
        messages.push(message)
        if (rule.check === 'phrase' && rule.cta && f.field === 'body') meetings.push({kind: rule.cta, text: message.actual, start: f.start, end: f.end})
      }
    }
    if (deferring.length > 0) dropDeferred(messages, deferring)
    // Rules about the draft as a whole read what the others found, once each habit costs once.
    if (summaries.length > 0) {
      const found = messages.slice()
      for (const compiledRule of summaries) {
        if (!runs(compiledRule.rule, compiledRule.channels)) continue
        for (const f of compiledRule.run({...ctx, findings: found})) messages.push(report(compiledRule, f))
      }
    }
    messages.sort(
      (a, b) =>
        (a.field === b.field ? 0 : a.field === 'subject' ? -1 : 1) || a.start - b.start || a.end - b.end || compareIds(a.ruleId, b.ruleId)
    )
    const {score: value, deductions} = score(messages)
    const result = {score: value, deductions, indicators: computeIndicators(body, signals, references, meetings), messages, channel}
    return {result, analysis: {body, roles, tokens: tagged}}
  }

  /**
   * One pass: the whole-draft plan over sentence roles (fix/plan.ts), and the findings' safe fixes.
   * Suggestions stay suggestions: a person chooses them, one at a time.
   */
  function planPass(input: LintInput): {edits: Record<Field, Edit[]>; changes: Change[]} {
    const {result, analysis} = analyse(input)
    const edits: Record<Field, Edit[]> = {body: [], subject: []}
    let changes: Change[] = []
    if (analysis) {
      const plan = planRewrite(analysis.body, analysis.roles, result.messages, result.channel, analysis.tokens)
      edits.body.push(...plan.edits)
      changes = plan.changes
      // A subject that says nothing about them gets the reader's thing the draft observes.
      const generic = result.messages.find((m) => m.field === 'subject' && m.ruleId === 'subject-generic')
      const subject = generic && typeof input.subject === 'string' ? subjectFromDraft(analysis.body, analysis.roles, analysis.tokens) : undefined
      if (subject && typeof input.subject === 'string') {
        edits.subject.push({start: 0, end: input.subject.length, replacement: subject})
        changes.push({ruleId: 'subject-generic', kind: 'replaced', before: input.subject, after: subject, why: 'A subject that names their own thing is opened; "Quick question" is what every cold e-mail says.'})
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

  function rewriteOnce(input: LintInput): {input: LintInput; edits: number; changes: Change[]} {
    const {edits, changes} = planPass(input)
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

  function rewrite(input: string): string
  function rewrite(input: LintInput): RewriteResult
  function rewrite(raw: string | LintInput): string | RewriteResult {
    let current = normaliseInput(raw)
    let total = 0
    const changes: Change[] = []
    for (let pass = 0; pass < MAX_REWRITE_PASSES; pass++) {
      const {input, edits, changes: made} = rewriteOnce(current)
      if (edits === 0 || (input.text === current.text && input.subject === current.subject)) break
      current = input
      total += edits
      changes.push(...made)
    }
    if (typeof raw === 'string') return current.text
    const out: RewriteResult = {text: current.text, edits: total, changes}
    if (current.subject !== undefined) out.subject = current.subject
    return out
  }

  const linter: Linter = {lint: (input) => run(input), rewrite, rules: resolved.rules, config: resolved}
  treeLinters.set(linter, (tree, input) => run(input, tree))
  passes.set(linter, (input) => {
    const {edits, changes} = planPass(normaliseInput(input))
    return {edits, changes}
  })
  return linter
}

/**
 * A check's finding as the library reports it: its lines and columns in the text it points into, what
 * it covers, and the rule's message with `{match}` (what it covers, in short, unless the check said
 * otherwise) and the check's data filled in. The engine's rules and the sequence rules report with it.
 */
export function reportFinding(
  rule: Pick<RuleSpec, 'id' | 'category' | 'severity' | 'url'>,
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

/**
 * A rule with `deferTo` is a second way to find what other rules find: its finding is dropped where
 * one of those rules reported an overlapping range of the same field, so one habit costs once.
 */
function dropDeferred(messages: LintMessage[], deferring: Array<{id: string; to: Set<string>}>): void {
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

/** One rewrite pass as edits on the input's fields, for the CLI to map into a file's own coordinates. */
const passes = new WeakMap<Linter, (input: LintInput) => {edits: Record<Field, Edit[]>; changes: Change[]}>()

export function rewritePass(linter: Linter, input: LintInput): {edits: Record<Field, Edit[]>; changes: Change[]} {
  const pass = passes.get(linter)
  if (!pass) throw new TypeError('outreach-lint: expected a linter made by createLinter')
  return pass(input)
}

/** The retext plugin's way in: lint a tree parsed elsewhere, without widening the public Linter. */
const treeLinters = new WeakMap<Linter, (tree: Root, input: LintInput) => LintResult>()

export function lintTree(linter: Linter, tree: Root, input: LintInput): LintResult {
  const lintParsed = treeLinters.get(linter)
  if (!lintParsed) throw new TypeError('outreach-lint: expected a linter made by createLinter')
  return lintParsed(tree, input)
}
