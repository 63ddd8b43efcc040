/**
 * The engine: compile validated rules once (one phrase trie for every pattern of every rule and signal),
 * then per message: parse -> facts -> phrase matches (one pass) -> signals -> checks -> findings -> score.
 */
import type {Root} from 'nlcst'
import {analyseText, type TextFacts} from './analyse/facts.js'
import type {PhraseMatch, PhraseSet} from './analyse/phrases.js'
import {computeSignals, countReferences, touchSignals, type SignalOwner, type Signals} from './analyse/signals.js'
import {tagText} from './analyse/grammar.js'
import {analyseRoles, roleSignals} from './analyse/roles.js'
import {compileCheck} from './checks/index.js'
import type {CheckContext, Compiler, Field, RawFinding} from './checks/types.js'
import type {Edit} from './fix/apply.js'
import type {Change} from './fix/plan.js'
import {normaliseInput} from './engine/input.js'
import {dropDeferred, findingMessage, sortMessages, splitTemplate, type CompiledRule} from './engine/messages.js'
import type {Analyse, Analysed, RewriteResult, RuleRewrites} from './engine/rewrite.js'
import {inputTooLarge} from './engine/too-large.js'
import {applySyntax, parsePieces} from './parse/processor.js'
import {scanPlaceholders} from './parse/placeholders.js'
import type {ResolvedConfig} from './rules/resolve.js'
import type {IndicatorSignals, LinterRule} from './rules/format.js'
import {computeIndicators} from './score/indicators.js'
import {score} from './score/score.js'
import type {CallToAction, Channel, LintInput, LintMessage, LintResult} from './types.js'

export type {RewriteResult}

export interface Linter {
  lint(input: string | LintInput): LintResult
  rewrite(input: string): string
  rewrite(input: LintInput): RewriteResult
  /**
   * The rules this linter runs, after the config: a pack's rules with their examples, the built-in
   * rules without theirs (`ruleExamples(id)` of `outreach-lint/examples`).
   */
  readonly rules: readonly LinterRule[]
  readonly config: ResolvedConfig
}

/** A resolved config compiled: its signals' phrase owners and its rules ready to run. */
interface CompiledConfig {
  signalOwners: SignalOwner[]
  /** The signals `notCountedAs: [reader-reference]`, whose matches the reference counts leave out. */
  notReader: SignalOwner[]
  /** Every rule, in the config's order. */
  rules: CompiledRule[]
  /** The `categories` rules, which run after the others on what they found. */
  summaries: CompiledRule[]
  /** The `language` rules, which run first: where one reports, only the rules marked `anyLanguage` run. */
  languages: CompiledRule[]
  deferring: Array<{id: string; to: Set<string>}>
}

function compileConfig(resolved: ResolvedConfig, compiler: Compiler): CompiledConfig {
  const signalOwners: SignalOwner[] = Object.entries(resolved.signals).map(([name, s]) => ({
    name,
    owner: compiler.phrases(s.patterns, 'body', `signals.${name}`),
    skipNegated: s.skipNegated,
    notCountedAs: s.notCountedAs
  }))
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
  return {
    signalOwners,
    notReader: signalOwners.filter((s) => s.notCountedAs?.includes('reader-reference')),
    rules: compiled,
    summaries: compiled.filter((c) => c.rule.check === 'categories'),
    languages: compiled.filter((c) => c.rule.check === 'language'),
    deferring: resolved.rules.filter((r) => r.deferTo).map((r) => ({id: r.id, to: new Set(r.deferTo)}))
  }
}

/** The facts of a text, parsed here or (the retext plugin's way in) from a tree parsed elsewhere. */
function factsOf(text: string, tree?: Root): TextFacts {
  if (tree) {
    const parsed = applySyntax(tree, text)
    return analyseText(parsed.tree, text, parsed.placeholders, parsed.broken)
  }
  const {placeholders, broken} = scanPlaceholders(text)
  return analyseText(parsePieces(text, placeholders), text, placeholders, broken)
}

