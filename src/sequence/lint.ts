/**
 * lintSequence: each step linted as a single message on its channel and at its position (step 1 is
 * a first touch, later e-mails are follow-ups), then the sequence rules over the whole. Pure and
 * synchronous like the core: no `node:`, no zod, nothing loaded at run time.
 */
import {createLinter} from '../linter.js'
import type {Linter} from '../engine.js'
import {excerpt, reportFinding, splitTemplate} from '../engine/messages.js'
import {ConfigError} from '../rules/errors.js'
import type {Config} from '../rules/format.js'
import {score} from '../score/score.js'
import {CHANNELS, type Channel, type Deduction, type Recipient} from '../types.js'
import {analyseStep, type CheckStep} from './analyse.js'
import {CHECK_KINDS, type SequenceFinding} from './checks.js'
import {applySequenceSettings, splitSequenceSettings} from './config.js'
import {delayDays} from './delay.js'
import {builtinSequenceRules, type SequenceRule} from './rules.js'
import {STEP_CHANNELS, type SequenceInput, type SequenceResult, type StepChannel, type StepMessage, type StepResult} from './types.js'

export interface SequenceOptions {
  /** The linter each step is linted with (default: the built-in rules). */
  linter?: Linter
  /** The sequence rules (default: the built-in ones, rules/sequence/). */
  rules?: readonly SequenceRule[]
  /**
   * A config as `createLinter` takes it, for the steps and the sequence rules at once: its `rules`
   * entries whose id starts with `sequence-` turn a sequence rule off, change its level or set its
   * options (`'sequence-gap-too-short': ['error', {minDays: {email: 3}}]`); the rest makes the
   * steps' linter (then `linter` cannot be given too). A bad value throws a ConfigError naming the field.
   */
  config?: Config
}

/** The steps' linter of a config, made once per config object (and again if its steps' part changed). */
const configured = new WeakMap<object, {key: string; linter: Linter}>()

function stepLinter(owner: Config, config: Config): Linter {
  const key = JSON.stringify(config)
  let made = configured.get(owner)
  if (!made || made.key !== key) configured.set(owner, (made = {key, linter: createLinter(config)}))
  return made.linter
}

/** The steps' linter and the sequence rules of the options. */
export function resolveOptions(options: SequenceOptions): {linter: Linter; rules: readonly SequenceRule[]} {
  let rules = options.rules ?? builtinSequenceRules()
  let linter = options.linter
  if (options.config !== undefined) {
    const {config, settings} = splitSequenceSettings(options.config)
    rules = applySequenceSettings(rules, settings, 'config')
    const steps = config !== null && typeof config === 'object' && !Array.isArray(config) ? Object.entries(config).filter(([key, value]) => !(key === 'rules' && Object.keys(value ?? {}).length === 0)) : [['(top level)', config]]
    if (linter && steps.length > 0) throw new ConfigError(`config: ${steps[0][0]}: the steps' settings are the given linter's; give a linter or a config for the steps, not both`, 'config')
    if (!linter && steps.length > 0) linter = stepLinter(options.config, config)
  }
  return {linter: linter ?? (defaultLinter ??= createLinter()), rules}
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `'${v}'` : typeof v)

/** What is wrong with a sequence, in one line naming the field, or undefined. */
export function sequenceProblem(sequence: unknown): string | undefined {
  if (!sequence || typeof sequence !== 'object' || Array.isArray(sequence)) return `expected an object with steps, got ${describe(sequence)}`
  const s = sequence as SequenceInput
  if (s.id !== undefined && typeof s.id !== 'string') return `id: expected text, got ${describe(s.id)}`
  if (!Array.isArray(s.steps)) return `steps: expected a list of steps, got ${describe(s.steps)}`
  if (s.steps.length === 0) return 'steps: the sequence has no steps'
  for (const [i, step] of s.steps.entries()) {
    const at = `steps[${i}]`
    if (!step || typeof step !== 'object' || Array.isArray(step)) return `${at}: expected {channel, delay, subject, text}, got ${describe(step)}`
    if (typeof step.text !== 'string') return `${at}.text: expected text, got ${describe(step.text)}`
    if (step.channel !== undefined && !(STEP_CHANNELS as readonly unknown[]).includes(step.channel)) return `${at}.channel ${describe(step.channel)} is not a channel (one of ${STEP_CHANNELS.join(', ')})`
    if (step.subject !== undefined && step.subject !== null && typeof step.subject !== 'string') return `${at}.subject: expected text, got ${describe(step.subject)}`
    if (step.delay !== undefined && step.delay !== null && delayDays(step.delay) === undefined) return `${at}.delay ${describe(step.delay)} is not a duration like 2d or 36h`
    if (step.consent !== undefined && typeof step.consent !== 'boolean') return `${at}.consent: expected true or false (the recipient agreed to this step's channel), got ${describe(step.consent)}`
  }
  if (s.consent !== undefined) {
    const list: unknown[] = Array.isArray(s.consent) ? s.consent : [s.consent]
    const bad = list.find((c) => !(STEP_CHANNELS as readonly unknown[]).includes(c))
    if (list.length === 0 || bad !== undefined) return `consent: expected the channels the recipient agreed to, like sms or [sms, email] (one of ${STEP_CHANNELS.join(', ')}), got ${describe(list.length === 0 ? s.consent : bad)}`
  }
  if (s.rendered !== undefined && typeof s.rendered !== 'boolean') return `rendered: expected true or false, got ${describe(s.rendered)}`
  return undefined
}

/** The channel a step is linted as: a message to a connection reads like an InMail; a call is not linted. */
function lintChannel(channel: StepChannel, step: number): Channel | undefined {
  if (channel === 'call') return undefined
  if (channel === 'linkedin-message') return 'linkedin-inmail'
  if (channel === 'email' && step > 1) return 'followup'
  return (CHANNELS as readonly string[]).includes(channel) ? (channel as Channel) : undefined
}

/** Drop a finding of a rule with `deferTo` where one of those rules found an overlapping range of the same step. */
function dropDeferred(messages: StepMessage[], rules: readonly SequenceRule[]): StepMessage[] {
  const deferring = new Map(rules.filter((r) => r.deferTo).map((r) => [r.id, new Set(r.deferTo)]))
  if (deferring.size === 0) return messages
  return messages.filter((m) => {
    const to = deferring.get(m.ruleId)
    return !to || !messages.some((o) => o !== m && to.has(o.ruleId) && o.step === m.step && o.start < Math.max(m.end, m.start + 1) && m.start < Math.max(o.end, o.start + 1))
  })
}

let defaultLinter: Linter | undefined

export function lintSequence(sequence: SequenceInput, options: SequenceOptions = {}): SequenceResult {
  const problem = sequenceProblem(sequence)
  if (problem) throw new TypeError(`outreach-lint: sequence ${problem}`)
  const {linter, rules} = resolveOptions(options)
  const {results, checkSteps, day} = lintSteps(sequence, linter)
  const ctx = {steps: checkSteps}
  let messages: StepMessage[] = []
  for (const rule of rules) for (const f of CHECK_KINDS[rule.check].run(ctx, rule.options)) messages.push(report(rule, f, checkSteps, sequence))
  messages = dropDeferred(messages, rules)
  messages.sort((a, b) => a.step - b.step || a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
  return {
    ...(sequence.id !== undefined ? {id: sequence.id} : {}),
    ...sequenceScore(results, messages),
    steps: results,
    messages,
    days: day
  }
}

/** Each step linted on its channel (a step on a channel the linter does not read is only placed in time), and what the sequence rules read of it. */
function lintSteps(sequence: SequenceInput, linter: Linter): {results: StepResult[]; checkSteps: CheckStep[]; day: number} {
  const recipient: Recipient | undefined = sequence.recipient
  const agreed = new Set<StepChannel>(sequence.consent === undefined ? [] : Array.isArray(sequence.consent) ? sequence.consent : [sequence.consent])
  const checkSteps: CheckStep[] = []
  const results: StepResult[] = []
  let day = 0
  for (const [i, input] of sequence.steps.entries()) {
    const number = i + 1
    const channel: StepChannel = input.channel ?? 'email'
    const gap = i === 0 ? undefined : (delayDays(input.delay ?? 0) ?? 0)
    day += gap ?? 0
    const lintedAs = lintChannel(channel, number)
    const stepResult: StepResult = {step: number, channel, day}
    const check: CheckStep = {step: number, channel, day, consent: input.consent ?? agreed.has(channel), messages: [], ...(gap !== undefined ? {gap} : {})}
    if (lintedAs) {
      const result = linter.lint({
        text: input.text,
        ...(input.subject !== undefined ? {subject: input.subject} : {}),
        channel: lintedAs,
        step: number,
        ...(recipient ? {recipient} : {}),
        ...(sequence.rendered !== undefined ? {rendered: sequence.rendered} : {})
      })
      const messages = result.messages.map((m) => ({...m, step: number}))
      stepResult.lintedAs = result.channel
      stepResult.result = {...result, messages}
      check.lintedAs = result.channel
      check.messages = messages
      check.facts = analyseStep(input.text, result.channel, linter.config.vocabulary, recipient)
    }
    results.push(stepResult)
    checkSteps.push(check)
  }
  return {results, checkSteps, day}
}

/** The sequence's score: its own findings' deductions, and the points its linted steps lost on average. */
function sequenceScore(results: StepResult[], messages: StepMessage[]): {score: number; deductions: Deduction[]} {
  const linted = results.filter((r) => r.result)
  const mean = linted.length > 0 ? linted.reduce((sum, r) => sum + r.result!.score, 0) / linted.length : 100
  const own = score(messages)
  const deductions: Deduction[] = [...own.deductions]
  const stepPoints = Math.round((100 - mean) * 10) / 10
  if (stepPoints > 0) deductions.push({ruleId: 'step-findings', severity: 'info', count: linted.length, points: stepPoints})
  deductions.sort((a, b) => b.points - a.points || (a.ruleId < b.ruleId ? -1 : 1))
  const total = deductions.reduce((sum, d) => sum + d.points, 0)
  return {score: Math.max(0, Math.min(100, Math.round(100 - total))), deductions}
}

function report(rule: SequenceRule, f: SequenceFinding, steps: CheckStep[], sequence: SequenceInput): StepMessage {
  const text = sequence.steps[f.step - 1].text
  const analysed = steps[f.step - 1].facts ?? {text}
  // "{match}" quoted in a sentence of the message: without its own full stop.
  const match = excerpt(text.slice(f.start, f.end)).replace(/(?<=\w)\.$/, '')
  const suggestions = f.suggestions ?? []
  const finding = {field: 'body' as const, start: f.start, end: f.end, data: {step: f.step, match, ...f.data}, suggestions}
  return {...reportFinding(rule, splitTemplate(rule.message), rule.why, analysed, finding), step: f.step}
}