/** Every phrase match of a field's set in the text, sentence by sentence, by owner. */
function matchPhrases(set: PhraseSet, f: TextFacts): Map<number, PhraseMatch[]> {
  const out: PhraseMatch[] = []
  for (const s of f.sentences) set.matchRange(f.terms, s.termFrom, s.termTo, out)
  const byOwner = new Map<number, PhraseMatch[]>()
  for (const m of out) {
    const list = byOwner.get(m.owner)
    if (list) list.push(m)
    else byOwner.set(m.owner, [m])
  }
  return byOwner
}

/** No signals shown: a message too large to analyse has none. */
const NO_INDICATORS: IndicatorSignals = {personalisation: [], callsToAction: {question: [], reply: []}}

/** The result of a message too large to analyse: its one finding, scored, and empty indicators. */
function tooLarge(input: LintInput, channel: Channel, limit: number): LintResult {
  const messages: LintMessage[] = [inputTooLarge(input.text.length, limit)]
  const empty = analyseText({type: 'RootNode', children: []}, '', [], [])
  const {score: value, deductions} = score(messages)
  return {score: value, deductions, indicators: computeIndicators(empty, new Map(), {self: 0, recipient: 0}, [], NO_INDICATORS), messages, channel}
}

/** Whether a rule runs on this message: its channels, and the signals it runs `unless` or `onlyIf`. */
function runs(rule: LinterRule, channels: Set<Channel> | undefined, channel: Channel, signals: Signals): boolean {
  if (channels && !channels.has(channel)) return false
  // Loops, not `some` with a closure: this runs for every rule of every message.
  if (rule.unless) for (const name of rule.unless) if (signals.has(name)) return false
  if (!rule.onlyIf) return true
  for (const name of rule.onlyIf) if (signals.has(name)) return true
  return false
}

/** Run every rule on one message's facts: the findings, sorted, and the meeting asks the phrase rules found. */
function runRules(config: CompiledConfig, ctx: CheckContext): {messages: LintMessage[]; meetings: CallToAction[]} {
  const {channel, signals, body, subject} = ctx
  const messages: LintMessage[] = []
  const meetings: CallToAction[] = []
  const report = (compiledRule: CompiledRule, f: RawFinding): LintMessage => findingMessage(compiledRule, f, f.field === 'subject' ? subject! : body)
  // A draft in another language: its one finding, and then only the rules that read no English words.
  let foreign = false
  for (const compiledRule of config.languages) {
    if (!runs(compiledRule.rule, compiledRule.channels, channel, signals)) continue
    for (const f of compiledRule.run(ctx)) {
      messages.push(report(compiledRule, f))
      foreign = true
    }
  }
  for (const compiledRule of config.rules) {
    const {rule, run: check, channels} = compiledRule
    if (rule.check === 'categories' || rule.check === 'language' || (foreign && rule.anyLanguage !== true) || !runs(rule, channels, channel, signals)) continue
    for (const f of check(ctx)) {
      const message = report(compiledRule, f)
      messages.push(message)
      if (rule.check === 'phrase' && rule.cta && f.field === 'body') meetings.push({kind: rule.cta, text: message.actual, start: f.start, end: f.end})
    }
  }
  if (config.deferring.length > 0) dropDeferred(messages, config.deferring)
  // Rules about the draft as a whole read what the others found, once each habit costs once.
  if (config.summaries.length > 0) {
    const withFindings: CheckContext = {...ctx, findings: messages.slice()}
    for (const compiledRule of config.summaries) {
      if ((foreign && compiledRule.rule.anyLanguage !== true) || !runs(compiledRule.rule, compiledRule.channels, channel, signals)) continue
      for (const f of compiledRule.run(withFindings)) messages.push(report(compiledRule, f))
    }
  }
  sortMessages(messages)
  return {messages, meetings}
}

/**
 * The rewrite's code (engine/rewrite.ts and the plan in fix/, about a sixth of what a lint loads),
 * which a lint does not run: linter.ts provides it, so every linter of the library rewrites; the
 * CLI, which makes its linter with builtin.ts, loads it only for `rewrite`, so a lint (and --fix, which
 * applies the findings' fixes) compiles none of it.
 */
type RewriteCode = Pick<typeof import('./engine/rewrite.js'), 'planPass' | 'rewriteInput'>
let rewriteCode: RewriteCode | undefined
export function provideRewrite(code: RewriteCode): void {
  rewriteCode = code
}
function theRewrite(): RewriteCode {
  if (rewriteCode === undefined) throw new Error('outreach-lint: the rewrite is not loaded; make the linter with createLinter from outreach-lint')
  return rewriteCode
}

/** Compile resolved (already validated) rules into a linter. Zod-free: createLinter validates first. */
export function linterFrom(resolved: ResolvedConfig, compiler: Compiler): Linter {
  const {sets} = compiler
  const config = compileConfig(resolved, compiler)
  const ruleRewrites: RuleRewrites = {
    subject: new Map(resolved.rules.flatMap((r) => (r.rewriteSubject ? [[r.id, r.rewriteSubject.why] as const] : []))),
    flags: new Map(resolved.rules.flatMap((r) => (r.rewrite ? [[r.id, r.rewrite] as const] : []))),
    languages: new Set(resolved.rules.filter((r) => r.check === 'language').map((r) => r.id))
  }

  /** Lint one input; the body's facts, tags and roles come back too, for the rewrite to plan over. */
  function analyse(input: LintInput, tree?: Root): Analysed {
    let channel: Channel = input.channel ?? resolved.channel
    if (channel === 'email' && input.step !== undefined && input.step > 1) channel = 'followup'
    if (input.text.length > resolved.maxLength || (input.subject?.length ?? 0) > resolved.maxLength) return {result: tooLarge(input, channel, resolved.maxLength)}
    const body = factsOf(input.text, tree)
    const subjectText = typeof input.subject === 'string' ? input.subject : undefined
    const subject = subjectText !== undefined ? factsOf(subjectText) : undefined
    const matches: Record<Field, Map<number, PhraseMatch[]>> = {
      body: matchPhrases(sets.body, body),
      subject: subject ? matchPhrases(sets.subject, subject) : new Map()
    }
    const signals = computeSignals(body, config.signalOwners, matches.body, resolved.vocabulary, input.recipient)
    // The sign-off and what follows it (a quoted thread, a signature block) have no roles to find.
    const tagged = tagText(body.text.slice(0, body.signatureStart), body.placeholders)
    const roles = analyseRoles(body, tagged, resolved.vocabulary, input.recipient, channel)
    roleSignals(body, roles, signals, tagged, config.notReader)
    touchSignals(signals, channel)
    const references = countReferences(body, resolved.vocabulary, config.notReader.flatMap((s) => matches.body.get(s.owner) ?? []))
    const ctx: CheckContext = {input, channel, rendered: input.rendered ?? resolved.rendered, body, subject, matches, signals, references, vocabulary: resolved.vocabulary, roles, tokens: tagged}
    const {messages, meetings} = runRules(config, ctx)
    const {score: value, deductions} = score(messages)
    const result = {score: value, deductions, indicators: computeIndicators(body, signals, references, meetings, resolved.indicators), messages, channel}
    return {result, analysis: {body, roles, tokens: tagged}}
  }

  const run = (raw: string | LintInput, tree?: Root): LintResult => analyse(normaliseInput(raw), tree).result
  const analyseInput: Analyse = (input) => analyse(input)
  function rewrite(input: string): string
  function rewrite(input: LintInput): RewriteResult
  function rewrite(raw: string | LintInput): string | RewriteResult {
    const result = theRewrite().rewriteInput(analyseInput, normaliseInput(raw), ruleRewrites)
    return typeof raw === 'string' ? result.text : result
  }

  const linter: Linter = {lint: (input) => run(input), rewrite, rules: resolved.rules, config: resolved}
  treeLinters.set(linter, (tree, input) => run(input, tree))
  passes.set(linter, (input) => {
    const {edits, changes} = theRewrite().planPass(analyseInput, normaliseInput(input), ruleRewrites)
    return {edits, changes}
  })
  return linter
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
